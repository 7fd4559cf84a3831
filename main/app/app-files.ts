/** Serves the built renderer for `app://wizard/...`: files under one folder only, with the CSP. */
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { APP_HOST, APP_SCHEME } from './app-url'
import { CONTENT_SECURITY_POLICY } from './csp'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

/** Headers on every response, errors included (STYLE.md rule 4: strict CSP). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
}

/** A request handler for `protocol.handle` (a plain fetch-style function, testable in Node). */
export type AppRequestHandler = (request: Request) => Promise<Response>

function reply(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

function within(root: string, file: string): boolean {
  const rel = path.relative(root, file)
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)
}

/**
 * The file a URL names under `root`, or null when it names nothing there: another host, a
 * malformed escape, a NUL byte, `\` or `:` (Windows streams and drives), or a path that leaves the
 * folder (`..`, `%2e%2e`, `%2f`).
 */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (/[\0\\:]/.test(pathname)) return null
  const relative = pathname === '/' ? 'index.html' : pathname
  if (relative.split('/').includes('..')) return null
  const file = path.resolve(root, `.${path.posix.sep}${relative.replace(/^\/+/, '')}`)
  return within(path.resolve(root), file) ? file : null
}

/** Creates the handler serving files from `root` (the built renderer, dist/renderer). */
export function createAppFileHandler(root: string): AppRequestHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return reply(405, 'Method not allowed')
    const file = resolveAppFile(root, request.url)
    if (file === null) return reply(404, 'Not found')
    try {
      // A symbolic link inside the folder must not lead outside it either.
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)])
      if (!within(realRoot, realFile) || !(await stat(realFile)).isFile()) {
        return reply(404, 'Not found')
      }
      const body = request.method === 'HEAD' ? null : await readFile(realFile)
      const type = CONTENT_TYPES[path.extname(realFile).toLowerCase()] ?? 'application/octet-stream'
      return new Response(body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': type },
      })
    } catch {
      return reply(404, 'Not found')
    }
  }
}
