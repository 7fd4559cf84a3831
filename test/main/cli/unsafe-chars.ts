/** The oracle for terminal-safe output, written apart from the code it checks. */

/**
 * The characters in `text` a terminal acts on or that reorder what is read: C0 controls but the
 * line feeds of our own layout, DEL, C1 controls, bidi embeddings, overrides and isolates.
 */
export function unsafeChars(text: string): string[] {
  return [...text].filter((c) => {
    const n = c.codePointAt(0) as number
    return (
      (n < 0x20 && n !== 0x0a) ||
      (n >= 0x7f && n <= 0x9f) ||
      (n >= 0x202a && n <= 0x202e) ||
      (n >= 0x2066 && n <= 0x2069)
    )
  })
}
