/** Where Schannel events come from: wevtutil on the live server, or a file saved from it. */
import { execFile } from 'node:child_process'
import { systemProgram } from '../system/system-programs'
import type { SchannelEvents } from '../../shared/logs'
import { readRegularFile, UnreadableFileError } from '../files/bounded-read'
import { InputError } from '../input-error'
import { eventText, EventXmlError, parseSchannelEvents, schannelQuery } from './schannel-events'

/** Runs a program and gives its standard output (the port tests replace: they never run wevtutil). */
export type RunProgram = (file: string, args: string[]) => Promise<Uint8Array>

// A month of Schannel noise on a busy server stays far below this.
const MAX_BYTES = 64 * 1024 * 1024
const MAX_EVENTS = 20_000

const runProgram: RunProgram = (file, args) =>
  new Promise((resolve, reject) =>
    execFile(
      systemProgram(file),
      args,
      { encoding: 'buffer', maxBuffer: MAX_BYTES, windowsHide: true, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) {
          const said = Buffer.from(stderr).toString('utf8').trim().split(/\r?\n/)[0]
          reject(new Error(said || error.message))
        } else resolve(stdout)
      },
    ),
  )

/** The wevtutil command line that reads Schannel's events (shown to the admin, too). */
export function wevtutilArgs(since: Date | null): string[] {
  return ['qe', 'System', `/q:${schannelQuery(since)}`, '/f:xml', `/c:${MAX_EVENTS}`, '/rd:true']
}

/** Schannel events of this server since `since`, read with wevtutil; a failure is reported, not thrown. */
export async function liveSchannelEvents(
  since: Date | null,
  run: RunProgram = runProgram,
): Promise<SchannelEvents> {
  const location = 'System log (wevtutil)'
  try {
    const xml = eventText(await run('wevtutil.exe', wevtutilArgs(since)))
    return { source: 'wevtutil', location, error: null, events: parseSchannelEvents(xml, since) }
  } catch (e) {
    return { source: 'wevtutil', location, error: (e as Error).message, events: [] }
  }
}

/**
 * Schannel events from a saved `wevtutil qe System /q:... /f:xml > FILE` output. A file that
 * cannot be opened is bad input; one that is not event XML is reported in `error`.
 */
export async function fileSchannelEvents(
  file: string,
  since: Date | null,
): Promise<SchannelEvents> {
  let bytes: Uint8Array
  try {
    bytes = await readRegularFile(file, MAX_BYTES)
  } catch (e) {
    if (e instanceof UnreadableFileError && e.reason !== 'too-large')
      throw new InputError(e.message)
    return { source: 'file', location: file, error: (e as Error).message, events: [] }
  }
  try {
    return {
      source: 'file',
      location: file,
      error: null,
      events: parseSchannelEvents(eventText(bytes), since),
    }
  } catch (e) {
    if (!(e instanceof EventXmlError)) throw e
    const hint =
      bytes[0] === 0x45 && bytes[1] === 0x6c
        ? ' (an .evtx export: save with wevtutil qe ... /f:xml instead)'
        : ''
    return { source: 'file', location: file, error: `${e.message}${hint}`, events: [] }
  }
}
