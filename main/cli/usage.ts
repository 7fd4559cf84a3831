/** The `tlswizard --help` text. */
import { DEMOS } from '../demo/demos'

/** Help for the whole command. */
export function usageText(): string {
  return `Mailflow TLS Wizard: why can't this server do TLS 1.2 with Office 365?

Usage:
  tlswizard diagnose [--registry FILE.reg|DIR ... | --demo NAME] [--probe HOST[:PORT]]... [--domain DOMAIN]
                     [--timeout MS] [--json] [--out FILE.json] [--report FILE.html|FILE.json [--redact]]
                     [--force]
  tlswizard probe HOST[:PORT] [--starttls smtp|none] [--timeout MS] [--json]
  tlswizard fix [--registry FILE.reg | --demo NAME] [--out PATCHED.reg] [--dry-run | --apply] [--json] [--backup-dir DIR]
  tlswizard rollback BACKUP.reg | --newest [--backup-dir DIR] [--registry FILE.reg --out RESTORED.reg] [--json]
  tlswizard restart --in MINUTES | --now | --cancel [--dry-run]
  tlswizard verify [--before BEFORE.json] [--registry FILE.reg | --demo NAME] [--json]
  tlswizard report FILE.json --html OUT.html [--redact] [--force]
  tlswizard --help | --version

diagnose   Reads the registry (live on Windows, a "reg export" file, or a demo server), checks
           Schannel, .NET, WinHTTP, cipher suites, Exchange build and restart state, and prints
           the verdict with every finding and its evidence. --probe adds live TLS/STARTTLS
           probes of a server; --domain probes the tenant's Office 365 endpoint (its MX).
  --registry FILE.reg  analyse files made on the server with "reg export" (repeat the option, or
                       name a folder of .reg files: they are read as one registry). A verdict
                       needs more than the Schannel key; when something is missing the diagnosis
                       says what, with the exact "reg export" commands (see docs/collect/).
  --demo NAME          a bundled sample server: ${DEMOS.map((d) => d.name).join(', ')}
  --json               print JSON (schemaVersion 2)
  --out FILE.json      also save the JSON diagnosis (never overwrites without --force)
  --report FILE        save a report to send: FILE.html (one self-contained page) or FILE.json
                       (opens again in the wizard); never overwrites without --force
  --redact             replace host names, IP addresses, domains and e-mail addresses in the
                       report with placeholders, for sharing outside the company
probe      Tries TLS 1.0, 1.1, 1.2 and 1.3 against one server (SMTP STARTTLS on 25/587,
           implicit TLS on 465 or with --starttls none) and shows what it accepts.
fix        Shows the registry changes that resolve the findings; --apply makes them, after a
           backup, and restores the backup automatically if anything fails.
rollback   Puts back the values a backup holds (the newest one with --newest).
restart    Restarts Windows now or in MINUTES (shutdown.exe), or cancels a scheduled restart.
verify     Runs the checks again and shows them next to the diagnosis made before the fix.
report     Turns a saved JSON report into the HTML page again (nothing is run again); --redact
           makes a copy for sharing outside the company.

Exit codes: 0 healthy / done, 1 action needed, 2 bad input or usage, 3 unexpected failure
(probe: target unreachable), 4 inconclusive (diagnose: the registry did not show enough; nothing
wrong was found in what it showed).
`
}
