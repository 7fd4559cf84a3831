/**
 * The ICU MessageFormat subset the catalogs use, parsed and filled without a library: `{name}`,
 * `{n, plural, =1 {…} one {…} few {…} other {…}}` with `#`, `{x, select, a {…} other {…}}`, and
 * ICU's apostrophe quoting (`''` is one apostrophe; `'{` … `'` is literal text). It fills every
 * message as intl-messageformat does (test/shared/icu.test.ts compares the two on every message of
 * every catalog), at a fraction of its size, which the first screen and the CLI's start both feel.
 * Anything outside the subset (`{n, number}`, dates, tags) is a syntax error, and the catalog tests
 * forbid it.
 */

/** One piece of a parsed message. */
type Part =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; options: Map<string, Part[]> }

/** A message that is not in the subset; `at` is the offset where reading stopped. */
export class IcuSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(`${message} at offset ${at}`)
  }
}

const QUOTABLE = new Set(['{', '}', '<', '>'])

class Parser {
  private i = 0
  constructor(private readonly s: string) {}

  parse(): Part[] {
    return this.message(false, false)
  }

  /**
   * Text and arguments up to the `}` that closes an option (a `}` outside any option is text, as
   * in intl-messageformat); `inPlural` makes `#` the number.
   */
  private message(inPlural: boolean, inOption: boolean): Part[] {
    const parts: Part[] = []
    let text = ''
    const flush = (): void => {
      if (text) parts.push(text)
      text = ''
    }
    while (this.i < this.s.length) {
      const ch = this.s[this.i]
      if (ch === '}' && inOption) break
      if (ch === '{') {
        flush()
        parts.push(this.argument())
      } else if (ch === '#' && inPlural) {
        flush()
        parts.push({ kind: 'pound' })
        this.i++
      } else if (ch === "'") text += this.quote(inPlural)
      else {
        text += ch
        this.i++
      }
    }
    flush()
    return parts
  }

  /** An apostrophe: `''`, the start of quoted text, or a literal apostrophe. */
  private quote(inPlural: boolean): string {
    const next = this.s[this.i + 1]
    if (next === "'") {
      this.i += 2
      return "'"
    }
    if (next === undefined || !(QUOTABLE.has(next) || (next === '#' && inPlural))) {
      this.i++
      return "'"
    }
    let out = next
    this.i += 2
    while (this.i < this.s.length) {
      const ch = this.s[this.i]
      if (ch === "'") {
        if (this.s[this.i + 1] === "'") {
          out += "'"
          this.i += 2
          continue
        }
        this.i++
        return out
      }
      out += ch
      this.i++
    }
    return out
  }

  private space(): void {
    while (/\s/.test(this.s[this.i] ?? '')) this.i++
  }

  private word(what: string): string {
    this.space()
    const m = /^[^\s{}#,'=]+|^=\d+/.exec(this.s.slice(this.i))
    if (!m) throw new IcuSyntaxError(`expected ${what}`, this.i)
    this.i += m[0].length
    this.space()
    return m[0]
  }

  private expect(ch: string): void {
    if (this.s[this.i] !== ch) throw new IcuSyntaxError(`expected ${ch}`, this.i)
    this.i++
  }

  private argument(): Part {
    this.i++ // {
    const name = this.word('an argument name')
    if (this.s[this.i] === '}') {
      this.i++
      return { kind: 'arg', name }
    }
    this.expect(',')
    const type = this.word('plural or select')
    if (type !== 'plural' && type !== 'select')
      throw new IcuSyntaxError(`unsupported argument type ${type}`, this.i)
    this.expect(',')
    const options = new Map<string, Part[]>()
    this.space()
    while (this.s[this.i] !== '}') {
      if (this.i >= this.s.length) throw new IcuSyntaxError('unclosed argument', this.i)
      const key = this.word('an option')
      if (key.startsWith('=') && type !== 'plural')
        throw new IcuSyntaxError('an exact value outside plural', this.i)
      if (options.has(key)) throw new IcuSyntaxError(`duplicate option ${key}`, this.i)
      this.expect('{')
      options.set(key, this.message(type === 'plural', true))
      this.expect('}')
      this.space()
    }
    this.i++ // }
    if (!options.has('other')) throw new IcuSyntaxError('no other option', this.i)
    return { kind: type, name, options }
  }
}

/** Parses a message; throws IcuSyntaxError outside the subset. */
export function parseIcu(message: string): Part[] {
  return new Parser(message).parse()
}

/** A value the message needs but was not given. */
export class IcuMissingValueError extends Error {}

const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let v = map.get(locale)
  if (!v) map.set(locale, (v = make()))
  return v
}

function fill(
  parts: Part[],
  values: Record<string, string | number>,
  locale: string,
  pound?: number,
): string {
  let out = ''
  for (const p of parts) {
    if (typeof p === 'string') out += p
    else if (p.kind === 'pound') {
      if (pound !== undefined)
        out += cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(pound)
    } else {
      if (!(p.name in values)) throw new IcuMissingValueError(`no value for ${p.name}`)
      const v = values[p.name]
      if (p.kind === 'arg') out += String(v)
      else if (p.kind === 'select')
        out += fill(p.options.get(String(v)) ?? p.options.get('other') ?? [], values, locale, pound)
      else {
        const n = Number(v)
        const rule = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(n)
        const chosen = p.options.get(`=${v}`) ?? p.options.get(rule) ?? p.options.get('other')
        out += fill(chosen ?? [], values, locale, n)
      }
    }
  }
  return out
}

/** Fills a parsed message; throws IcuMissingValueError when a value it needs is absent. */
export function formatIcu(
  parts: Part[],
  values: Record<string, string | number>,
  locale: string,
): string {
  return fill(parts, values, locale)
}
