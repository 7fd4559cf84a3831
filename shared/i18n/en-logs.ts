/** English messages for protocol logs and Schannel events (merged into the English catalog). */

// The commands that turn protocol logging on, in the words of the Exchange Management Shell.
const TURN_ON = [
  'Set-SendConnector -Identity "Outbound to Office 365" -ProtocolLoggingLevel Verbose',
  'Get-SendConnector | Set-SendConnector -ProtocolLoggingLevel Verbose',
  'Get-ReceiveConnector -Server {server} | Set-ReceiveConnector -ProtocolLoggingLevel Verbose',
  'Set-TransportService {server} -IntraOrgConnectorProtocolLoggingLevel Verbose',
  'Get-TransportService {server} | Format-List *ProtocolLogPath',
]
  .map((c) => `  ${c}`)
  .join('\n')

export const enLogs = {
  'finding.logs-o365-tls-failing.title': 'Mail {toFrom} Office 365 fails on {connector}',
  'finding.logs-o365-tls-failing.advice':
    '{sentence}. No session with Office 365 succeeded after the last failure. Office 365 takes mail only over TLS 1.2 or later: turn TLS 1.2 on for Schannel, restart, then scan the logs again: the sessions after the fix should show TLS 1.2.',
  'finding.logs-o365-tls-failing.send.title': 'Mail to Office 365 fails on {connector}',
  'finding.logs-o365-tls-failing.send.advice':
    '{sentence}. No session to Office 365 succeeded after the last failure. This server is the TLS client here (Schannel Client) and Office 365 takes only TLS 1.2 or later: turn TLS 1.2 on for the client side, set the .NET 4 switches, restart, then scan the logs again: the sessions after the fix should show TLS 1.2.',
  'finding.logs-o365-tls-failing.receive.title': 'Mail from Office 365 fails on {connector}',
  'finding.logs-o365-tls-failing.receive.advice':
    '{sentence}. No session from Office 365 succeeded after the last failure. Office 365 connects here as a TLS client and uses only TLS 1.2 or later, which Schannel Server on this machine must answer: turn TLS 1.2 on for the server side, check the certificate bound to SMTP, restart, then scan the logs again.',
  'finding.logs-o365-tls-working.title': 'Mail {toFrom} Office 365 works on {connector}',
  'finding.logs-o365-tls-working.advice': '{sentence}.',
  'finding.logs-o365-tls-working.send.title': 'Mail to Office 365 works on {connector}',
  'finding.logs-o365-tls-working.send.advice': '{sentence}.',
  'finding.logs-o365-tls-working.receive.title': 'Mail from Office 365 works on {connector}',
  'finding.logs-o365-tls-working.receive.advice': '{sentence}.',
  'finding.logs-starttls-required.title':
    'Refused on {connector} because TLS was not started: {sessions}',
  'finding.logs-starttls-required.advice':
    'The receiving side answered 451 5.7.3 or 530 5.7.0 (STARTTLS required): the sender did not start TLS. Last time: {last}.',
  'finding.logs-starttls-required.send.title':
    'Refused on {connector}, the other side requires STARTTLS: {sessions}',
  'finding.logs-starttls-required.send.advice':
    'The receiving server answered 451 5.7.3 (or 530 5.7.0): it requires TLS. Exchange tries again without TLS when TLS fails and the connector does not require it, so this usually follows a TLS failure (with Office 365: {office365}; last time {last}). Make TLS 1.2 work first; a 450 4.4.317 with the same words after a certificate renewal means the connector still names the old certificate (TlsCertificateName).',
  'finding.logs-starttls-required.receive.title':
    'Refused on {connector}, this server requires STARTTLS and the sender did not start it: {sessions}',
  'finding.logs-starttls-required.receive.advice':
    'This receive connector answered 451 5.7.3 (or 530 5.7.0) because it requires TLS and the sender did not send STARTTLS (last time {last}). If the sessions show no 250-STARTTLS, this server did not offer it: check that a valid certificate with its private key is enabled for SMTP (Get-ExchangeCertificate, Enable-ExchangeCertificate -Services SMTP).',
  'finding.logs-legacy-tls-peers.title': '{peerCount} still use TLS 1.0 or 1.1 on {connector}',
  'finding.logs-legacy-tls-peers.advice':
    'Mail {toFrom} these peers works today with an old TLS version: {peers}. It breaks on the day either side switches TLS 1.0/1.1 off. Ask them to move to TLS 1.2 before you disable the old versions.',
  'finding.logs-legacy-tls-peers.send.title':
    '{peerCount} this server sends to still use TLS 1.0 or 1.1 ({connector})',
  'finding.logs-legacy-tls-peers.send.advice':
    'These servers accepted mail from this one only with an old TLS version: {peers}. Mail to them breaks on the day either side switches TLS 1.0/1.1 off. Ask their administrators to enable TLS 1.2 before you disable the old versions here.',
  'finding.logs-legacy-tls-peers.receive.title':
    '{peerCount} that send here still use TLS 1.0 or 1.1 ({connector})',
  'finding.logs-legacy-tls-peers.receive.advice':
    'These senders reached this server only with an old TLS version: {peers}. Their mail breaks on the day either side switches TLS 1.0/1.1 off. Ask their administrators to enable TLS 1.2 before you disable the old versions here.',
  'finding.logs-not-found.title': 'No SMTP protocol logs were found',
  'finding.logs-not-found.advice': `Looked in: {folders}. Protocol logging is off by default on most connectors, so the evidence of what the server did is missing. Turn it on in the Exchange Management Shell (the first line for the Office 365 send connector only, the next ones for every connector), wait for mail to flow, then scan again:\n${TURN_ON}`,
  'finding.logs-files-unreadable.title': '{files} could not be read',
  'finding.logs-files-unreadable.advice':
    'The other files were counted. First one: {file}: {reason}.',
  'finding.logs-files-unreadable.all.title':
    '{count, plural, one {The log file could not be read} other {None of the # log files could be read}}',
  'finding.logs-files-unreadable.all.advice':
    'So nothing is known of what the server did. First one: {file}: {reason}. Name the Exchange protocol logs themselves, as a user who may read them (an administrator on the Exchange server can).',
  'finding.schannel-tls-events.title': 'Schannel logged TLS errors ({count})',
  'finding.schannel-tls-events.advice':
    'System log, source Schannel: {kinds}. 36887 is an alert received from the other side, 36888 one this machine sent, 36874 means no cipher suite in common, 36871 that no TLS credential could be made (often: no protocol enabled).',
  'finding.schannel-tls-events.protocol-version.title':
    'Schannel logged TLS errors ({count}), among them protocol_version alerts',
  'finding.schannel-tls-events.protocol-version.advice':
    'System log, source Schannel: {kinds}. Alert 70 (protocol_version) means the two sides have no TLS version in common: typically this server offers only TLS 1.0 and Office 365 wants TLS 1.2.',

  'problem.mail-flow-failing.title': 'Mail with Office 365 is failing (the protocol logs show it)',
  'problem.legacy-tls-peers.title': 'Some partners still use TLS 1.0 or 1.1',
  'problem.logs-evidence.title': 'The protocol logs are missing or unreadable',
  'problem.schannel-events.title': 'Schannel logged TLS errors',

  'check.logs': 'Protocol logs and Schannel events',
  'logs.progress': '{files} of {filesTotal} log files, {mb} of {mbTotal} MB read',

  'logs.direction.send': 'send',
  'logs.direction.receive': 'receive',
  'logs.summary.connector': '{connector} ({direction}): {sentence}',
  'logs.summary.to': 'to',
  'logs.summary.from': 'from',
  'logs.summary.failed': '{sessions} {toFrom} Office 365 failed with {reason} since {since}',
  'logs.summary.failedMixed':
    '{sessions} {toFrom} Office 365 failed (most often with {reason}) since {since}',
  'logs.summary.traffic': '{sessions} {toFrom} Office 365, {versions}',
  'logs.summary.lastWorked': '{version} last worked {time}',
  'logs.summary.neverWorked': 'no session with Office 365 succeeded with TLS in these logs',
  'logs.summary.afterFix': 'since the fix: {sessions}, {versions}',
  'logs.summary.afterFixNone': 'since the fix: no session with Office 365 yet',
  'logs.summary.recovered': 'it works again since then',
  'logs.versions.all': 'all {version}',
  'logs.versions.failed': '{count} failed',
  'logs.versions.noTls': '{count} without TLS',
  'logs.versions.other': '{count} other',
  'logs.reason.tls': 'TLS negotiation {error}',
  'logs.reason.starttls': '{code} (STARTTLS required)',
  'logs.reason.unknown': 'an unknown error',
  'logs.andMore': ' and {count} more',
  'logs.noFolder': 'no folder',
  'logs.alert': 'alert',
  'logs.word.session': '1 session',
  'logs.word.sessions': '{count, plural, one {# session} other {# sessions}}',
  'logs.word.server': '1 server',
  'logs.word.servers': '{count, plural, one {# server} other {# servers}}',
  'logs.word.file': '1 log file',
  'logs.word.files': '{count, plural, one {# log file} other {# log files}}',
  'logs.word.folder': '1 folder',
  'logs.word.folders': '{count, plural, one {# folder} other {# folders}}',

  'logs.cli.read': 'Protocol logs: {files} ({size}), {rows} rows, {sessions}, in {folders}',
  'logs.cli.beforeSince':
    '{count, plural, one {# session} other {# sessions}} before {since} left out',
  'logs.cli.pivot': 'Fix applied: {time} ({source})',
  'logs.cli.pivot.state-file': "from the wizard's state file",
  'logs.cli.pivot.option': 'from --fix-time',
  'logs.cli.summary': 'What happened with Office 365',
  'logs.cli.noOffice365': 'No session with Office 365 in these logs.',
  'logs.cli.connectors': 'Connectors',
  'logs.cli.col.connector': 'Connector',
  'logs.cli.col.direction': 'Direction',
  'logs.cli.col.sessions': 'Sessions',
  'logs.cli.col.office365': 'Office 365',
  'logs.cli.col.tls': 'TLS ok',
  'logs.cli.col.failed': 'TLS failed',
  'logs.cli.col.starttls': 'STARTTLS req.',
  'logs.cli.col.noTls': 'No TLS',
  'logs.cli.col.connection': 'No connection',
  'logs.cli.col.versions': 'Versions',
  'logs.cli.legacy': 'Peers still on TLS 1.0/1.1',
  'logs.cli.legacyPeer': '{peer}: {version}, {sessions}, last {time} ({connector}, {direction})',
  'logs.cli.events': 'Schannel events ({location})',
  'logs.cli.eventsError': 'Schannel events could not be read ({location}): {error}',
  'logs.cli.noEvents': 'No Schannel event 36871, 36874, 36887 or 36888 in the period.',
  'logs.cli.event': '{event}: {count} (first {first}, last {last})',
  'logs.cli.fileProblems': 'Files not read whole',
  'logs.cli.fileProblem.truncated':
    '{count, plural, one {# truncated last row} other {# truncated last rows}}',
  'logs.cli.fileProblem.bad':
    '{count, plural, one {# row} other {# rows}} with the wrong number of fields',
  'logs.cli.findings': 'Findings',
} as const
