import { describe, expect, it } from 'vitest'
import { versionState } from '../../../main/checks/schannel'
import { effectiveState, healthCheckerState } from '../../../main/checks/schannel-state'
import { windowsFamily } from '../../../main/checks/windows'
import type { SchannelSideFacts } from '../../../main/system/facts'
import { emptyFacts, withTls } from '../../helpers/facts'

type Row = [
  label: string,
  build: number | undefined,
  client: SchannelSideFacts,
  server: SchannelSideFacts,
  state: string,
  clientOn: boolean,
  serverOn: boolean,
]

// TLS 1.2 on every Windows generation with the key combinations admins actually leave behind.
const TLS12: Row[] = [
  ['2008 R2, no keys: off by default', 7601, {}, {}, 'disabled', false, false],
  [
    '2008 R2, Enabled=1 only: still disabled by default',
    7601,
    { enabled: 1 },
    { enabled: 1 },
    'half-disabled',
    false,
    false,
  ],
  [
    '2008 R2, documented fix',
    7601,
    { enabled: 1, disabledByDefault: 0 },
    { enabled: 1, disabledByDefault: 0 },
    'enabled',
    true,
    true,
  ],
  [
    '2008 R2, 0xffffffff counts as on',
    7601,
    { enabled: 0xffffffff, disabledByDefault: 0 },
    { enabled: 0xffffffff, disabledByDefault: 0 },
    'enabled',
    true,
    true,
  ],
  ['2008 (6003), no keys', 6003, {}, {}, 'disabled', false, false],
  ['2012, no keys: on by default', 9200, {}, {}, 'enabled', true, true],
  [
    '2012 R2, Client missing, Server Enabled=0',
    9600,
    {},
    { enabled: 0 },
    'misconfigured',
    true,
    false,
  ],
  [
    '2012 R2, both disabled properly',
    9600,
    { enabled: 0, disabledByDefault: 1 },
    { enabled: 0, disabledByDefault: 1 },
    'disabled',
    false,
    false,
  ],
  [
    '2016, Enabled=0 with DisabledByDefault=0',
    14393,
    { enabled: 0, disabledByDefault: 0 },
    { enabled: 0, disabledByDefault: 0 },
    'half-disabled',
    false,
    false,
  ],
  [
    '2016, Enabled=1 with DisabledByDefault=1',
    14393,
    { enabled: 1, disabledByDefault: 1 },
    { enabled: 1, disabledByDefault: 1 },
    'half-disabled',
    false,
    false,
  ],
  [
    '2019, client/server mismatch',
    17763,
    { enabled: 1, disabledByDefault: 0 },
    { enabled: 0, disabledByDefault: 1 },
    'misconfigured',
    true,
    false,
  ],
  [
    '2019, 0xffffffff Enabled only',
    17763,
    { enabled: 0xffffffff },
    { enabled: 0xffffffff },
    'enabled',
    true,
    true,
  ],
  ['2022, no keys', 20348, {}, {}, 'enabled', true, true],
  [
    '2025, DisabledByDefault=1 only',
    26100,
    { disabledByDefault: 1 },
    { disabledByDefault: 1 },
    'half-disabled',
    false,
    false,
  ],
  // Unknown build: Health Checker's word for the values, but no effective state assumed.
  ['unknown build, no keys: undecided', undefined, {}, {}, 'enabled', false, false],
  [
    'unknown build, documented fix: on whatever the build',
    undefined,
    { enabled: 1, disabledByDefault: 0 },
    { enabled: 1, disabledByDefault: 0 },
    'enabled',
    true,
    true,
  ],
]

describe('TLS 1.2 configured and effective state', () => {
  for (const [label, build, client, server, state, clientOn, serverOn] of TLS12) {
    it(label, () => {
      const s = versionState(
        withTls(emptyFacts(build), 'TLS 1.2', client, server),
        'TLS 1.2',
        windowsFamily(build),
      )
      expect([s.state, s.client.enabled, s.server.enabled]).toEqual([state, clientOn, serverOn])
      expect(s.client.enabledValue).toBe(client.enabled ?? null)
      expect(s.server.disabledByDefaultValue).toBe(server.disabledByDefault ?? null)
    })
  }
})

