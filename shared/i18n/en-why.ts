/**
 * English "why this matters" for each problem, the titles of the official pages the wizard links
 * to, and probe outcomes in plain words (merged into the wizard's messages).
 */
export const enWhy = {
  'why.heading': 'Why this matters',
  'why.learnMore': 'Learn more',
  'why.evidence-incomplete':
    'Without these keys nobody can tell whether TLS 1.2 works here; a report that says "healthy" on missing evidence would send you looking elsewhere.',
  'why.tls12-off-both':
    'Office 365 accepts and sends mail only over TLS 1.2 or later. With TLS 1.2 off, mail between this server and Office 365 stops both ways.',
  'why.tls12-off-incoming':
    'Office 365 connects to this server with TLS 1.2 only. With the Server side off, mail from Office 365 to this server fails.',
  'why.tls12-off-outgoing':
    'This server connects to Office 365 as a TLS client. With the Client side off it offers only TLS 1.0 or 1.1, and Office 365 drops the connection (421 4.4.2 SocketError).',
  'why.tls12-inconsistent':
    'When the Client and Server keys disagree, sending and receiving behave differently: mail may work one way and fail the other, which is hard to diagnose later.',
  'why.exchange-too-old':
    'Older Exchange builds cannot use TLS 1.2 at all, whatever the registry says: the registry fix alone will not restore mail flow.',
  'why.exchange-tls13':
    'This Exchange build does not support TLS 1.3; with it on, connections can fail in ways that look like a TLS 1.2 problem.',
  'why.legacy-tls-off':
    'This Exchange build still needs TLS 1.0/1.1 internally; with them off, parts of Exchange can stop working.',
  'why.exchange-updates':
    'Builds out of support or behind on updates miss TLS fixes and security updates; Microsoft support will ask for a current build first.',
  'why.windows-support':
    'An operating system out of support gets no TLS fixes any more; plan a move to a supported Windows Server.',
  'why.cipher-suites':
    'TLS 1.2 needs a cipher suite both sides know. With none in common with Office 365, the handshake fails even with TLS 1.2 on.',
  'why.dotnet':
    'Exchange is built on .NET. Without these switches .NET may still pick TLS 1.0, and Exchange features that call Office 365 (hybrid, free/busy) fail.',
  'why.winhttp':
    "WinHTTP carries some of Exchange's and Windows' own connections; without TLS 1.2 in its defaults they fail against Office 365.",
  'why.wire-tls12-refused':
    'This is what the server did on the wire, not what the registry says: a server that refuses TLS 1.2 cannot exchange mail with Office 365.',
  'why.wire-tls12-client':
    "Office 365 only speaks TLS 1.2 or later; this server's client side must offer it to send mail there.",
  'why.starttls-missing':
    'Without STARTTLS the mail goes unencrypted or, where TLS is required, not at all (451 5.7.3 Must issue a STARTTLS command first).',
  'why.unreachable':
    'Nothing about TLS could be measured for this server; check the name, the port and the firewall, then check again.',
  'why.smtp-rejected':
    'The server stopped the SMTP conversation before TLS could start, so nothing about its TLS could be measured. Mail sent from the same place meets the same refusal; where TLS is required, a session without STARTTLS ends with 451 5.7.3 Must issue a STARTTLS command first.',
  'why.certificate':
    'Connectors that require TLS check the certificate; an expired, untrusted or wrongly named certificate makes Office 365 refuse or defer the mail.',
  'why.control-sets-differ':
    'Windows starts from the control set that Select\\Current names; values written only to another one have no effect.',
  'why.ignored-entries':
    'Windows reads only exact key and value names and DWORD types; entries typed from a translated page or with the wrong type change nothing.',
  'why.schannel-consistency':
    'Values that are missing or contradict each other leave TLS to the Windows default, which differs between versions.',
  'why.restart-pending':
    'Schannel reads its settings only when Windows starts: changes made since the last start are not in effect yet.',
  'why.legacy-tls':
    'TLS 1.0/1.1 do not stop mail to Office 365, but they are outdated; turn them off only after checking which other peers still need them.',
  'why.control-set-read':
    'The values were read from the control set Windows starts from; it is what the next start uses.',
  'why.health-checker-words':
    'Health Checker names this state differently; the words are given so that both tools can be compared.',
  'why.values-not-0-or-1':
    'Windows treats any non-zero value as 1; the value works but is unusual and worth cleaning up.',
  'why.mail-flow-failing':
    'The protocol logs show real sessions with Office 365 failing: this is mail that did not arrive, not a theoretical risk.',
  'why.legacy-tls-peers':
    'These peers still connect with TLS 1.0 or 1.1; they break the day those versions are turned off here or on their side.',
  'why.logs-evidence':
    'The protocol logs are the only record of what the server actually did; without them a fix cannot be proven from the server itself.',
  'why.schannel-events':
    'Windows logs every failed TLS handshake in the System log; these events show which side refused and why.',
  'why.notes': 'Background facts about this server; nothing here stops mail flow.',

  'link.article': 'Microsoft support: cannot send or receive email when using TLS 1.1 or TLS 1.0',
  'link.tlsPart1': 'Exchange Team: TLS guidance part 1, getting ready for TLS 1.2',
  'link.tlsPart2': 'Exchange Team: TLS guidance part 2, enabling TLS 1.2',
  'link.tlsScenarios':
    'Exchange Team: email scenarios if TLS versions cannot be agreed with Exchange Online',
  'link.kb3140245': 'KB3140245: TLS 1.1 and 1.2 as default secure protocols in WinHTTP',
  'link.exchangeTls': 'Exchange Server TLS configuration best practices',
  'link.tlsRegistry': 'Windows: TLS registry settings',
  'link.builds': 'Exchange Server build numbers and release dates',
  'link.protocolLogging': 'Exchange: protocol logging',

  'probe.col.o365': 'For Office 365',
  'probe.judge.needed-ok': 'Good: Office 365 uses this',
  'probe.judge.needed-missing': 'Problem: Office 365 needs TLS 1.2',
  'probe.judge.needed-unknown': 'Not measured: Office 365 needs TLS 1.2',
  'probe.judge.tls13-ok': 'Good (optional)',
  'probe.judge.tls13-missing': 'Fine: TLS 1.2 is enough',
  'probe.judge.legacy-on': 'Not used by Office 365; turn off later, after checking other peers',
  'probe.judge.legacy-off': 'Fine: Office 365 does not use it',
  'probe.judge.untested': 'Not measured',
  'probe.outcome.accepted': 'accepted',
  'probe.outcome.refused': 'refused',
  'probe.outcome.untestable': 'cannot be tested from here',
  'probe.outcome.timeout': 'no answer in time',
  'probe.outcome.unreachable': 'could not connect',
  'probe.outcome.smtp-rejected': 'not tried: the SMTP session was rejected',
  'probe.code.protocol-version': 'The server refused this TLS version',
  'probe.code.handshake': 'The TLS handshake failed',
  'probe.code.self-signed': 'The certificate is self-signed',
  'probe.code.untrusted': 'The certificate is not from a trusted authority',
  'probe.code.expired': 'The certificate has expired',
  'probe.code.name': 'The certificate is for another name',
  'probe.code.refused': 'Nothing listens on this port (connection refused)',
  'probe.code.reset': 'The server closed the connection',
  'probe.code.timeout': 'No answer in time',
  'probe.code.dns': 'The name could not be looked up (DNS)',
  'probe.code.unreachable': 'The network cannot reach this address',
  'probe.code.local-stack': "This computer's own TLS library cannot offer this version",
  'probe.code.other': 'The connection failed',
  'probe.code.smtp-rejected': 'The SMTP server ended the session before TLS could start',
} as const
