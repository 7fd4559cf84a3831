/**
 * The report's words that the wizard's screens show too (what the registry did not show, how to
 * collect it, a state not known, the protocol-log table): kept apart so that the renderer's English
 * carries them without the rest of the report.
 */
export const enReportScreens = {
  'reportDoc.missing': 'Not shown by the registry: {gaps}.',
  'reportDoc.gap.os-build': 'the Windows build (a value that is not set takes its default)',
  'reportDoc.gap.software': 'HKLM\\SOFTWARE (.NET, WinHTTP, Exchange, cipher-suite policy)',
  'reportDoc.gap.schannel': 'the Schannel protocol keys',
  'reportDoc.gap.control-set': 'the control set Windows runs on',
  'reportDoc.gap.cipher-suites': 'the cipher-suite order',
  'reportDoc.gap.tls12-client': 'whether TLS 1.2 is on for outgoing connections',
  'reportDoc.gap.tls12-server': 'whether TLS 1.2 is on for incoming connections',
  'reportDoc.collect':
    'To decide, run these commands on the server in an elevated Command Prompt (reg export only reads), then the last line where the files are:',
  'reportDoc.collect.script':
    'To decide, export the missing keys on the server (docs/collect/collect-tls-registry.cmd of the wizard exports them all) and diagnose again.',
  'reportDoc.unknownState': 'unknown',
  'reportDoc.protocolLogs.connector': 'Connector',
  'reportDoc.protocolLogs.direction': 'Direction',
  'reportDoc.protocolLogs.office365': 'With Office 365',
  'reportDoc.protocolLogs.before': 'Before the fix',
  'reportDoc.protocolLogs.after': 'Since the fix',
  'reportDoc.protocolLogs.counts':
    '{sessions, plural, one {# session} other {# sessions}}, {failed} failed',
} as const
