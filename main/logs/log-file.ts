/** Reads one protocol log file: encoding, `#` headers, column order from `#Fields`, rows. */
import { openRegularFile, UnreadableFileError } from '../files/bounded-read'
import type { Direction } from '../../shared/logs'
import { CsvRecordError, CsvRecords } from './csv-records'
import { chunkDecoder, detectEncoding, type ChunkDecoder, type LogEncoding } from './log-text'

/** Where each column is in a row (-1: not in this file's `#Fields`). */
export interface LogColumns {
  dateTime: number
  connector: number
  session: number
  sequence: number
  remote: number
  event: number
  data: number
  context: number
  /** How many fields a row has. */
  count: number
}

/** Takes the rows of a file; `f` is reused, read it during the call only. */
export type RowHandler = (f: string[], cols: LogColumns, direction: Direction) => void

/** What reading one file gave. */
export interface FileRead {
  encoding: LogEncoding | null
  direction: Direction | null
  bytes: number
  rows: number
  /** Rows with another number of fields than `#Fields` names (the file goes on). */
  badRows: number
  /** A last row cut short (the file was copied while Exchange wrote it). */
  truncatedRows: number
  /** Why reading stopped early; null when the file was read to its end. */
  error: string | null
}

/** A file that is not (or no longer) a protocol log: reading it stops, the scan goes on. */
class LogFileError extends Error {}

const NAMES: Record<Exclude<keyof LogColumns, 'count'>, string> = {
  dateTime: 'date-time',
  connector: 'connector-id',
  session: 'session-id',
  sequence: 'sequence-number',
  remote: 'remote-endpoint',
  event: 'event',
  data: 'data',
  context: 'context',
}
const REQUIRED = ['date-time', 'session-id', 'sequence-number', 'event', 'data', 'context']

/** The columns a `#Fields:` line names; throws when one a session needs is missing. */
export function parseFieldsHeader(line: string): LogColumns {
  const names = line
    .slice(line.indexOf(':') + 1)
    .split(',')
    .map((n) => n.trim().toLowerCase())
  const missing = REQUIRED.filter((r) => !names.includes(r))
  if (missing.length)
    throw new LogFileError(
      `its #Fields header lacks ${missing.join(', ')} (it names: ${names.slice(0, 12).join(', ').slice(0, 200)})`,
    )
  const cols = { count: names.length } as LogColumns
  for (const [key, name] of Object.entries(NAMES))
    cols[key as keyof typeof NAMES] = names.indexOf(name)
  return cols
}

/** `SMTP Send Protocol Log` is send, `SMTP Receive Protocol Log` receive. */
function directionOfLogType(line: string): Direction | null {
  if (/\bsend\b/i.test(line)) return 'send'
  if (/\breceive\b/i.test(line)) return 'receive'
  return null
}

const CHUNK = 256 * 1024
// Log files are streamed, so their size only costs time: no limit beyond what a disk holds.
const NO_LIMIT = 2 ** 50

/**
 * Streams `file` to `onRow`. Problems with the file (not a log, a header without the columns
 * needed, a line of megabytes) end this file with `error` set; they never throw.
 */
export async function readLogFile(
  file: string,
  onRow: RowHandler,
  onBytes: (n: number) => void = () => {},
  nameDirection: Direction | null = null,
): Promise<FileRead> {
  const read: FileRead = {
    ...{ encoding: null, direction: null, bytes: 0, rows: 0 },
    ...{ badRows: 0, truncatedRows: 0, error: null },
  }
  let cols: LogColumns | undefined
  const records = new CsvRecords({
    comment(line) {
      if (/^#Fields:/i.test(line)) cols = parseFieldsHeader(line)
      else if (/^#Log-type:/i.test(line)) read.direction = directionOfLogType(line)
    },
    record(f, count, last) {
      if (!cols)
        throw new LogFileError(
          'not an Exchange protocol log: no #Fields header before the first row',
        )
      if (count !== cols.count) {
        if (last && count < cols.count) read.truncatedRows++
        else read.badRows++
        return
      }
      read.rows++
      onRow(f, cols, read.direction ?? nameDirection ?? 'send')
    },
  })
  let handle
  try {
    handle = await openRegularFile(file, NO_LIMIT)
  } catch (e) {
    return { ...read, error: e instanceof UnreadableFileError ? e.words : String(e) }
  }
  let decoder: ChunkDecoder | undefined
  // Two buffers: the next read is under way while this chunk is parsed.
  const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)] as const
  let which = 0
  let pending: Promise<{ bytesRead: number }> | undefined
  try {
    pending = handle.read(bufs[0], 0, CHUNK, null)
    for (;;) {
      const { bytesRead } = await pending
      pending = undefined
      if (bytesRead === 0) break
      const buf = bufs[which] as Buffer
      which ^= 1
      pending = handle.read(bufs[which] as Buffer, 0, CHUNK, null)
      read.bytes += bytesRead
      onBytes(bytesRead)
      let chunk = buf.subarray(0, bytesRead)
      if (!decoder) {
        const { encoding, bom } = detectEncoding(chunk)
        read.encoding = encoding
        decoder = chunkDecoder(encoding)
        chunk = chunk.subarray(bom)
      }
      records.push(decoder.write(chunk))
    }
    if (decoder) records.push(decoder.end())
    if (records.end()) read.truncatedRows++
  } catch (e) {
    if (e instanceof LogFileError || e instanceof CsvRecordError) read.error = e.message
    else read.error = `it could not be read (${(e as Error).message})`
  } finally {
    // Never close the file under a read still in flight.
    await pending?.catch(() => {})
    await handle.close()
  }
  if (!read.error && read.bytes > 0 && !cols)
    read.error = 'not an Exchange protocol log: no #Fields header'
  return read
}
