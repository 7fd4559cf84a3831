/**
 * The allow-list's names, value by value: the right name in any case on the right key passes; a
 * near miss (a space, a look-alike letter, the right name on a neighbouring key) is refused.
 * Keys are spelled out here, not taken from registry-paths, so that a wrong path there shows too.
 */
import { describe, expect, it } from 'vitest'
import {
  ALLOWED_VALUES,
  allowedValue,
  assertAllowedKey,
  assertAllowedValue,
  assertEngineWrite,
  FixRefusedError,
} from '../../../main/fixes/allow-list'

const PROTOCOLS = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols'
const SCHANNEL = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL'
const TLS12 = `${PROTOCOLS}\\TLS 1.2`
const CLIENT = `${TLS12}\\Client`
const SERVER = `${TLS12}\\Server`
const NET4 = 'HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319'
const NET4_WOW = 'HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319'
const NET2 = 'HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v2.0.50727'
const WINHTTP = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp'

const KELVIN = '\u212A' // KELVIN SIGN: toLowerCase() makes it a plain "k"
const dword = (data: number) => ({ type: 'REG_DWORD', data }) as const

/** The error `fn` throws: a FixRefusedError, or the test fails. */
function refusal(fn: () => unknown): FixRefusedError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(FixRefusedError)
    return e as FixRefusedError
  }
  throw new Error('not refused')
}

describe('allowedValue: names', () => {
  it('knows exactly the 14 managed values, each by its own spelling', () => {
    expect(ALLOWED_VALUES.map((a) => `${a.key}\\${a.value}`).sort()).toEqual(
      [
        `${CLIENT}\\Enabled`,
        `${CLIENT}\\DisabledByDefault`,
        `${SERVER}\\Enabled`,
        `${SERVER}\\DisabledByDefault`,
        ...[NET4, NET4_WOW, NET2, NET2.replace('SOFTWARE', 'SOFTWARE\\Wow6432Node')].flatMap(
          (k) => [`${k}\\SystemDefaultTlsVersions`, `${k}\\SchUseStrongCrypto`],
        ),
        `${WINHTTP}\\DefaultSecureProtocols`,
        WINHTTP.replace('SOFTWARE', 'SOFTWARE\\Wow6432Node') + '\\DefaultSecureProtocols',
      ]
        .map((p) => p.replace(/^HKLM\\/, 'HKEY_LOCAL_MACHINE\\'))
        .sort(),
    )
    for (const a of ALLOWED_VALUES) expect(allowedValue(a.key, a.value)).toBe(a)
  })

  // Windows compares value and key names without regard to case: these are the same values.
  it.each([
    [CLIENT, 'ENABLED', 'Enabled'],
    [CLIENT, 'enabled', 'Enabled'],
    [SERVER, 'eNaBlEd', 'Enabled'],
    [SERVER, 'DISABLEDBYDEFAULT', 'DisabledByDefault'],
    [CLIENT.toLowerCase(), 'Enabled', 'Enabled'],
    [CLIENT.replace('HKLM', 'HKEY_LOCAL_MACHINE').toUpperCase(), 'enabled', 'Enabled'],
    [NET4.replace('.NETFramework', '.netframework'), 'schusestrongcrypto', 'SchUseStrongCrypto'],
    [
      NET4_WOW.replace('Wow6432Node', 'WOW6432NODE'),
      'SYSTEMDEFAULTTLSVERSIONS',
      'SystemDefaultTlsVersions',
    ],
    [WINHTTP.replace('WinHttp', 'WINHTTP'), 'defaultsecureprotocols', 'DefaultSecureProtocols'],
  ])('accepts %s\\%s as the managed %s, as Windows would', (key, name, canonical) => {
    const found = allowedValue(key, name)
    expect(found.value).toBe(canonical)
    expect(() => assertAllowedValue(key, name, dword(1))).not.toThrow()
  })

  it.each([
    [CLIENT, 'Enabled '],
    [CLIENT, ' Enabled'],
    [CLIENT, 'Enabled\0'],
    [CLIENT, 'Enable'],
    [CLIENT, 'Enabledd'],
    [CLIENT, 'Enabled.'],
    [CLIENT, ''],
    [CLIENT, '@'],
    // Look-alikes: ROMAN NUMERAL FIFTY (small), CYRILLIC IE, LONG S (upper-cases to "S"),
    // DOTLESS I (upper-cases to "I"), FULLWIDTH E.
    [CLIENT, 'Enab\u217Ced'],
    [CLIENT, '\u0415nabled'],
    [SERVER, 'D\u0131sabledByDefault'],
    [NET4, 'SchU\u017FeStrongCrypto'],
    [NET4, 'Sy\u017FtemDefaultTlsVersions'],
    [WINHTTP, 'DefaultSecureProtocol\u017F'],
    [CLIENT, '\uFF25nabled'],
  ])('refuses the near miss %s\\%j', (key, name) => {
    expect(refusal(() => allowedValue(key, name)).message).toMatch(/^refused to /)
    refusal(() => assertAllowedValue(key, name, dword(1)))
    refusal(() => assertEngineWrite(key, name, undefined, 1))
  })

  // KELVIN SIGN lower-cases to "k": without the ASCII rule, ".NETFramewor\u212A" would be
  // ".NETFramework" to the lookup and a different key to Windows.
  it.each([
    [`HKLM\\SOFTWARE\\Microsoft\\.NETFramewor${KELVIN}\\v4.0.30319`, 'SchUseStrongCrypto'],
    [
      `HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramewor${KELVIN}\\v2.0.50727`,
      'SchUseStrongCrypto',
    ],
  ])('refuses a look-alike key %j', (key, name) => {
    expect(refusal(() => allowedValue(key, name)).message).toContain('\\u212a')
    refusal(() => assertAllowedValue(key, name, dword(1)))
    refusal(() => assertEngineWrite(key, name, undefined, 1))
  })

  it.each([
    [SCHANNEL, 'SchUseStrongCrypto'],
    [CLIENT, 'SchUseStrongCrypto'],
    [CLIENT, 'DefaultSecureProtocols'],
    [SCHANNEL, 'Enabled'],
    [PROTOCOLS, 'Enabled'],
    [TLS12, 'Enabled'],
    [`${PROTOCOLS}\\TLS 1.0\\Client`, 'Enabled'],
    [`${PROTOCOLS}\\TLS 1.0\\Server`, 'DisabledByDefault'],
    [`${PROTOCOLS}\\TLS 1.1\\Client`, 'Enabled'],
    [`${PROTOCOLS}\\TLS 1.3\\Server`, 'Enabled'],
    [`${PROTOCOLS}\\SSL 3.0\\Server`, 'Enabled'],
    [`${CLIENT}\\Sub`, 'Enabled'],
    [`${TLS12}\\client `, 'Enabled'],
    [NET4, 'Enabled'],
    [NET4, 'DefaultSecureProtocols'],
    ['HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0', 'SchUseStrongCrypto'],
    ['HKLM\\SOFTWARE\\Microsoft\\.NETFramework', 'SchUseStrongCrypto'],
    ['HKCU\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', 'SchUseStrongCrypto'],
    [WINHTTP.replace('HKLM', 'HKCU'), 'DefaultSecureProtocols'],
    [WINHTTP, 'SchUseStrongCrypto'],
    [CLIENT.replace('CurrentControlSet', 'CurrentControlSet\\Control'), 'Enabled'],
  ])('refuses the right name on the wrong key: %s\\%s', (key, name) => {
    expect(refusal(() => allowedValue(key, name)).message).toMatch(/^refused to /)
    refusal(() => assertEngineWrite(key, name, undefined, 1))
  })

  it('refuses a key path that names no key, as a FixRefusedError', () => {
    refusal(() => allowedValue('HKXX\\nowhere', 'Enabled'))
    refusal(() => allowedValue(CLIENT.replace('\\Client', '\\\\Client'), 'Enabled'))
  })
})

