/** Runs the CLI in process and collects what it prints. */
import { runCli } from '../../main/cli/index'

/** `tlswizard ARGS` in process: exit code, stdout and stderr. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) })
  return { code, out, err }
}
