/** What the registry showed, what it did not, and the `reg export` commands that collect the rest. */
import type { Coverage, CoverageGap, Evidence, Finding, VersionState } from '../../shared/diagnosis'
import type { TlsVersion } from '../../shared/tls'
import type { Facts } from '../system/facts'
import * as P from '../system/registry-paths'
import { cipherOrder } from './ciphers'
import { evidence, finding, said } from './finding'
import type { MailRoute } from './mail-path'
import type { WindowsFamily } from './windows'

/** One `reg export` the server's admin runs: the key, and the file it writes (docs/collect too). */
export const EXPORTS = {
  schannel: ['HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL', 'schannel'],
  ciphers: ['HKLM\\SYSTEM\\CurrentControlSet\\Control\\Cryptography\\Configuration', 'ciphers'],
  select: ['HKLM\\SYSTEM\\Select', 'select'],
  windows: ['HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', 'windows'],
  dotnet: ['HKLM\\SOFTWARE\\Microsoft\\.NETFramework', 'dotnet'],
  dotnet32: ['HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework', 'dotnet32'],
  ndp: ['HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full', 'dotnet-release'],
  winhttp: [
    'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
    'winhttp',
  ],
  winhttp32: [
    'HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
    'winhttp32',
  ],
  exchange: ['HKLM\\SOFTWARE\\Microsoft\\ExchangeServer', 'exchange'],
  policy: ['HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration', 'cipher-policy'],
  smtpsvc: ['HKLM\\SYSTEM\\CurrentControlSet\\Services\\SMTPSVC', 'smtpsvc'],
} as const
type Export = keyof typeof EXPORTS

// HKLM\SOFTWARE as a whole is too big to export; these keys are what the checks read there.
const SOFTWARE: Export[] = [
  'windows',
  'dotnet',
  'dotnet32',
  'ndp',
  'winhttp',
  'winhttp32',
  'exchange',
  'policy',
  'smtpsvc',
]

const EXPORTS_FOR: Record<CoverageGap, Export[]> = {
  software: SOFTWARE,
  'os-build': ['windows'],
  schannel: ['schannel'],
  'control-set': ['select'],
  // The policy list is under HKLM\SOFTWARE: the software gap brings it.
  'cipher-suites': ['ciphers'],
  // Only a missing value on an unknown Windows leaves a side undecided: the build decides it.
  'tls12-client': ['windows'],
  'tls12-server': ['windows'],
}

const quote = (s: string) => (/[\s&()^]/.test(s) ? `"${s}"` : s)

/** The commands, in order: one `reg export` per key, then the diagnose line that reads them all. */
export function collectCommands(
  missing: readonly CoverageGap[],
  files: readonly string[],
): string[] {
  const exports = [...new Set(missing.flatMap((g) => EXPORTS_FOR[g]))]
  if (!exports.length) return []
  const names = exports.map((e) => `tls-${EXPORTS[e][1]}.reg`)
  const have = files.length ? files : ['YOUR-EXPORT.reg']
  return [
    ...exports.map((e, i) => `reg export "${EXPORTS[e][0]}" ${names[i]} /y`),
    `tlswizard diagnose ${[...have.map(quote), ...names].map((f) => `--registry ${f}`).join(' ')}`,
  ]
}

function cipherKnown(facts: Facts, os: WindowsFamily): boolean {
  const seen = facts.seen ?? { software: true, cipherLocal: true }
  if (!seen.software) return false
  if (cipherOrder(facts)) return true
  // No list in the registry: the build's default decides, if the local order was exported at all.
  return seen.cipherLocal && os.known
}

