/**
 * A small HTML tokenizer (after the WHATWG tokenizer's data, tag, attribute, comment and raw-text
 * states) that lists every element, attribute and text run, to prove a page is inert.
 */

/** One start tag with its attributes (names lower-cased, values decoded). */
export interface Tag {
  name: string
  attrs: Array<[string, string]>
}

/** What the page consists of. */
export interface Tokens {
  tags: Tag[]
  /** Decoded text outside tags, raw-text elements included. */
  text: string
  /** The content of each raw-text element (style, script, title, textarea...), keyed by name. */
  raw: Array<[string, string]>
}

const RAW = new Set([
  'style',
  'script',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'textarea',
  'title',
])
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  middot: '\u00b7',
}

/** Decodes character references as the HTML parser would (the subset a report uses, plus numeric). */
export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
      )
    return NAMED[ref.toLowerCase()] ?? m
  })
}

/** Splits a page into tags and text. */
export function tokenize(page: string): Tokens {
  const out: Tokens = { tags: [], text: '', raw: [] }
  let i = 0
  while (i < page.length) {
    const lt = page.indexOf('<', i)
    if (lt < 0) {
      out.text += decode(page.slice(i))
      break
    }
    out.text += decode(page.slice(i, lt))
    if (page.startsWith('<!--', lt)) {
      const end = page.indexOf('-->', lt + 4)
      i = end < 0 ? page.length : end + 3
      continue
    }
    if (/^<[!?/]/.test(page.slice(lt, lt + 2)) && !/^<\/[a-z]/i.test(page.slice(lt, lt + 3))) {
      i = page.indexOf('>', lt) + 1 || page.length
      continue
    }
    if (page[lt + 1] === '/') {
      i = page.indexOf('>', lt) + 1 || page.length
      continue
    }
    if (!/[a-z]/i.test(page[lt + 1] ?? '')) {
      // A "<" that starts no tag is text, as the parser treats it.
      out.text += '<'
      i = lt + 1
      continue
    }
    const { tag, end } = readTag(page, lt + 1)
    out.tags.push(tag)
    i = end
    if (RAW.has(tag.name)) {
      const close = page.toLowerCase().indexOf(`</${tag.name}`, i)
      const body = page.slice(i, close < 0 ? page.length : close)
      out.raw.push([tag.name, body])
      out.text += tag.name === 'title' || tag.name === 'textarea' ? decode(body) : ''
      i = close < 0 ? page.length : page.indexOf('>', close) + 1 || page.length
    }
  }
  return out
}

function readTag(page: string, start: number): { tag: Tag; end: number } {
  let i = start
  const name = /^[^\s/>]+/.exec(page.slice(i))?.[0] ?? ''
  i += name.length
  const attrs: Array<[string, string]> = []
  for (;;) {
    while (/[\s/]/.test(page[i] ?? '')) i++
    if (i >= page.length || page[i] === '>') break
    const an = /^[^\s/>=]+|^=/.exec(page.slice(i))?.[0] ?? page[i]
    i += (an as string).length
    while (/\s/.test(page[i] ?? '')) i++
    let value = ''
    if (page[i] === '=') {
      i++
      while (/\s/.test(page[i] ?? '')) i++
      const q = page[i]
      if (q === '"' || q === "'") {
        const close = page.indexOf(q, i + 1)
        value = page.slice(i + 1, close < 0 ? page.length : close)
        i = close < 0 ? page.length : close + 1
      } else {
        value = /^[^\s>]*/.exec(page.slice(i))?.[0] ?? ''
        i += value.length
      }
    }
    attrs.push([(an as string).toLowerCase(), decode(value)])
  }
  return { tag: { name: name.toLowerCase(), attrs }, end: i + 1 }
}

const ACTIVE = [
  'script',
  'iframe',
  'object',
  'embed',
  'link',
  'img',
  'base',
  'form',
  'svg',
  'math',
  'frame',
  'audio',
  'video',
  'source',
  'input',
  'button',
  'a',
]

/** Everything that would make the page active or make it fetch something; empty when inert. */
export function activeContent(page: string): string[] {
  const t = tokenize(page)
  const problems: string[] = []
  for (const tag of t.tags) {
    if (ACTIVE.includes(tag.name)) problems.push(`<${tag.name}> element`)
    for (const [name, value] of tag.attrs) {
      if (name.startsWith('on')) problems.push(`${name} attribute on <${tag.name}>`)
      if (
        ['src', 'href', 'srcset', 'action', 'formaction', 'data', 'poster', 'background'].includes(
          name,
        )
      )
        problems.push(`${name} attribute on <${tag.name}>`)
      if (
        /(https?:|javascript:|\/\/|url\()/i.test(value) &&
        !(tag.name === 'meta' && name === 'content' && !/https?:|\/\//.test(value))
      )
        problems.push(`URL in ${name}="${value}" on <${tag.name}>`)
      if (tag.name === 'meta' && name === 'http-equiv' && value.toLowerCase() === 'refresh')
        problems.push('meta refresh')
    }
  }
  for (const [name, body] of t.raw) {
    if (name !== 'style' && name !== 'title') problems.push(`raw <${name}> content`)
    if (name === 'style' && /url\(|@import|https?:|expression\(/i.test(body))
      problems.push('style fetches')
  }
  return problems
}
