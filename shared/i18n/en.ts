import { enProbe } from './en-probe'
import { enReport } from './en-report'
import { enWizard } from './en-wizard'

// Messages of the engine, the CLI and the findings; the probe, report and wizard parts live beside.
const enCore = {
  'verdict.healthy': 'This server can do TLS 1.2 with Office 365 as far as its registry shows.',
  'verdict.action-needed': 'Action needed: this server cannot reliably do TLS 1.2 with Office 365.',
  'severity.error': 'ERROR',
  'severity.warning': 'WARNING',
  'severity.info': 'INFO',
  'evidence.notSet': 'not set',
  'evidence.expected': 'expected',
  'evidence.fixes': 'fix',

  'finding.tls12-not-enabled.title': 'TLS 1.2 is off for the {sides} side',
  'finding.tls12-not-enabled.advice':
    'Schannel will not use TLS 1.2 here ({os}), so Office 365 drops the connection (421 4.4.2 ... SocketError). Set Enabled=1 and DisabledByDefault=0 under both TLS 1.2\\Client and TLS 1.2\\Server, then restart the server.',
  'finding.tls12-misconfigured.title': 'TLS 1.2 Client and Server keys disagree',
  'finding.tls12-misconfigured.advice':
    'Client and Server must hold the same Enabled and DisabledByDefault values, or sending and receiving behave differently.',
  'finding.tls12-half-disabled.title': 'TLS 1.2 is half disabled on the {sides} side',
  'finding.tls12-half-disabled.advice':
    'Enabled and DisabledByDefault contradict each other (both on or both off). Use Enabled=1 with DisabledByDefault=0.',
  'finding.schannel-values-undefined.title': '{count} Schannel values are not defined',
  'finding.schannel-values-undefined.advice':
    'Missing values fall back to the Windows default, which differs between Windows versions and updates. Define them for consistent results.',
  'finding.dotnet-tls-not-configured.title':
    '.NET Framework 4 is not told to use the system TLS settings',
  'finding.dotnet-tls-not-configured.advice':
    'Without SystemDefaultTlsVersions=1 and SchUseStrongCrypto=1 (in both registry views), .NET code may still pick TLS 1.0.',
  'finding.dotnet-v2-tls-not-configured.title':
    '.NET Framework 3.5 is not told to use the system TLS settings',
  'finding.dotnet-v2-tls-not-configured.advice':
    'Exchange 2010 runs .NET 3.5 code: set SystemDefaultTlsVersions=1 and SchUseStrongCrypto=1 under v2.0.50727 in both views (needs the .NET 3.5.1 TLS update).',
  'finding.winhttp-tls12-missing.title': 'WinHTTP does not offer TLS 1.2 by default',
  'finding.winhttp-tls12-missing.advice':
    'On {os}, install KB3140245 and add 0x800 to DefaultSecureProtocols (both views), keeping the other bits.',
  'finding.cipher-suites-no-tls12.title': 'The cipher-suite order has no suite Office 365 accepts',
  'finding.cipher-suites-no-tls12.advice':
    'A TLS 1.2 handshake with Office 365 needs an ECDHE or DHE suite with AES-GCM (or ECDHE with AES-CBC-SHA256/384). Review the cipher-suite group policy or local order.',
  'finding.exchange-build-no-tls12.title': '{product} {build} cannot do TLS 1.2 on SMTP',
  'finding.exchange-build-no-tls12.advice':
    'No registry change helps this build. Install at least {minimum}, better the latest update, then run the checks again.',
  'finding.exchange-build-below-guidance.title':
    '{product} {build} is older than the TLS 1.2 guidance',
  'finding.exchange-build-below-guidance.advice':
    'Microsoft recommends at least {minimum} for TLS 1.2 with Office 365. Plan the update.',
  'finding.restart-pending.title': 'Windows is waiting for a restart',
  'finding.restart-pending.advice':
    'Changes already made (updates, or registry changes) take effect only after a restart.',
  'finding.tls13-not-supported-by-exchange.title':
    'TLS 1.3 is on but {product} does not support it',
  'finding.tls13-not-supported-by-exchange.advice':
    'Exchange supports TLS 1.3 only from Exchange 2019 CU15 (or Exchange SE) on Windows Server 2022 and later. Update Exchange, or disable TLS 1.3 in Schannel as Microsoft documents.',
  'finding.legacy-tls-enabled.title': 'TLS 1.0 or 1.1 is still on',
  'finding.legacy-tls-enabled.advice':
    'This does not break mail flow. Switching them off is a separate hardening project: do not do it to fix Office 365 mail flow.',
  'finding.os-version-unknown.title': 'The Windows build is unknown',
  'finding.os-version-unknown.advice':
    'The registry export has no CurrentBuild, so the defaults of {assumed} were assumed. Export HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion too.',
  'finding.registry-value-wrong-type.title': '{count} values have the wrong type and are ignored',
  'finding.registry-value-wrong-type.advice':
    'Windows reads these values only as REG_DWORD. Delete them and create them again as DWORD (32-bit) values.',

  'fix.schannel-tls12-enable': 'Enable TLS 1.2 for Schannel Client and Server',
  'fix.dotnet-v4-strong-crypto': 'Set the .NET 4 TLS switches in both registry views',
  'fix.dotnet-v2-strong-crypto': 'Set the .NET 3.5 TLS switches in both registry views',
  'fix.winhttp-tls12': 'Add TLS 1.2 to WinHTTP DefaultSecureProtocols',
  'fix.restart-server': 'Restart the server',
  'fix.update-exchange': 'Install the current Exchange update',
  'fix.review-cipher-suites': 'Review the cipher-suite order',

  'fixes.nothingToDo':
    'Nothing to change: every value a fix would write already has the right value.',
  'fixes.key': 'Key',
  'fixes.value': 'Value',
  'fixes.now': 'Now',
  'fixes.after': 'After',
  'fixes.createsKeys': 'Keys that will be created',
  'fixes.backup': 'Backup (import it to undo)',
  'fixes.error': 'What failed',
  'fixes.restoreError': 'Restoring the backup also failed',
  'fixes.status.applied':
    'All changes were written and read back correctly. Restart the server for them to take effect.',
  'fixes.status.nothing-to-do': 'Nothing was changed: there was nothing to change.',
  'fixes.status.rolled-back':
    'A change failed, so every value was put back from the backup. Nothing is changed.',
  'fixes.status.rollback-failed':
    'A change failed AND restoring the backup failed. Import the backup file by hand (reg import) or send this output to a senior admin.',
  'fixes.dryRun': 'Dry run: nothing was changed. Run again with --apply to make these changes.',
  'fixes.offlineWritten': 'The live registry was not touched. Files written:',
  'fixes.restartHint':
    'Schannel reads these values only at startup: restart the server (tlswizard restart --in 5), then run tlswizard verify.',
  'cli.machine': 'Machine',
  'cli.exchange': 'Exchange',
  'cli.exchangeNone': 'not installed',
  'cli.source': 'Registry source',
  'cli.schannel': 'Schannel',
  'cli.client': 'Client',
  'cli.server': 'Server',
  'cli.on': 'on',
  'cli.off': 'off',
  'cli.notSupported': 'not supported by this Windows',
  'cli.state': 'State',
  'cli.findings': 'Findings',
  'cli.noFindings': 'No findings.',
} as const

/** The parts the English catalog is made of (their keys must not overlap: a later part would win). */
export const EN_PARTS = { core: enCore, probe: enProbe, report: enReport, wizard: enWizard }

/** English messages: the reference catalog every other language must match key for key. */
export const en = { ...enCore, ...enProbe, ...enReport, ...enWizard } as const

/** A message key. */
export type MessageKey = keyof typeof en