/** What a verdict needs that the registry did not show. */
export function coverageOf(
  facts: Facts,
  os: WindowsFamily,
  states: Record<TlsVersion, VersionState>,
  mail: MailRoute,
  files: readonly string[] = [],
): Coverage {
  const seen = facts.seen ?? { software: true, schannel: true, cipherLocal: true }
  const cs = facts.controlSet
  const tls12 = states['TLS 1.2']
  const gaps: Array<[CoverageGap, boolean]> = [
    ['software', !seen.software || seen.dotnet === false || seen.exchange === false],
    ['os-build', facts.os.currentBuild === undefined],
    ['control-set', cs?.how === 'ambiguous'],
    ['schannel', !seen.schannel],
    ['cipher-suites', !cipherKnown(facts, os)],
    ['tls12-client', seen.schannel && tls12.client.effective === 'unknown'],
    ['tls12-server', seen.schannel && tls12.server.effective === 'unknown'],
  ]
  const missing = gaps.filter(([, gap]) => gap).map(([g]) => g)
  return {
    osBuild: facts.os.currentBuild !== undefined,
    software: seen.software && seen.dotnet !== false && seen.exchange !== false,
    schannel: seen.schannel,
    controlSet: cs ? cs.used : P.CURRENT_CONTROL_SET,
    mailPath: mail.path,
    exchangeRoles: mail.roles,
    missing,
    restartMarkers: seen.restartMarkers !== false,
    collect: collectCommands(missing, files),
  }
}

const NOT_EXPORTED = said('evidence.found.notExported')

function gapEvidence(gap: CoverageGap, facts: Facts): Evidence[] {
  const cs = facts.controlSet?.used ?? undefined
  switch (gap) {
    case 'software':
      return [
        ...(facts.seen?.software === false ? [P.WINDOWS_VERSION_KEY] : []),
        ...(facts.seen?.dotnet === false ? P.VIEWS.map((view) => P.dotnetKey('v4', view)) : []),
        ...(facts.seen?.exchange === false ? [P.EXCHANGE_SERVER_KEY] : []),
      ].map((key) => evidence(key, '(key)', NOT_EXPORTED, said('evidence.want.softwareExported')))
    case 'os-build':
      return [
        evidence(
          P.WINDOWS_VERSION_KEY,
          'CurrentBuild',
          undefined,
          said('evidence.want.buildNumberWhy'),
        ),
      ]
    case 'schannel':
      return [
        evidence(P.protocolsKey(cs), '(key)', NOT_EXPORTED, said('evidence.want.schannelExported')),
      ]
    case 'control-set':
      return [
        evidence(
          P.SELECT_KEY,
          'Current',
          facts.controlSet?.selectCurrent,
          said('evidence.want.controlSetInExport'),
        ),
      ]
    case 'cipher-suites':
      return [
        evidence(
          P.cipherLocalKey(cs),
          'Functions',
          NOT_EXPORTED,
          said('evidence.want.ciphersKnown'),
        ),
      ]
    case 'tls12-client':
    case 'tls12-server': {
      const side = gap === 'tls12-client' ? 'client' : 'server'
      const f = facts.schannel['TLS 1.2'][side]
      const key = P.schannelKey('TLS 1.2', side, cs)
      const why = said('evidence.want.valueKnown')
      return [
        ...(f.enabled === undefined ? [evidence(key, 'Enabled', undefined, why)] : []),
        ...(f.disabledByDefault === undefined
          ? [evidence(key, 'DisabledByDefault', undefined, why)]
          : []),
      ]
    }
  }
}

/** The inconclusive finding (what is missing, with the commands) and the unknown Windows build. */
export function coverageFindings(facts: Facts, coverage: Coverage): Finding[] {
  const out: Finding[] = []
  if (coverage.missing.length)
    out.push(
      finding(
        'registry-export-incomplete',
        'warning',
        coverage.missing.flatMap((g) => gapEvidence(g, facts)),
        ['collect-registry'],
        { count: coverage.missing.length, commands: coverage.collect.join('\n') },
      ),
    )
  if (!coverage.osBuild)
    out.push(
      finding(
        'os-version-unknown',
        'warning',
        [
          evidence(
            P.WINDOWS_VERSION_KEY,
            'CurrentBuild',
            undefined,
            said('evidence.want.buildNumber'),
          ),
        ],
        ['collect-registry'],
      ),
    )
  return out
}