describe('assertAllowedValue: types', () => {
  it('writes REG_DWORD only', () => {
    expect(() => assertAllowedValue(CLIENT, 'Enabled', dword(1))).not.toThrow()
    expect(() => assertAllowedValue(CLIENT, 'Enabled')).not.toThrow()
    for (const value of [
      { type: 'REG_SZ', data: '1' },
      { type: 'REG_QWORD', data: 1n },
      { type: 'REG_BINARY', data: new Uint8Array([1, 0, 0, 0]) },
    ] as const)
      expect(refusal(() => assertAllowedValue(CLIENT, 'Enabled', value)).message).toContain(
        `refused to write a ${value.type}`,
      )
  })
})

describe('assertEngineWrite: numbers', () => {
  it.each([
    [CLIENT, 'Enabled', undefined, 1],
    [CLIENT, 'ENABLED', dword(0), 1],
    [SERVER, 'DisabledByDefault', dword(1), 0],
    [NET4, 'SchUseStrongCrypto', undefined, 1],
    [NET2, 'systemdefaulttlsversions', dword(0), 1],
    [WINHTTP, 'DefaultSecureProtocols', undefined, 0xa80],
    [WINHTTP, 'DefaultSecureProtocols', dword(0x2a0), 0xaa0],
    [WINHTTP, 'DefaultSecureProtocols', dword(0x80000200), 0x80000a00],
  ])('%s\\%s holding %j: writes %i and nothing else', (key, name, now, after) => {
    expect(() => assertEngineWrite(key, name, now, after)).not.toThrow()
    for (const other of [0, 1, 2, after - 1, after + 1, 0xffffffff, -1].filter((n) => n !== after))
      expect(refusal(() => assertEngineWrite(key, name, now, other)).message).toContain(
        `the fix engine writes ${after} there`,
      )
  })

  it('writes nothing where the value is right already', () => {
    expect(refusal(() => assertEngineWrite(CLIENT, 'Enabled', dword(1), 1)).message).toContain(
      'it needs no change',
    )
    refusal(() => assertEngineWrite(SERVER, 'DisabledByDefault', dword(0), 0))
    refusal(() => assertEngineWrite(WINHTTP, 'DefaultSecureProtocols', dword(0xa00), 0xa00))
  })
})

describe('assertAllowedKey', () => {
  it.each([TLS12, CLIENT, SERVER, NET4, NET4_WOW, NET2, WINHTTP, TLS12.toUpperCase()])(
    'lets a fix create or remove %s',
    (key) => expect(() => assertAllowedKey(key)).not.toThrow(),
  )

  it.each([
    PROTOCOLS,
    SCHANNEL,
    `${PROTOCOLS}\\TLS 1.0`,
    `${PROTOCOLS}\\TLS 1.0\\Client`,
    `${PROTOCOLS}\\TLS 1.2 `,
    `${CLIENT}\\Sub`,
    'HKLM\\SOFTWARE\\Microsoft\\.NETFramework',
    `HKLM\\SOFTWARE\\Microsoft\\.NETFramewor${KELVIN}\\v4.0.30319`,
    `${PROTOCOLS}\\TLS 1.\u0662`,
    'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings',
    'HKLM\\SOFTWARE\\Evil',
    'HKXX\\nowhere',
  ])('refuses to create or remove %j', (key) => {
    refusal(() => assertAllowedKey(key))
  })
})
