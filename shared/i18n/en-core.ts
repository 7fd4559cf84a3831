/** English messages of the engine, the CLI and the findings; the other parts live beside. */
export const enCore = {
  'verdict.healthy':
    'Healthy: this server can do TLS 1.2 with Office 365, as far as the registry shows, and it showed everything needed.',
  'verdict.action-needed': 'Action needed: this server cannot reliably do TLS 1.2 with Office 365.',
  'verdict.inconclusive':
    'Inconclusive: the registry does not show enough to tell whether this server can do TLS 1.2 with Office 365. Nothing wrong was found in what it shows.',
  'severity.error': 'ERROR',
  'severity.warning': 'WARNING',
  'severity.info': 'INFO',
  'evidence.notSet': 'not set',
  'evidence.expected': 'expected',
  'evidence.fixes': 'fix',

  'finding.tls12-not-enabled.title': 'TLS 1.2 is off for the {sides} side',
  'finding.tls12-not-enabled.advice':
    'Schannel will not use TLS 1.2 here ({os}), so Office 365 drops the connection (421 4.4.2 ... SocketError). Set Enabled=1 and DisabledByDefault=0 under both TLS 1.2\\Client and TLS 1.2\\Server, then restart the server.',
  // The plain words ("incoming connections") are the problem's title; these keep the wording
  // reports and scripts already know.
  'finding.tls12-not-enabled.both.title': 'TLS 1.2 is off for the client and server side',
  'finding.tls12-not-enabled.client.title': 'TLS 1.2 is off for the client side',
  'finding.tls12-not-enabled.server.title': 'TLS 1.2 is off for the server side',
  'finding.tls12-not-enabled.both.advice':
    'Office 365 takes mail only over TLS 1.2 or later, so mail both ways fails (421 4.4.2 Connection dropped due to SocketError). The values below decide it: Enabled=0 switches TLS 1.2 off, a non-zero DisabledByDefault keeps it off unless a program asks for it by name, and a value that is not set takes the default of {os}. Set Enabled=1 and DisabledByDefault=0 under TLS 1.2\\Client and TLS 1.2\\Server, then restart the server.',
  'finding.tls12-not-enabled.client.advice':
    'This server sends to Office 365 as a TLS client (Schannel Client), and Office 365 accepts only TLS 1.2 or later, so sending fails (421 4.4.2 Connection dropped due to SocketError). The values below decide it: Enabled=0 switches TLS 1.2 off, a non-zero DisabledByDefault keeps it off unless a program asks for it by name, and a value that is not set takes the default of {os}. Set Enabled=1 and DisabledByDefault=0 under TLS 1.2\\Client and TLS 1.2\\Server, then restart the server.',
  'finding.tls12-not-enabled.server.advice':
    'Office 365 connects to this server as a TLS client and uses only TLS 1.2 or later; Schannel Server answers it, so mail from Office 365 fails. The values below decide it: Enabled=0 switches TLS 1.2 off, a non-zero DisabledByDefault keeps it off unless a program asks for it by name, and a value that is not set takes the default of {os}. Set Enabled=1 and DisabledByDefault=0 under TLS 1.2\\Client and TLS 1.2\\Server, then restart the server.',
  'finding.tls12-misconfigured.title': 'TLS 1.2 Client and Server keys disagree',
  'finding.tls12-misconfigured.advice':
    'Health Checker calls this Misconfigured: Client and Server differ in Enabled or in DisabledByDefault, so sending and receiving behave differently. Give both Enabled=1 and DisabledByDefault=0.',
  'finding.tls12-half-disabled.title': 'TLS 1.2 is half disabled',
  'finding.tls12-half-disabled.advice':
    'Health Checker calls this Half Disabled: Enabled and DisabledByDefault point in opposite directions. Use Enabled=1 with DisabledByDefault=0.',
  'finding.tls12-half-disabled.off-yet-default-on.title':
    'TLS 1.2 is switched off although DisabledByDefault is 0',
  'finding.tls12-half-disabled.off-yet-default-on.advice':
    'Health Checker calls this Half Disabled: Enabled=0 switches TLS 1.2 off, while DisabledByDefault=0 says programs should use it. Schannel follows Enabled, so TLS 1.2 is off. Set Enabled=1.',
  'finding.tls12-half-disabled.on-yet-default-off.title':
    'TLS 1.2 is enabled but disabled by default',
  'finding.tls12-half-disabled.on-yet-default-off.advice':
    'Health Checker calls this Half Disabled: Enabled is on, but a non-zero DisabledByDefault keeps TLS 1.2 off for every program that does not ask for it by name, Exchange included. Set DisabledByDefault=0.',
  'finding.tls12-half-disabled.default-off-by-windows.title':
    'TLS 1.2 is enabled but {os} keeps it disabled by default',
  'finding.tls12-half-disabled.default-off-by-windows.advice':
    'Enabled is on, but DisabledByDefault is not set, and on {os} that means disabled by default: programs that do not ask for TLS 1.2 by name, Exchange included, do not use it. Health Checker, which reads a missing value as 0 on every Windows, would call this Enabled. Set DisabledByDefault=0.',
  'finding.schannel-values-undefined.title':
    '{count, plural, one {# Schannel value is not defined} other {# Schannel values are not defined}}',
  'finding.schannel-values-undefined.advice':
    'Missing values fall back to the Windows default, which differs between Windows versions and updates. Health Checker asks for them to be defined for consistent results.',
  'finding.schannel-misconfigured.title': '{versions}: Client and Server keys disagree',
  'finding.schannel-misconfigured.advice':
    'Health Checker calls this Misconfigured and marks it red: sending and receiving use different rules for these versions. It does not stop mail with Office 365, which uses TLS 1.2, but give Client and Server the same values.',
  'finding.schannel-half-disabled.title':
    '{versions}: Enabled and DisabledByDefault contradict each other',
  'finding.schannel-half-disabled.advice':
    'Health Checker calls this Half Disabled and marks it red. It does not stop mail with Office 365, which uses TLS 1.2; to switch a version off, use Enabled=0 with DisabledByDefault=1, to keep it on, Enabled=1 with DisabledByDefault=0.',
  'finding.schannel-value-not-0-or-1.title':
    '{count, plural, one {# Schannel value is neither 0 nor 1} other {# Schannel values are neither 0 nor 1}}',
  'finding.schannel-value-not-0-or-1.advice':
    'Windows reads any non-zero value as 1, so this changes nothing for mail. Health Checker accepts only 0 and 1 and reports these as errors; set 0 or 1 so both tools agree.',
  'finding.schannel-state-differs-from-health-checker.title':
    'Health Checker would name the state of {versions} differently',
  'finding.schannel-state-differs-from-health-checker.advice':
    'Health Checker reads a missing Enabled as on (as off for TLS 1.3) and a missing DisabledByDefault as 0 on every Windows version. Schannel on {os} does not: a missing value takes that Windows default, and this diagnosis follows Schannel. Defining the values makes both tools agree.',
  'finding.schannel-keys-misplaced.title':
    '{count, plural, one {# TLS key or value is where Windows does not look} other {# TLS keys or values are where Windows does not look}}',
  'finding.schannel-keys-misplaced.advice':
    'Schannel reads only {protocols}\\TLS 1.x\\Client and \\Server, with the DWORD values Enabled and DisabledByDefault. The entries below (often typed from a machine-translated article: TLS 1,2, klien, diaktifkan, ...) change nothing. Each line says where it belongs. Create the right ones (the TLS 1.2 fix does), then delete these by hand in regedit: deleting them is safe, and this tool never deletes outside the values it manages.',
  'finding.dotnet-tls-not-configured.title':
    '.NET Framework 4 is not told to use the system TLS settings',
  'finding.dotnet-tls-not-configured.advice':
    'Without SystemDefaultTlsVersions=1 and SchUseStrongCrypto=1 (in both registry views), .NET code in Exchange may still pick TLS 1.0.',
  'finding.dotnet-tls-not-configured.relay.title':
    '.NET Framework 4 is not told to use the system TLS settings (not used for mail here)',
  'finding.dotnet-tls-not-configured.relay.advice':
    'This server relays mail with the IIS SMTP service (SMTPSVC), which uses Schannel without .NET, so these switches do not affect its mail. Other .NET software on the server may still pick TLS 1.0: set SystemDefaultTlsVersions=1 and SchUseStrongCrypto=1 in both registry views.',
  'finding.dotnet-tls-not-configured.no-exchange.title':
    '.NET Framework 4 is not told to use the system TLS settings (no Exchange here)',
  'finding.dotnet-tls-not-configured.no-exchange.advice':
    'Exchange is not installed here, so these switches matter only if the software that sends mail from this server is built on .NET. Such software may still pick TLS 1.0: set SystemDefaultTlsVersions=1 and SchUseStrongCrypto=1 in both registry views.',
  'finding.dotnet-v2-tls-not-configured.title':
    '.NET Framework 3.5 is not told to use the system TLS settings',
  'finding.dotnet-v2-tls-not-configured.advice':
    'Exchange 2010 runs .NET 3.5 code: set SystemDefaultTlsVersions=1 and SchUseStrongCrypto=1 under v2.0.50727 in both views (needs the .NET 3.5.1 TLS update).',
  'finding.dotnet-version-below-guidance.title':
    '.NET Framework {dotnet} is older than the TLS 1.2 guidance',
  'finding.dotnet-version-below-guidance.advice':
    'For TLS 1.2 with Office 365, Microsoft asks for .NET Framework 4.7.1 or later on Exchange 2013 CU19, 2016 CU8 and later. {build} is built for .NET {wanted}: install that version (install the Exchange CU first when it needs a newer one).',
  'finding.dotnet-version-unsupported.title':
    '.NET Framework {dotnet} is not the version {build} is built for',
  'finding.dotnet-version-unsupported.advice':
    'Exchange supports only the .NET versions its supportability matrix lists for each cumulative update; Health Checker recommends .NET {wanted} for this one.',
  'finding.dotnet-version-unsupported.older.title':
    '.NET Framework {dotnet} is older than {build} is built for',
  'finding.dotnet-version-unsupported.older.advice':
    'Health Checker recommends .NET {wanted} for this cumulative update (the highest it supports). Install it, outside business hours: it needs a restart.',
  'finding.dotnet-version-unsupported.newer.title':
    '.NET Framework {dotnet} is newer than {build} supports',
  'finding.dotnet-version-unsupported.newer.advice':
    'This cumulative update supports .NET up to {wanted}. Install the Exchange cumulative update that supports .NET {dotnet}, or do not install a newer .NET before Exchange supports it.',
  'finding.winhttp-tls12-missing.title': 'WinHTTP does not offer TLS 1.2 by default',
  'finding.winhttp-tls12-missing.advice':
    'On {os}, install KB3140245 and add 0x800 to DefaultSecureProtocols (both views), keeping the other bits.',
  'finding.cipher-suites-no-tls12.title': 'The cipher-suite order has no suite Office 365 accepts',
  'finding.cipher-suites-no-tls12.advice':
    'Office 365 accepts for TLS 1.2 only: {office365}. The list below shares none of them, so the handshake fails with no cipher suite in common (Schannel event 36874) even with TLS 1.2 on.',
  'finding.cipher-suites-no-tls12.policy.title':
    'The group-policy cipher-suite list has no suite Office 365 accepts',
  'finding.cipher-suites-no-tls12.policy.advice':
    'Office 365 accepts for TLS 1.2 only: {office365}. The {count} suites of the group-policy list (SSL Cipher Suite Order, which wins over the local order) share none of them, so the TLS 1.2 handshake fails with no cipher suite in common (Schannel event 36874). Add at least one of them to the policy, then restart.',
  'finding.cipher-suites-no-tls12.local.title':
    'The local cipher-suite list has no suite Office 365 accepts',
  'finding.cipher-suites-no-tls12.local.advice':
    'Office 365 accepts for TLS 1.2 only: {office365}. The {count} suites of the local order (no group policy overrides it) share none of them, so the TLS 1.2 handshake fails with no cipher suite in common (Schannel event 36874). Add at least one of them, then restart.',
  'finding.exchange-build-no-tls12.title': '{build} cannot do TLS 1.2 on SMTP',
  'finding.exchange-build-no-tls12.advice':
    'No registry change helps this build. Install at least {minimum}, better the latest update, then run the checks again.',
  'finding.exchange-build-below-guidance.title': '{build} is older than the TLS 1.2 guidance',
  'finding.exchange-build-below-guidance.advice':
    'Microsoft recommends at least {minimum} for TLS 1.2 with Office 365. Plan the update.',
  'finding.exchange-out-of-support.title': '{product} has been out of support since {date}',
  'finding.exchange-out-of-support.advice':
    'Microsoft no longer fixes it or ships security updates for it, TLS ones included. Mail flow with Office 365 does not stop on that date, but nothing found later will be fixed. The supported product is Exchange Server Subscription Edition (SE).',
  'finding.exchange-out-of-support.in-place.title':
    '{product} has been out of support since {date}',
  'finding.exchange-out-of-support.in-place.advice':
    'Microsoft no longer fixes it or ships security updates for it, TLS ones included. The supported product is Exchange Server Subscription Edition (SE): Exchange 2019 CU14 or CU15 can be upgraded to it in place, like installing a CU.',
  'finding.exchange-out-of-support.migrate.title': '{product} has been out of support since {date}',
  'finding.exchange-out-of-support.migrate.advice':
    'Microsoft no longer fixes it or ships security updates for it, TLS ones included. The supported product is Exchange Server Subscription Edition (SE): install SE servers beside this one and move mailboxes and mail flow to them (SE cannot upgrade Exchange 2016 in place).',
  'finding.exchange-out-of-support.migrate-twice.title':
    '{product} has been out of support since {date}',
  'finding.exchange-out-of-support.migrate-twice.advice':
    'Microsoft no longer fixes it or ships security updates for it, TLS ones included. The supported product is Exchange Server Subscription Edition (SE), which cannot share an organization with this version: move to Exchange 2016 or 2019 first, then to SE.',
  'finding.exchange-cu-not-supported.title': '{cu} is no longer a supported cumulative update',
  'finding.exchange-cu-not-supported.advice':
    'Microsoft supports only the latest cumulative updates, and ships security updates only for them. This server runs {build}; the latest is {latestCu} (released {latestDate}). Install it, then its latest security update.',
  'finding.exchange-updates-behind.title':
    '{build} is {count, plural, one {# update} other {# updates}} behind',
  'finding.exchange-updates-behind.advice':
    'The latest update for this cumulative update is {latest} (released {date}). Each update contains the ones before it: install the latest.',
  'finding.exchange-updates-behind.rollups.title':
    '{build} is {count, plural, one {# update rollup} other {# update rollups}} behind',
  'finding.exchange-updates-behind.rollups.advice':
    'The last update rollup for Exchange 2010 SP3 is {latest} (released {date}). Each rollup contains the ones before it: install the last one.',
  'finding.exchange-update-level-unknown.title':
    'The security updates installed on {product} are unknown',
  'finding.exchange-update-level-unknown.advice':
    "The version shown, {build}, comes from the setup key's Msi values, which give the cumulative update only: security updates change just the file version of bin\\ExSetup.exe, and it was not read. Run the tool on the server, or docs/collect/collect-tls-registry.cmd (it records that version in tls-exsetup.txt) and diagnose the folder.",
  'finding.exchange-update-level-unknown.rollup.title':
    'The update rollup installed on Exchange 2010 is unknown',
  'finding.exchange-update-level-unknown.rollup.advice':
    "Exchange 2010 update rollups do not change the setup key's Msi values, which say {build}. TLS 1.2 needs at least {minimum}, and the registry cannot tell whether it is installed: the file version of bin\\ExSetup.exe can. Run the tool on the server, or docs/collect/collect-tls-registry.cmd (it records that version in tls-exsetup.txt) and diagnose the folder.",
  'finding.exchange-update-level-unknown.rollup-at-least.title':
    'The update rollup installed on Exchange 2010 may be newer than the registry says',
  'finding.exchange-update-level-unknown.rollup-at-least.advice':
    "Exchange 2010 update rollups do not always change the setup key's Msi values: this server has at least {build}, and the file version of bin\\ExSetup.exe tells which rollup it really has. Run the tool on the server, or docs/collect/collect-tls-registry.cmd (it records that version in tls-exsetup.txt) and diagnose the folder.",
  'finding.exchange-build-table-old.title': 'The Exchange build table is from {asOf}',
  'finding.exchange-build-table-old.advice':
    'This copy of the tool knows Exchange updates released up to {asOf}. Later ones are missing, so the update count and the build names may be out of date: use a newer version of the tool.',
  'finding.windows-out-of-support.title': '{os} has been out of support since {date}',
  'finding.windows-out-of-support.advice':
    'Windows no longer gets security updates here, Schannel ones included. Mail flow with Office 365 does not stop on that date, but plan a move to a supported Windows Server (Exchange SE runs on Windows Server 2019, 2022 and 2025).',
  'finding.restart-pending.title': 'Windows is waiting for a restart',
  'finding.restart-pending.advice':
    'Changes already made (updates, or registry changes) take effect only after a restart.',
  'finding.tls13-not-supported-by-exchange.title':
    'TLS 1.3 is on but {product} does not support it',
  'finding.tls13-not-supported-by-exchange.advice':
    'Schannel on {os} uses TLS 1.3 here, and this Exchange build does not support it: Health Checker reports this as an error. Exchange supports TLS 1.3 only from Exchange 2019 CU15 (or Exchange SE) on Windows Server 2022 and later. Update Exchange, or switch TLS 1.3 off (Enabled=0, DisabledByDefault=1 under TLS 1.3\\Client and \\Server) and restart.',
  'finding.legacy-tls-enabled.title': 'TLS 1.0 or 1.1 is still on',
  'finding.legacy-tls-enabled.advice':
    'This does not break mail flow. Switching them off is a separate hardening project: do not do it to fix Office 365 mail flow.',
  'finding.legacy-tls-enabled.safe.title': 'TLS 1.0 or 1.1 is still on',
  'finding.legacy-tls-enabled.safe.advice':
    'This does not break mail flow, and switching them off is a separate hardening project, not a mail-flow fix. Should you do it: {build} allows it, and the .NET 4 switches are set; test with every client and partner that still uses TLS 1.0 or 1.1 first.',
  'finding.legacy-tls-enabled.update-first.title': 'TLS 1.0 or 1.1 is still on (keep them on)',
  'finding.legacy-tls-enabled.update-first.advice':
    'This does not break mail flow. Do not switch them off on {build}: it needs TLS 1.0 or 1.1 for its own connections. Switching them off is safe only from {minimum}, with the .NET 4 switches (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1) set.',
  'finding.legacy-tls-enabled.check-rollup.title': 'TLS 1.0 or 1.1 is still on',
  'finding.legacy-tls-enabled.check-rollup.advice':
    "This does not break mail flow. Switching them off is safe only from {minimum}, with the .NET switches set; the setup key cannot show which rollup is installed, so check bin\\ExSetup.exe's file version before you do.",
  'finding.legacy-tls-enabled.dotnet-first.title': 'TLS 1.0 or 1.1 is still on',
  'finding.legacy-tls-enabled.dotnet-first.advice':
    'This does not break mail flow. {build} allows switching them off, but only once the .NET 4 switches (SystemDefaultTlsVersions=1, SchUseStrongCrypto=1, both registry views) are set: without them .NET code in Exchange would lose its only protocols. It is a separate hardening project, not a mail-flow fix.',
  'finding.legacy-tls-off-build-too-old.title':
    'TLS 1.0/1.1 are switched off, and {build} still needs them',
  'finding.legacy-tls-off-build-too-old.advice':
    'Exchange builds before {minimum} use TLS 1.0 or 1.1 for some of their own connections, which fail with them off. Install {minimum} or later (better the latest update); until then switch TLS 1.0 and 1.1 back on (Enabled=1, DisabledByDefault=0) and restart.',
  'finding.legacy-tls-off-build-too-old.unknown.title':
    'TLS 1.0/1.1 are switched off; is Exchange 2010 at {minimum} or later?',
  'finding.legacy-tls-off-build-too-old.unknown.advice':
    "Exchange 2010 before {minimum} uses TLS 1.0 or 1.1 for some of its own connections, and the setup key cannot show which update rollup is installed. Check bin\\ExSetup.exe's file version (or run the collect script, which records it): below {minimum}, install the last rollup or switch TLS 1.0 and 1.1 back on.",
  'finding.os-version-unknown.title': 'The Windows build is unknown',
  'finding.os-version-unknown.advice':
    'The registry holds no CurrentBuild under HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion. What Schannel does with a value that is not set depends on the build (TLS 1.2 off on Windows Server 2008 R2, on from 2012), so nothing that depends on a default was decided.',
  'finding.registry-value-wrong-type.title':
    '{count, plural, one {# value has the wrong type and is ignored} other {# values have the wrong type and are ignored}}',
  'finding.registry-value-wrong-type.advice':
    'Windows reads these values only as REG_DWORD. Delete them and create them again as DWORD (32-bit) values.',
  'finding.registry-export-incomplete.title':
    'The registry export does not show enough for a verdict',
  'finding.registry-export-incomplete.advice':
    'A verdict needs the Windows build, the Schannel protocol keys, the cipher-suite order, and the .NET and Exchange keys of HKLM\\SOFTWARE (without them, "no Exchange" cannot be told from "not exported"). The lines below say what is missing. Run these commands on the server in an elevated Command Prompt (an error for Policies or SMTPSVC only means that key does not exist there; an error for ExchangeServer proves nothing by itself: on a server without Exchange, run docs/collect/collect-tls-registry.cmd instead, which records that it is not installed):\n{commands}',
  'finding.control-set-fallback.title':
    'The export has no CurrentControlSet: {controlSet} was read',
  'finding.control-set-fallback.advice':
    'This looks like an offline-loaded SYSTEM hive. Windows runs on the control set HKLM\\SYSTEM\\Select names, so the Schannel values were read from there.',
  'finding.control-set-fallback.select.title':
    'The export has no CurrentControlSet: {controlSet} was read, as Select names it',
  'finding.control-set-fallback.select.advice':
    'This looks like an offline-loaded SYSTEM hive. Windows runs on the control set HKLM\\SYSTEM\\Select\\Current names, so the Schannel values were read from {controlSet}.',
  'finding.control-set-fallback.only-one.title':
    'The export has no CurrentControlSet: {controlSet}, the only control set, was read',
  'finding.control-set-fallback.only-one.advice':
    'The export holds neither CurrentControlSet nor HKLM\\SYSTEM\\Select, so {controlSet}, the only control set in it, was taken for the one Windows runs on.',
  'finding.control-set-differs.title':
    'CurrentControlSet and {controlSet} disagree on {count, plural, one {# value} other {# values}}',
  'finding.control-set-differs.advice':
    'Windows runs on the control set Select names ({controlSet}), and CurrentControlSet is normally that very set, so an export where they differ was edited or put together from different moments. This diagnosis used CurrentControlSet. Export the keys again in one go to be sure.',

  'schannelState.enabled': 'Enabled',
  'schannelState.disabled': 'Disabled',
  'schannelState.half-disabled': 'Half Disabled',
  'schannelState.misconfigured': 'Misconfigured',

  'cli.machine': 'Machine',
  'cli.exchange': 'Exchange',
  'cli.exchangeNone': 'not installed',
  'cli.exchangeNoneRelay': 'not installed (the IIS SMTP service relays mail)',
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
  'cli.problems': '{count, plural, one {# problem} other {# problems}}: {kinds}',
  'cli.problem': '1 problem: {kinds}',
  'cli.count.error': '1 error',
  'cli.count.errors': '{count, plural, one {# error} other {# errors}}',
  'cli.count.warning': '1 warning',
  'cli.count.warnings': '{count, plural, one {# warning} other {# warnings}}',
  'cli.count.info': '1 note',
  'cli.count.infos': '{count, plural, one {# note} other {# notes}}',
  'cli.noProblems': 'No problems.',
  'cli.also': 'also',
  'cli.unknown': '?',
} as const
