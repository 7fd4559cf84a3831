/** English messages of the native Schannel probe and of the findings that compare it. */
export const enSchannel = {
  'schannelProbe.notWindows': 'the Schannel probe runs only on Windows',
  'schannelProbe.missing': 'schannel-probe.exe was not found (looked in {paths})',
  'schannelProbe.failed': 'schannel-probe.exe could not be started: {reason}',
  'schannelProbe.timeout': 'schannel-probe.exe did not finish within {ms} ms and was stopped',
  'schannelProbe.noOutput': 'schannel-probe.exe printed no JSON (exit code {code}): {stderr}',
  'schannelProbe.notJson': 'the output of schannel-probe.exe is not valid JSON: {reason}',
  'schannelProbe.fatal': 'schannel-probe.exe refused the request: {reason}',
  'schannelProbe.invalid':
    'the output of schannel-probe.exe does not have the expected shape: {issues}',

  'finding.schannel-refuses-tls12.title':
    'The registry switches TLS 1.2 on, but Windows did not use it with {target}',
  'finding.schannel-refuses-tls12.advice':
    "Windows' own TLS (Schannel, which Exchange uses) connected to {target} with its default settings and got {got}, although {target} accepts TLS 1.2 and the registry switches TLS 1.2 on for outgoing connections ({error}). Schannel reads these keys only when Windows starts: if they were changed since the last restart, restart the server. If it still happens after a restart, something else keeps TLS 1.2 from working: a group policy that sets the protocols or the cipher suites, or a cipher-suite list with nothing in common with {target}.",
  'finding.schannel-tls12-despite-registry.title':
    'The registry switches TLS 1.2 off, yet Windows still used it with {target}',
  'finding.schannel-tls12-despite-registry.advice':
    "Windows' own TLS (Schannel) negotiated {protocol} with {target} with its default settings, while the registry values below switch TLS 1.2 off for outgoing connections. Schannel reads them only when Windows starts, so they were most likely changed after the last restart: mail works today, and the next restart switches TLS 1.2 off and stops mail to Office 365. Set Enabled=1 and DisabledByDefault=0 before that restart.",
  'finding.schannel-node-disagree.title':
    "This tool's probe and Windows disagree about TLS 1.2 with {target}",
  'finding.schannel-node-disagree.advice':
    "Asked for TLS 1.2 only, this tool's own probe (Node) got {node} and Windows' own TLS (Schannel) got {schannel} ({error}). Exchange uses Schannel, so Schannel's answer is the one mail flow gets.",
  'finding.schannel-node-disagree.schannel-refused.title':
    '{target} accepts TLS 1.2, but Windows on this server could not use it',
  'finding.schannel-node-disagree.schannel-refused.advice':
    "Asked for TLS 1.2 only, this tool's own probe (Node) connected, and Windows' own TLS (Schannel, which Exchange uses) did not ({error}). The server at the other end is fine: this machine's Schannel cannot offer TLS 1.2, or no cipher suite that {target} takes. Check the TLS 1.2 Client keys, the cipher-suite order and any group policy that sets them, and restart after a change.",
  'finding.schannel-node-disagree.node-refused.title':
    "Windows uses TLS 1.2 with {target}, this tool's own probe could not",
  'finding.schannel-node-disagree.node-refused.advice':
    "Asked for TLS 1.2 only, Windows' own TLS (Schannel, which Exchange uses) connected and this tool's own probe (Node) did not ({error}). Mail flow goes through Schannel, so it is not affected; the difference lies in what Node offers (cipher suites or signature algorithms {target} does not take).",

  'problem.schannel-not-as-registry.title':
    'Windows does not use TLS 1.2 the way the registry says',
  'problem.probes-disagree.title': "This tool's probe and Windows' own TLS disagree",
} as const
