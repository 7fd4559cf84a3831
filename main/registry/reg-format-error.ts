/** A `.reg` file that cannot be read: names the file, the line (when known) and what was expected. */
export class RegFormatError extends Error {
  override name = 'RegFormatError'
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(line === null ? `${file}: ${detail}` : `${file}:${line}: ${detail}`)
  }
}

/** Shows a piece of input in an error message: short, with control characters made visible. */
export function quoteInput(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}...` : text
  // eslint-disable-next-line no-control-regex
  return JSON.stringify(cut.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/g, '?'))
}
