/** A command's usage synopsis, wrapped between options with its later lines under the first option. */
import { wrapPieces } from './wrap-text'

/**
 * The pieces a synopsis may break between: each bracketed group whole; an option with its value
 * (`--in MINUTES`), and alternatives joined by `|`, stay together.
 */
export function synopsisPieces(synopsis: string): string[] {
  const words: string[] = []
  let depth = 0
  let word = ''
  for (const ch of synopsis) {
    if (ch === ' ' && depth === 0) {
      if (word) words.push(word)
      word = ''
      continue
    }
    if (ch === '[') depth++
    else if (ch === ']') depth--
    word += ch
  }
  if (word) words.push(word)
  const pieces: string[] = []
  for (const w of words) {
    const last = pieces[pieces.length - 1]
    const joins =
      w === '|' ||
      last?.endsWith(' |') ||
      (/(^| )--?\w[\w-]*$/.test(last ?? '') && /^[A-Z]/.test(w))
    if (last !== undefined && joins) pieces[pieces.length - 1] = `${last} ${w}`
    else pieces.push(w)
  }
  return pieces
}

/** `  tlswizard COMMAND ...` wrapped to `width` columns, later lines aligned after the command. */
export function synopsisLines(synopsis: string, width: number): string[] {
  const [command = '', ...rest] = synopsisPieces(synopsis)
  const lead = `  tlswizard ${command} `
  const lines = wrapPieces(rest, width, lead.length, lead.length)
  return lines.map((l, i) => `${i === 0 ? lead : ' '.repeat(lead.length)}${l}`.trimEnd())
}
