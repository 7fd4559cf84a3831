/** Re-flows prose to a number of terminal columns, for Latin scripts and for Chinese alike. */
import { displayWidth, graphemeWidth, splitGraphemes } from './display-width'

// A line should not start with closing punctuation, nor end with opening punctuation.
const CLOSING = /^[，。、：；！？）」』】〉》〕］｝％”’…]|^[)\]}.,;:!?%]+$/u
const OPENING = /[（「『【〈《〔［｛“‘([{]$/u

/** A piece the line may break before, and whether a space separated it from the one before. */
interface Chunk {
  text: string
  spaced: boolean
}

/**
 * Cuts text where a line may break: at spaces, and around each wide character (Chinese is written
 * without spaces). A run of narrow characters (a word, an option, a path) is never cut.
 */
function chunks(text: string): Chunk[] {
  const atoms: Chunk[] = []
  let spaced = false
  let narrow = ''
  const flush = () => {
    if (!narrow) return
    atoms.push({ text: narrow, spaced })
    narrow = ''
    spaced = false
  }
  for (const g of splitGraphemes(text)) {
    if (/^\s+$/u.test(g)) {
      flush()
      spaced = atoms.length > 0
    } else if (graphemeWidth(g) === 2) {
      flush()
      atoms.push({ text: g, spaced })
      spaced = false
    } else narrow += g
  }
  flush()
  // Glue what must stay together: closing punctuation to what it closes, opening to what it opens.
  const out: Chunk[] = []
  for (const a of atoms) {
    const last = out[out.length - 1]
    if (last && !a.spaced && (CLOSING.test(a.text) || OPENING.test(last.text))) last.text += a.text
    else out.push({ ...a })
  }
  return out
}

/** Fills lines greedily with `pieces`, keeping each whole; see `wrapLines` for the columns. */
function fill(pieces: readonly Chunk[], width: number, indent: number, first: number): string[] {
  const lines: string[] = []
  let line = ''
  let used = first
  for (const c of pieces) {
    const w = displayWidth(c.text)
    const gap = c.spaced && line ? 1 : 0
    if (line && used + gap + w > width) {
      lines.push(line)
      line = c.text
      used = indent + w
    } else {
      line += gap ? ` ${c.text}` : c.text
      used += gap + w
    }
  }
  return [...lines, line]
}

/**
 * Wraps `text` to `width` columns: the first line starts at column `first`, the others at
 * `indent` (returned without that indent). A piece wider than its line stands on a line alone.
 */
export function wrapLines(text: string, width: number, indent = 0, first = indent): string[] {
  return fill(chunks(text), width, indent, first)
}

/** `wrapLines` for pieces that must each stay whole (as a synopsis's options), spaced apart. */
export function wrapPieces(
  pieces: readonly string[],
  width: number,
  indent = 0,
  first = indent,
): string[] {
  return fill(
    pieces.map((text) => ({ text, spaced: true })),
    width,
    indent,
    first,
  )
}

/** `wrapLines` joined into one string, each later line indented by `indent` spaces. */
export function wrap(text: string, width: number, indent = 0, first = indent): string {
  return wrapLines(text, width, indent, first).join(`\n${' '.repeat(indent)}`)
}
