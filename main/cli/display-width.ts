/** How many terminal columns text takes: East Asian Wide and Fullwidth characters take two. */

// East Asian Width W and F (Unicode's EastAsianWidth.txt), in blocks; emoji come by property.
const WIDE =
  /[\u1100-\u115f\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{16fe0}-\u{16fe4}\u{17000}-\u{18aff}\u{1b000}-\u{1b2ff}\u{1f200}-\u{1f2ff}\u{20000}-\u{3fffd}]|\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f/u
// Combining marks, format characters (zero-width space and joiner) and Hangul medial jamo.
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u1160-\u11ff]+$/u

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** The columns one user-perceived character takes: 0, 1 or 2. */
export function graphemeWidth(g: string): number {
  if (WIDE.test(g)) return 2
  return ZERO.test(g) ? 0 : 1
}

/** Splits text into user-perceived characters (a base and its marks, an emoji sequence). */
export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment)
}

/** The terminal columns `text` takes (no tabs or newlines expected). */
export function displayWidth(text: string): number {
  // Printable ASCII, by far the common case, is one column a character.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length
  return splitGraphemes(text).reduce((n, g) => n + graphemeWidth(g), 0)
}

/** `text` padded with spaces to `width` columns (like `padEnd`, counting columns). */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}
