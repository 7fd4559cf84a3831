/**
 * ExSetup.exe's file version: the Exchange build with its security updates (DOMAIN.md section 8).
 * Live, read from the file itself; offline, from the text file the collect script writes.
 */
import path from 'node:path'
import { readRegularFile, UnreadableFileError } from '../files/bounded-read'
import type { ExchangeFacts } from './exchange-facts'
import { peFileVersion } from './pe-version'

/** The file docs/collect/collect-tls-registry.cmd writes beside the `.reg` exports. */
export const EXSETUP_TEXT_FILE = 'tls-exsetup.txt'

/**
 * The version in the collect script's file: `wmic datafile ... get Version /value` output
 * (`Version=15.1.2507.63`, UTF-16LE when redirected) or a bare version line. Undefined when none.
 */
export function parseExSetupText(bytes: Uint8Array): string | undefined {
  const buf = Buffer.from(bytes)
  const utf16 = (buf[0] === 0xff && buf[1] === 0xfe) || (buf.length > 1 && buf[1] === 0)
  const text = utf16 ? buf.toString('utf16le') : buf.toString('utf8')
  const m = /(?:^|\bVersion=|\s)(\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5})\s*$/m.exec(text)
  return m?.[1]
}

/** Reads the collect script's version file from a folder; undefined when it is not there or holds no version. */
export async function readExSetupText(folder: string): Promise<string | undefined> {
  try {
    return parseExSetupText(await readRegularFile(path.join(folder, EXSETUP_TEXT_FILE), 4096))
  } catch (e) {
    if (e instanceof UnreadableFileError && e.reason === 'missing') return undefined
    throw e
  }
}

/** `<install path>\bin\ExSetup.exe`. */
export function exSetupPath(installPath: string): string {
  return path.win32.join(installPath, 'bin', 'ExSetup.exe')
}

/** Adds ExSetup.exe's version (or why it could not be read) to live Exchange facts. */
export async function withLiveExSetupVersion(
  x: ExchangeFacts,
  read: (file: string) => Promise<string> = peFileVersion,
): Promise<ExchangeFacts> {
  if (!x.installPath) return { ...x, fileVersionError: 'the setup key names no install path' }
  try {
    return { ...x, fileVersion: await read(exSetupPath(x.installPath)) }
  } catch (e) {
    return { ...x, fileVersionError: (e as Error).message }
  }
}
