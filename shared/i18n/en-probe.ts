/** English messages for live probes and probe findings (merged into the English catalog). */
export const enProbe = {
  'probe.phase.resolve': 'name lookup',
  'probe.phase.connect': 'connect',
  'probe.phase.banner': 'the greeting',
  'probe.phase.ehlo': 'EHLO',
  'probe.phase.starttls': 'STARTTLS',
  'probe.phase.handshake': 'the TLS handshake',
  'probe.phase.mail': 'MAIL FROM',

  'probe.error.dns': 'the name {host} could not be resolved ({code})',
  'probe.error.refused': 'the port is closed (connection refused)',
  'probe.error.connect': 'no TCP connection: {reason}',
  'probe.error.connectTimeout': 'no TCP connection within {ms} ms',
  'probe.error.phaseTimeout': 'no answer during {phase} within {ms} ms',
  'probe.error.partialTimeout':
    'the reply during {phase} was still incomplete after {ms} ms: "{text}"',
  'probe.error.overallTimeout': 'the time limit of {ms} ms ran out during {phase}',
  'probe.error.closed': 'the server closed the connection during {phase}',
  'probe.error.socket': 'network error during {phase}: {reason}',
  'probe.error.lineTooLong': 'a reply line during {phase} is longer than {max} bytes',
  'probe.error.tooMuchData': 'the server sent more than {max} bytes during {phase}',
  'probe.error.notSmtp': 'the answer during {phase} is not SMTP: "{text}"',
  'probe.error.greeting': 'the server did not greet with 220: {reply}',
  'probe.error.ehlo': 'EHLO and HELO were both rejected: {reply}',
  'probe.error.starttlsNotOffered': 'the server does not offer STARTTLS',
  'probe.error.starttlsRejected': 'STARTTLS was answered with {reply}',
  'probe.error.tlsAlert': 'the server sent a TLS alert: {reason}',
  'probe.error.notTls': 'the server did not answer in TLS ({reason})',
  'probe.error.otherVersion': 'the server answered with another TLS version ({reason})',
  'probe.error.droppedInHandshake': 'the server closed the connection during the TLS handshake',
  'probe.error.tls': 'TLS handshake failed: {reason}',
  'probe.error.tooLarge':
    'the server sent a handshake message larger than {stack} accepts ({reason}), most likely a certificate chain over 100 KB: {version} could not be tested',
  'probe.error.untestable': '{stack} on this machine cannot offer {version} ({reason})',
  'probe.error.notInStack': 'this build does not support it',
  'probe.error.notTried': 'not tried: the time limit of {ms} ms was already used up',

  'probe.stack.unknown': 'an unknown TLS library',

  'probe.target.empty': 'give a host name or address, for example mail.contoso.com:25',
  'probe.target.badPort': '"{port}" is not a port number (1 to 65535)',
  'probe.target.badHost': '"{host}" is not a valid host name or IP address',
  'probe.target.badDomain': '"{domain}" is not a valid domain name, for example contoso.com',

  'probe.cli.oneTarget': 'give at least one target: tlswizard probe HOST[:PORT] [HOST[:PORT]...]',
  'probe.cli.badStarttls': '--starttls takes "smtp" or "none", not "{value}"',
  'probe.cli.badTimeout': '--timeout takes milliseconds between {min} and {max}, not "{value}"',

  'probe.title': 'Probe of {target} ({mode}) with {stack}, {ms} ms',
  'probe.mode.starttls': 'SMTP STARTTLS',
  'probe.mode.implicit': 'implicit TLS',
  'probe.starttlsOffered': 'STARTTLS offered',
  'probe.starttlsRequired': 'STARTTLS required',
  'probe.yes': 'yes',
  'probe.no': 'no',
  'probe.unknown': 'unknown',
  'probe.col.version': 'Version',
  'probe.col.result': 'Result',
  'probe.col.protocol': 'Protocol',
  'probe.col.cipher': 'Cipher',
  'probe.col.detail': 'Detail',
  'probe.result.accepted': 'accepted',
  'probe.result.refused': 'refused',
  'probe.result.untestable': 'untestable',
  'probe.result.timeout': 'timeout',
  'probe.result.unreachable': 'unreachable',
  'probe.result.smtp-rejected': 'rejected before TLS',
  'probe.cert.title': 'Certificate (seen on {version})',
  'probe.cert.subject': 'Subject',
  'probe.cert.names': 'Names',
  'probe.cert.issuer': 'Issuer',
  'probe.cert.valid': 'Valid',
  'probe.cert.validRange': '{from} to {to}',
  'probe.cert.expired': 'EXPIRED',
  'probe.cert.trusted': 'Trusted',
  'probe.cert.nameMatches': 'Matches {host}',
  'probe.cert.none': 'No certificate: no version was accepted.',
  'probe.unreachable': 'The target could not be reached: {error}',

  'probe.schannel.notWindows': 'the Schannel probe needs Windows PowerShell, which is not here',
  'probe.schannel.failed': 'Windows PowerShell could not run the Schannel probe: {reason}',
  'probe.schannel.timeout': 'the Schannel probe did not finish within {ms} ms',
  'probe.schannel.noOutput': 'the Schannel probe printed no JSON (exit code {code}): {stderr}',
  'probe.schannel.notJson': 'the Schannel probe output is not valid JSON: {reason}',
  'probe.schannel.invalid': 'the Schannel probe output does not have the expected shape: {issues}',

  'finding.probe-unreachable.title': '{target} could not be reached',
  'finding.probe-unreachable.advice':
    'No TLS version could even open a connection ({error}). Check the name, the port, the firewall and that the SMTP service is running, then probe again.',
  'finding.probe-smtp-rejected.title':
    '{target} rejected the SMTP session before any TLS handshake',
  'finding.probe-smtp-rejected.advice':
    'No TLS version was tried ({error}), so this says nothing yet about TLS 1.2 on that server. A rejected greeting or EHLO (a 5xx reply, or 421 when too many connections are open) means its receive connector does not take this machine: check RemoteIPRanges, block lists and connection limits there, or read the reason in its protocol log. A refused STARTTLS (such as 454 4.7.0 TLS not available) means it has no usable certificate for SMTP: assign a valid one with a private key (Enable-ExchangeCertificate -Services SMTP). A reply that is too large or not SMTP means another service answers on this port. Then probe again.',
  'finding.starttls-not-offered.title': '{target} does not offer STARTTLS',
  'finding.starttls-not-offered.advice':
    'The EHLO answer has no STARTTLS, so mail to and from Office 365 over this connector is not encrypted, and connectors that require TLS fail. Check that the receive connector has a valid certificate with a private key and that TLS is allowed on it.',
  'finding.probe-tls12-refused.title': '{target} refuses TLS 1.2',
  'finding.probe-tls12-refused.advice':
    'Office 365 only speaks TLS 1.2 or later, so it cannot exchange mail with this server ({error}).',
  'finding.tls12-refused-despite-registry.title':
    'The registry enables TLS 1.2 but {target} still refuses it',
  'finding.tls12-refused-despite-registry.advice':
    'Schannel reads its keys only at start-up: restart the server if they were changed since. If it still refuses after a restart, the Exchange build may not support TLS 1.2 on SMTP: update it.',
  'finding.o365-needs-tls12-client.title':
    'Office 365 ({target}) accepts only TLS 1.2 or later, which this server cannot send with',
  'finding.o365-needs-tls12-client.advice':
    'The endpoint refuses TLS 1.0 and 1.1 on the wire, and the evidence shows that this server cannot offer TLS 1.2 when it sends. Enable TLS 1.2 for the Schannel Client side, set the .NET switches, and restart.',
  'finding.certificate-expired.title': 'The certificate of {target} expired on {validTo}',
  'finding.certificate-expired.advice':
    'Partners that check certificates, Office 365 connectors among them, reject an expired certificate. Renew it, assign it to SMTP, and update TlsCertificateName on the connectors that name it.',
  'finding.certificate-name-mismatch.title':
    'The certificate of {target} does not carry the name {host}',
  'finding.certificate-name-mismatch.advice':
    'It names {names}. A connector that checks the name (TlsDomain, TlsCertificateName) fails. Use a certificate whose subject or alternative names include the name partners connect to.',
  'finding.certificate-untrusted.title':
    'The certificate of {target} is not from a trusted authority',
  'finding.certificate-untrusted.advice':
    'Verification says {reason}. Opportunistic TLS still works, but Office 365 connectors that validate the certificate reject it. Use a certificate from a public certification authority.',
} as const
