/** The `tlswizard --help` text and each command's own `--help`. */
import { DEMOS } from '../demo/demos'

/** Every command `tlswizard` knows, in the order the overview lists them. */
export const COMMAND_NAMES = [
  'diagnose',
  'probe',
  'fix',
  'rollback',
  'restart',
  'verify',
  'report',
  'logs',
  'serve',
] as const

/** One of the commands `tlswizard` knows. */
export type CommandName = (typeof COMMAND_NAMES)[number]

interface CommandHelp {
  /** The synopsis lines, without the leading "tlswizard ". */
  synopsis: string[]
  /** What the command does, in a sentence or two. */
  summary: string
  /** Option lines, already aligned. */
  options: string[]
}

const REGISTRY_ONE =
  '  --registry FILE.reg  a "reg export" file made on the server (read, never changed)'
const DEMO = `  --demo NAME          a bundled sample server: ${DEMOS.map((d) => d.name).join(', ')}`
const JSON_OUT = '  --json               print JSON instead of text'

const HELP: Record<CommandName, CommandHelp> = {
  diagnose: {
    synopsis: [
      'diagnose [--registry FILE.reg|DIR ... | --demo NAME] [--probe HOST[:PORT]]... [--domain DOMAIN]',
      '         [--logs PATH]... [--timeout MS] [--json] [--out FILE.json] [--report FILE.html|FILE.json [--redact]] [--force]',
    ],
    summary: `Reads the registry (live on Windows, "reg export" files, or a demo server), checks Schannel,
.NET, WinHTTP, cipher suites, Exchange build and restart state, and prints the verdict with every
problem and its evidence.`,
    options: [
      '  --registry FILE.reg  analyse files made on the server with "reg export" (repeat the option, or',
      '                       name a folder of .reg files: they are read as one registry). A verdict',
      '                       needs more than the Schannel key; when something is missing the diagnosis',
      '                       says what, with the exact "reg export" commands (see docs/collect/).',
      DEMO,
      '  --probe HOST[:PORT]  also probe a server over TLS/STARTTLS (repeatable)',
      "  --domain DOMAIN      also probe the tenant's Office 365 endpoint (its MX)",
      '  --timeout MS         probe timeout, 100 to 120000 ms',
      '  --logs PATH          also scan SMTP protocol logs (a file or folder; repeatable): their',
      '                       findings join the diagnosis (on the server its own logs are found)',
      '  --json               print JSON (schemaVersion 2)',
      '  --out FILE.json      also save the JSON diagnosis',
      '  --report FILE        save a report to send: FILE.html (one self-contained page) or FILE.json',
      '                       (opens again in the wizard)',
      '  --redact             replace host names, IP addresses, domains and e-mail addresses in the',
      '                       report with placeholders, for sharing outside the company',
      '  --force              overwrite an existing --out or --report file',
    ],
  },
  probe: {
    synopsis: ['probe HOST[:PORT] [HOST[:PORT]...] [--starttls smtp|none] [--timeout MS] [--json]'],
    summary: `Tries TLS 1.0, 1.1, 1.2 and 1.3 against each server given (SMTP STARTTLS on 25/587, implicit
TLS on 465 or with --starttls none) and shows what it accepts. Several servers are probed in one
process, sixteen at a time; exit 3 when one could not be reached.`,
    options: [
      '  --starttls smtp|none smtp: STARTTLS after EHLO; none: TLS from the first byte',
      '  --timeout MS         per attempt, 100 to 120000 ms',
      '  --json               print JSON: one target, its result; several, one document',
      '                       {"probeBatch": 1, "targets", "unreachable", "results": [...]}',
      '                       with the results in the order given',
    ],
  },
  fix: {
    synopsis: [
      'fix [--registry FILE.reg | --demo NAME] [--out PATCHED.reg] [--dry-run | --apply] [--dotnet] [--json] [--backup-dir DIR]',
    ],
    summary: `Shows the registry changes that resolve the findings; --apply makes them, after a backup, and
restores the backup automatically if anything fails.`,
    options: [
      REGISTRY_ONE,
      DEMO,
      '  --dry-run            only show the plan (the default)',
      '  --apply              make the changes (live: elevated; a .reg file: needs --out)',
      '  --out PATCHED.reg    with a .reg file, where the patched copy goes',
      '  --backup-dir DIR     where backups are kept (default: %ProgramData%\\MailflowTlsWizard\\backups)',
      '  --dotnet             also set the .NET TLS switches where no Exchange runs (an SMTP relay)',
      JSON_OUT,
    ],
  },
  rollback: {
    synopsis: [
      'rollback BACKUP.reg | --newest [--backup-dir DIR] [--registry FILE.reg --out RESTORED.reg] [--json]',
    ],
    summary: 'Puts back the values a backup holds (the newest one with --newest).',
    options: [
      '  --newest             the newest backup in the backup folder',
      '  --backup-dir DIR     where backups are kept',
      '  --registry FILE.reg  restore into a copy of this snapshot instead of the live registry',
      '  --out RESTORED.reg   with --registry, where the restored copy goes',
      JSON_OUT,
    ],
  },
  restart: {
    synopsis: ['restart --in MINUTES | --now | --cancel [--dry-run]'],
    summary: `Restarts Windows now or in MINUTES (shutdown.exe), or cancels a scheduled restart; the wizard
runs the checks again after the restart.`,
    options: [
      '  --in MINUTES         restart in 1 to 10080 minutes',
      '  --now                restart now',
      '  --cancel             cancel a scheduled restart',
      '  --dry-run            print the command instead of running it',
    ],
  },
  verify: {
    synopsis: ['verify [--before BEFORE.json] [--registry FILE.reg | --demo NAME] [--json]'],
    summary: 'Runs the checks again and shows them next to the diagnosis made before the fix.',
    options: [
      '  --before FILE.json   the diagnosis before the fix (default: the one the wizard saved)',
      REGISTRY_ONE,
      DEMO,
      JSON_OUT,
    ],
  },
  report: {
    synopsis: ['report FILE.json --html OUT.html [--redact] [--force]'],
    summary: `Turns a saved JSON report into the HTML page again (nothing is run again); --redact makes a
copy for sharing outside the company.`,
    options: [
      '  --html OUT.html      where the page goes',
      '  --redact             replace host names, IP addresses, domains and e-mail addresses',
      '  --force              overwrite an existing OUT.html',
    ],
  },
  logs: {
    synopsis: ['logs [PATH...] [--since DATE] [--fix-time DATE] [--events FILE.xml] [--json]'],
    summary: `Reads the SMTP send and receive protocol logs (and Schannel's System-log events) and tells
what really happened with Office 365: sessions that failed and why, when TLS 1.2 last worked, peers
still on TLS 1.0/1.1, and the sessions before and after the fix.`,
    options: [
      '  PATH                 a log file or a folder (every .log file below it); on the Exchange server',
      '                       its own SmtpSend/SmtpReceive folders are found from its install path',
      '  --since DATE         only sessions from DATE on: 2024-01-14, 2024-01-14T08:00 (local time;',
      '                       add Z for UTC) or 7d (7 days ago)',
      "  --fix-time DATE      split the counts before/after DATE (default: when the wizard's fix was",
      '                       applied, from its state file on the server)',
      '  --events FILE.xml    Schannel events saved on the server with wevtutil (see the README:',
      '                       wevtutil qe System /q:... /f:xml > FILE.xml); on the server: read live',
      '  --json               print JSON (logs schemaVersion 1)',
    ],
  },
  serve: {
    synopsis: [
      'serve [--port N] [--registry FILE.reg | --demo NAME] [--out-dir DIR] [--logs PATH]... [--verify]',
      '      [--before BEFORE.json] [--lang LANG]',
    ],
    summary: `Serves the wizard on 127.0.0.1 only (Server Core, or no Electron); the first line printed is
its address with the access token.`,
    options: [
      '  --port N             0 to 65535 (default 0: any free port)',
      REGISTRY_ONE,
      DEMO,
      '  --out-dir DIR        where offline fixes and reports are written',
      '  --verify             open on the verify step (after a restart)',
      '  --before FILE.json   the diagnosis before the fix, for --verify',
      '  --logs PATH          protocol log files or folders to scan with every check (repeatable)',
      "  --lang LANG          the wizard's language (default: the browser's): en, id, lt, vi, zh-CN, ro",
    ],
  },
}

