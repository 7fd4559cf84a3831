/** One file of a ZIP archive: its '/'-separated name inside the archive and its bytes. */
export interface ZipEntry {
  name: string
  data: Buffer
  mtime?: Date
}
/** The bytes of a ZIP archive holding `entries` (see zip.mjs). */
export declare function zipBytes(entries: readonly ZipEntry[]): Buffer
