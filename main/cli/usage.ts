/** The `tlswizard --help` text. */
import { DEMOS } from '../demo/demos'

/** Help for the whole command. */
export function usageText(): string {
  return `Mailflow TLS Wizard: why can't this server do TLS 1.2 with Office 365?

Usage:
  tlswizard diagnose [--registry FILE.reg | --demo NAME] [--json] [--out FILE.json [--force]]
  tlswizard --help | --version

diagnose   Reads the registry (live on Windows, a "reg export" file, or a demo server),
           checks Schannel, .NET, WinHTTP, Exchange build and restart state, and prints
           the verdict with every finding and its evidence.
  --registry FILE.reg  analyse a file made on the server, for example:
                       reg export HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders schannel.reg
  --demo NAME          a bundled sample server: ${DEMOS.map((d) => d.name).join(', ')}
  --json               print the diagnosis as JSON (schemaVersion 1)
  --out FILE.json      also save the JSON diagnosis to FILE.json (never overwrites without --force)

Exit codes: 0 healthy, 1 action needed, 2 bad input or usage, 3 unexpected failure.
`
}