const EXIT_CODES = `Every command takes --lang LANG (en, id, lt, vi, zh-CN, ro) for its human output; the default
is the system's language when there is a catalog for it. JSON output is the same in every language.
Exit codes: 0 healthy / done, 1 action needed, 2 bad input or usage, 3 unexpected failure
(probe: target unreachable), 4 inconclusive (diagnose: the registry did not show enough; nothing
wrong was found in what it showed; logs: no log row was read).
`

/** Re-flows a paragraph to 100 columns, continuation lines indented under the text. */
function wrap(text: string): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.replace(/\s*\n\s*/g, ' ').split(' ')) {
    if (line && `${line} ${word}`.length > 100) {
      lines.push(line)
      line = `${' '.repeat(10)} ${word}`
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line].join('\n')
}

/** `tlswizard COMMAND --help`: the command's synopsis, what it does and every option. */
export function commandUsageText(name: CommandName): string {
  const h = HELP[name]
  const synopsis = h.synopsis.map((l, i) => `${i === 0 ? '  tlswizard ' : '            '}${l}`)
  return `Usage:\n${synopsis.join('\n')}\n\n${h.summary}\n\nOptions:\n${h.options.join('\n')}\n  -h, --help           show this help\n\n${EXIT_CODES}`
}

/** `tlswizard --help`: every command's synopsis and summary. */
export function usageText(): string {
  const lines = COMMAND_NAMES.flatMap((n) =>
    HELP[n].synopsis.map((l, i) => `${i === 0 ? '  tlswizard ' : '            '}${l}`),
  )
  const summaries = COMMAND_NAMES.map((n) => wrap(`${n.padEnd(10)} ${HELP[n].summary}`))
  return `Mailflow TLS Wizard: why can't this server do TLS 1.2 with Office 365?

Usage:
${lines.join('\n')}
  tlswizard COMMAND --help
  tlswizard --help | --version
  tlswizard --log-dir DIR COMMAND ...   (support log folder; default %ProgramData%\\MailflowTlsWizard\\logs,
                                         or the temporary folder off Windows)

${summaries.join('\n')}

${EXIT_CODES}`
}