describe('defaults of other versions', () => {
  const on = (build: number, v: 'TLS 1.0' | 'TLS 1.1' | 'TLS 1.3') => {
    const s = versionState(emptyFacts(build), v, windowsFamily(build))
    return [s.client.enabled, s.supportedByOs]
  }
  it('TLS 1.1 is off on 2008 R2 and on from 2012', () => {
    expect(on(7601, 'TLS 1.1')).toEqual([false, true])
    expect(on(9200, 'TLS 1.1')).toEqual([true, true])
  })
  it('TLS 1.0 is on everywhere by default', () => {
    for (const b of [6003, 7601, 9600, 17763, 26100]) expect(on(b, 'TLS 1.0')).toEqual([true, true])
  })
  it('TLS 1.3 exists from 2022 (20348) on, and is on there by default', () => {
    expect(on(17763, 'TLS 1.3')).toEqual([false, false])
    expect(on(20348, 'TLS 1.3')).toEqual([true, true])
    // Keys cannot switch on what the OS does not have.
    const s = versionState(
      withTls(emptyFacts(17763), 'TLS 1.3', { enabled: 1, disabledByDefault: 0 }),
      'TLS 1.3',
      windowsFamily(17763),
    )
    expect(s.client.enabled).toBe(false)
  })
  it('maps builds to generations, client builds included', () => {
    expect(windowsFamily(7600).name).toBe('Windows Server 2008 R2')
    expect(windowsFamily(9600).name).toBe('Windows Server 2012 R2')
    expect(windowsFamily(19045).name).toBe('Windows Server 2019')
    expect(windowsFamily(22631).name).toBe('Windows Server 2022')
    expect(windowsFamily(30000).name).toBe('Windows Server 2025')
  })
})

describe("Health Checker's words for the same values (CSS-Exchange Get-AllTlsSettingsFromRegistry)", () => {
  type HcRow = [SchannelSideFacts, SchannelSideFacts, string]
  const ROWS: HcRow[] = [
    [{}, {}, 'enabled'],
    [{ enabled: 1, disabledByDefault: 0 }, { enabled: 1, disabledByDefault: 0 }, 'enabled'],
    // Enabled=0 with DisabledByDefault missing: Disabled there, not half-disabled.
    [{ enabled: 0 }, { enabled: 0 }, 'disabled'],
    [{ enabled: 0, disabledByDefault: 1 }, { enabled: 0, disabledByDefault: 1 }, 'disabled'],
    [{ enabled: 0, disabledByDefault: 0 }, { enabled: 0, disabledByDefault: 0 }, 'half-disabled'],
    [{ enabled: 1, disabledByDefault: 1 }, { enabled: 1, disabledByDefault: 1 }, 'half-disabled'],
    [{ disabledByDefault: 1 }, { disabledByDefault: 1 }, 'half-disabled'],
    [{}, { enabled: 0 }, 'misconfigured'],
    // Booleans are compared: a missing DisabledByDefault equals 0, 0xffffffff equals 1.
    [{ enabled: 0 }, { enabled: 0, disabledByDefault: 1 }, 'misconfigured'],
    [{ enabled: 0xffffffff }, { enabled: 1, disabledByDefault: 0 }, 'enabled'],
  ]
  for (const [client, server, word] of ROWS)
    it(`${JSON.stringify(client)} / ${JSON.stringify(server)}: ${word}`, () => {
      expect(healthCheckerState('TLS 1.2', client, server)).toBe(word)
    })

  it('TLS 1.3: a missing Enabled counts as off there', () => {
    expect(healthCheckerState('TLS 1.3', {}, {})).toBe('disabled')
  })

  it('we differ on purpose where the Windows default decides: 2008 R2 and TLS 1.3 on 2022', () => {
    const state = (v: 'TLS 1.2' | 'TLS 1.3', build: number, f: SchannelSideFacts) =>
      versionState(withTls(emptyFacts(build), v, f), v, windowsFamily(build)).state
    expect(state('TLS 1.2', 7601, {})).toBe('disabled')
    expect(state('TLS 1.2', 7601, { enabled: 1 })).toBe('half-disabled')
    expect(state('TLS 1.2', 9600, { enabled: 1 })).toBe('enabled')
    expect(state('TLS 1.3', 20348, {})).toBe('enabled')
  })

  it('effective state on an unknown Windows: what every generation agrees on, else unknown', () => {
    const unknown = windowsFamily(undefined)
    expect(effectiveState({}, unknown, 'TLS 1.0')).toBe('on')
    expect(effectiveState({}, unknown, 'TLS 1.2')).toBe('unknown')
    expect(effectiveState({ enabled: 1 }, unknown, 'TLS 1.2')).toBe('unknown')
    expect(effectiveState({ enabled: 0 }, unknown, 'TLS 1.2')).toBe('off')
    expect(effectiveState({ enabled: 1, disabledByDefault: 1 }, unknown, 'TLS 1.2')).toBe('off')
    expect(effectiveState({ enabled: 1, disabledByDefault: 0 }, unknown, 'TLS 1.3')).toBe('unknown')
  })
})
