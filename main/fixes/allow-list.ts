/**
 * The only registry values the fix engine may ever write, delete or restore, and what each may be
 * set to: TLS 1.2 Schannel, the .NET TLS switches and WinHTTP's DefaultSecureProtocols. Everything
 * else is refused, whoever asks (CLI, IPC, web host, a tampered backup file). The engine computes
 * every value it writes from this table; nothing a client sends becomes registry data.
 */
import { translate as t } from '../../shared/i18n/translate'
import type { RegistryFixId } from '../../shared/fixes'
import { InputError } from '../input-error'
import { canonicalKeyPath, keyPathId, nameId, RegPathError } from '../registry/reg-path'
import type { RegValue } from '../registry/reg-value'
import {
  DOTNET_VERSIONS,
  dotnetKey,
  schannelKey,
  SCHANNEL_PROTOCOLS,
  VIEWS,
  WINHTTP_BITS,
  winhttpKey,
  type DotNetVersion,
} from '../system/registry-paths'

/** A request the allow-list refuses; the message names the key and value. */
export class FixRefusedError extends InputError {
  override name = 'FixRefusedError'
}

/** What one value should become given what it holds now (undefined: it is right already). */
export type Target = (now: RegValue | undefined) => number | undefined

/** One value the engine manages: where, for which fix, and the value it writes. */
export interface AllowedValue {
  fixId: RegistryFixId
  key: string
  value: string
  target: Target
}

const dword = (v: RegValue | undefined) => (v?.type === 'REG_DWORD' ? v.data : undefined)
const nonZero: Target = (now) => ((dword(now) ?? 0) !== 0 ? undefined : 1)
const exactly =
  (want: number): Target =>
  (now) =>
    dword(now) === want ? undefined : want

// WinHTTP: add TLS 1.2 and keep every other bit. When the value is missing, keep TLS 1.0 and 1.1
// on as well (0xA80): a fix never disables an older protocol.
const addTls12Bit: Target = (now) => {
  const current = dword(now)
  if (current !== undefined && current & WINHTTP_BITS['TLS 1.2']) return undefined
  // >>> 0: JavaScript's | is signed; a DWORD with the top bit set must stay unsigned.
  return (
    ((current ?? WINHTTP_BITS['TLS 1.0'] | WINHTTP_BITS['TLS 1.1']) | WINHTTP_BITS['TLS 1.2']) >>> 0
  )
}

/** Every managed value, in plan order. */
export const ALLOWED_VALUES: readonly AllowedValue[] = [
  ...(['client', 'server'] as const).flatMap((side) => [
    {
      fixId: 'schannel-tls12-enable' as const,
      key: schannelKey('TLS 1.2', side),
      value: 'Enabled',
      target: nonZero,
    },
    {
      fixId: 'schannel-tls12-enable' as const,
      key: schannelKey('TLS 1.2', side),
      value: 'DisabledByDefault',
      target: exactly(0),
    },
  ]),
  ...(Object.keys(DOTNET_VERSIONS) as DotNetVersion[]).flatMap((v) =>
    VIEWS.flatMap((view) =>
      ['SystemDefaultTlsVersions', 'SchUseStrongCrypto'].map((value) => ({
        fixId:
          v === 'v4' ? ('dotnet-v4-strong-crypto' as const) : ('dotnet-v2-strong-crypto' as const),
        key: dotnetKey(v, view),
        value,
        target: exactly(1),
      })),
    ),
  ),
  ...VIEWS.map((view) => ({
    fixId: 'winhttp-tls12' as const,
    key: winhttpKey(view),
    value: 'DefaultSecureProtocols',
    target: addTls12Bit,
  })),
]

const BY_ID = new Map(ALLOWED_VALUES.map((a) => [`${keyPathId(a.key)}\\${nameId(a.value)}`, a]))
const KEY_IDS = new Set(ALLOWED_VALUES.map((a) => keyPathId(a.key)))
const TLS12 = `${SCHANNEL_PROTOCOLS}\\TLS 1.2`

/** Keys a rollback may delete because a fix may have created them (the values' keys and TLS 1.2 itself). */
const DELETABLE = new Set([...KEY_IDS, keyPathId(TLS12)])

// Windows compares names without regard to case, and so does toLowerCase, but toLowerCase also
// folds look-alikes (KELVIN SIGN U+212A becomes "k"): a name that is not plain ASCII could pass
// the check and still create a second key. Every managed name is ASCII, so anything else is refused.
const isAscii = (text: string) => !/[^\x20-\x7e]/.test(text)

// `name`: the value being touched; absent, a key is.
function asciiOnly(text: string, name?: string): void {
  if (!isAscii(text)) {
    const shown = text.replace(
      /[^\x20-\x7e]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    throw new FixRefusedError(
      name === undefined
        ? t('error.fixes.nonAsciiKey', { text: shown })
        : t('error.fixes.nonAsciiValue', { name, text: shown }),
    )
  }
}

function id(key: string, name?: string): string {
  asciiOnly(key, name)
  try {
    return keyPathId(key)
  } catch (e) {
    if (e instanceof RegPathError)
      throw new FixRefusedError(
        name === undefined
          ? t('error.fixes.badPathKey', { reason: e.message })
          : t('error.fixes.badPathValue', { name, reason: e.message }),
      )
    throw e
  }
}

/** The managed value at `key\name`, or a FixRefusedError naming it. */
export function allowedValue(key: string, name: string): AllowedValue {
  asciiOnly(name, name)
  const found = BY_ID.get(`${id(key, name)}\\${nameId(name)}`)
  if (!found)
    throw new FixRefusedError(t('error.fixes.notManaged', { key: canonicalKeyPath(key), name }))
  return found
}

/** Throws unless `key\name` is on the allow-list and `value` (when given) is a REG_DWORD. */
export function assertAllowedValue(key: string, name: string, value?: RegValue): void {
  allowedValue(key, name)
  if (value && value.type !== 'REG_DWORD') {
    throw new FixRefusedError(
      t('error.fixes.notDword', { type: value.type, key: canonicalKeyPath(key), name }),
    )
  }
}

/**
 * Throws unless writing `after` to `key\name`, which holds `now`, is exactly what the engine would
 * write itself: a plan can never carry another number (Enabled=0, DisabledByDefault=1...).
 */
export function assertEngineWrite(
  key: string,
  name: string,
  now: RegValue | undefined,
  after: number,
): void {
  const want = allowedValue(key, name).target(now)
  if (want !== after)
    throw new FixRefusedError(
      want === undefined
        ? t('error.fixes.noChangeNeeded', { value: after, key: canonicalKeyPath(key), name })
        : t('error.fixes.otherValue', { value: after, key: canonicalKeyPath(key), name, want }),
    )
}

/** Throws unless `key` may be created or deleted by a fix or its rollback. */
export function assertAllowedKey(key: string): void {
  if (!DELETABLE.has(id(key))) {
    throw new FixRefusedError(t('error.fixes.keyNotManaged', { key: canonicalKeyPath(key) }))
  }
}

/** True when `name` under `key` is a value the engine manages (a rollback may remove it). */
export function isManagedValue(key: string, name: string): boolean {
  return isAscii(key + name) && BY_ID.has(`${keyPathId(key)}\\${nameId(name)}`)
}

/** True when `key` is one a fix may create. */
export function isManagedKey(key: string): boolean {
  return isAscii(key) && DELETABLE.has(keyPathId(key))
}

/** Every key on the allow-list, plus TLS 1.2 itself (read in one batch before planning). */
export function allowListedKeys(): string[] {
  return [TLS12, ...new Set(ALLOWED_VALUES.map((a) => a.key))]
}
