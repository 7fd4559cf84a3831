/** Where the support log and the audit trail are kept. */
import { tmpdir, userInfo } from 'node:os'
import { join, win32 } from 'node:path'

/**
 * `%ProgramData%\MailflowTlsWizard\logs` on Windows (beside the backups, readable by the admins
 * who read them), a folder in the temporary directory elsewhere (offline analysis, tests).
 */
export function defaultLogDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32' && env.ProgramData)
    return win32.join(env.ProgramData, 'MailflowTlsWizard', 'logs')
  return join(tmpdir(), 'mailflow-tls-wizard', 'logs')
}

/** The account a change is made by: `DOMAIN\user` on Windows, the user name elsewhere. */
export function currentAccount(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  user: () => string = () => userInfo().username,
): string {
  let name: string
  try {
    name = env.USERNAME ?? user()
  } catch {
    // userInfo() throws for a uid without a passwd entry (containers).
    name = env.USER ?? 'unknown'
  }
  return platform === 'win32' && env.USERDOMAIN ? `${env.USERDOMAIN}\\${name}` : name
}
