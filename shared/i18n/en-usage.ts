/** English help of the command line (tlswizard --help and each command's --help). */
export const enUsage = {
  'usage.usage': 'Usage:',
  'usage.options': 'Options:',
  'usage.help': 'show this help',
  'usage.diagnose.summary':
    'Reads the registry (live on Windows, "reg export" files, or a demo server), checks Schannel, .NET, WinHTTP, cipher suites, Exchange build and restart state, and prints the verdict with every problem and its evidence.',
  'usage.diagnose.registry':
    'analyse files made on the server with "reg export" (repeat the option, or name a folder of .reg files: they are read as one registry). A verdict needs more than the Schannel key; when something is missing the diagnosis says what, with the exact "reg export" commands (see docs/collect/).',
  'usage.diagnose.probe': 'also probe a server over TLS/STARTTLS (repeatable)',
  'usage.diagnose.domain': "also probe the tenant's Office 365 endpoint (its MX)",
  'usage.diagnose.timeout': 'probe timeout, 100 to 120000 ms',
  'usage.diagnose.logs':
    'also scan SMTP protocol logs (a file or folder; repeatable): their findings join the diagnosis (on the server its own logs are found)',
  'usage.diagnose.json': 'print JSON (schemaVersion 2)',
  'usage.diagnose.out': 'also save the JSON diagnosis',
  'usage.diagnose.report':
    'save a report to send: FILE.html (one self-contained page) or FILE.json (opens again in the wizard)',
  'usage.diagnose.redact':
    'replace host names, IP addresses, domains and e-mail addresses in the report with placeholders, for sharing outside the company',
  'usage.diagnose.force': 'overwrite an existing --out or --report file',
  'usage.probe.summary':
    'Tries TLS 1.0, 1.1, 1.2 and 1.3 against each server given (SMTP STARTTLS on 25/587, implicit TLS on 465 or with --starttls none) and shows what it accepts. Several servers are probed in one process, sixteen at a time; exit 3 when one could not be reached.',
  'usage.probe.starttls': 'smtp: STARTTLS after EHLO; none: TLS from the first byte',
  'usage.probe.timeout': 'per attempt, 100 to 120000 ms',
  'usage.probe.json':
    'print JSON: one target, its result; several, one document \'{\'"probeBatch": 1, "targets", "unreachable", "results": [...]\'}\' with the results in the order given',
  'usage.fix.summary':
    'Shows the registry changes that resolve the findings; --apply makes them, after a backup, and restores the backup automatically if anything fails.',
  'usage.fix.dry-run': 'only show the plan (the default)',
  'usage.fix.apply': 'make the changes (live: elevated; a .reg file: needs --out)',
  'usage.fix.out': 'with a .reg file, where the patched copy goes',
  'usage.fix.backup-dir':
    'where backups are kept (default: %ProgramData%\\MailflowTlsWizard\\backups)',
  'usage.fix.dotnet': 'also set the .NET TLS switches where no Exchange runs (an SMTP relay)',
  'usage.rollback.summary': 'Puts back the values a backup holds (the newest one with --newest).',
  'usage.rollback.newest': 'the newest backup in the backup folder',
  'usage.rollback.backup-dir': 'where backups are kept',
  'usage.rollback.registry': 'restore into a copy of this snapshot instead of the live registry',
  'usage.rollback.out': 'with --registry, where the restored copy goes',
  'usage.restart.summary':
    'Restarts Windows now or in MINUTES (shutdown.exe), or cancels a scheduled restart; the wizard runs the checks again after the restart.',
  'usage.restart.in': 'restart in 1 to 10080 minutes',
  'usage.restart.now': 'restart now',
  'usage.restart.cancel': 'cancel a scheduled restart',
  'usage.restart.dry-run': 'print the command instead of running it',
  'usage.verify.summary':
    'Runs the checks again and shows them next to the diagnosis made before the fix.',
  'usage.verify.before':
    'the diagnosis, or JSON report, from before the fix (default: the one the wizard saved)',
  'usage.report.summary':
    'Turns a saved JSON report into the HTML page again (nothing is run again); --redact makes a copy for sharing outside the company.',
  'usage.report.html': 'where the page goes',
  'usage.report.redact': 'replace host names, IP addresses, domains and e-mail addresses',
  'usage.report.force': 'overwrite an existing OUT.html',
  'usage.logs.summary':
    "Reads the SMTP send and receive protocol logs (and Schannel's System-log events) and tells what really happened with Office 365: sessions that failed and why, when TLS 1.2 last worked, peers still on TLS 1.0/1.1, and the sessions before and after the fix.",
  'usage.logs.path':
    'a log file or a folder (every .log file below it); on the Exchange server its own SmtpSend/SmtpReceive folders are found from its install path',
  'usage.logs.since':
    'only sessions from DATE on: 2024-01-14, 2024-01-14T08:00 (local time; add Z for UTC) or 7d (7 days ago)',
  'usage.logs.fix-time':
    "split the counts before/after DATE (default: when the wizard's fix was applied, from its state file on the server)",
  'usage.logs.events':
    'Schannel events saved on the server with wevtutil (see the README: wevtutil qe System /q:... /f:xml > FILE.xml); on the server: read live',
  'usage.logs.json': 'print JSON (logs schemaVersion 1)',
  'usage.serve.summary':
    'Serves the wizard on 127.0.0.1 only (Server Core, or no Electron); the first line printed is its address with the access token.',
  'usage.serve.port': '0 to 65535 (default 0: any free port)',
  'usage.serve.out-dir': 'where offline fixes and reports are written',
  'usage.serve.verify': 'open on the verify step (after a restart)',
  'usage.serve.before': 'the diagnosis before the fix, for --verify',
  'usage.serve.logs': 'protocol log files or folders to scan with every check (repeatable)',
  'usage.serve.lang': "the wizard's language (default: the browser's): en, id, lt, vi, zh-CN, ro",
  'usage.opt.registryOne': 'a "reg export" file made on the server (read, never changed)',
  'usage.opt.registryMany':
    '"reg export" files made on the server, or the folder the collect script wrote (repeat the option: read as one registry, never changed)',
  'usage.opt.demo': 'a bundled sample server: {demos}',
  'usage.opt.json': 'print JSON instead of text',
  'usage.tagline': "Mailflow TLS Wizard: why can't this server do TLS 1.2 with Office 365?",
  'usage.logDir':
    'support log folder; default %ProgramData%\\MailflowTlsWizard\\logs, or the temporary folder off Windows',
  'usage.exitCodes':
    "Every command takes --lang LANG (en, id, lt, vi, zh-CN, ro) for its human output; the default is the system's language when there is a catalog for it. JSON output is the same in every language. Exit codes: 0 healthy / done, 1 action needed, 2 bad input or usage, 3 unexpected failure (probe: target unreachable), 4 inconclusive (diagnose: the registry did not show enough; nothing wrong was found in what it showed; logs: no log row was read).",
} as const
