/** Serving the built renderer's files, and nothing outside its folder. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** The Content Security Policy of the wizard page (Fluent UI inserts style elements). */
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Vite names every built script after its content (assets/index-BKDQqQFZ.js): such a file never
// changes, so the browser may keep it, and V8 its compiled code, with no request at all.
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.(js|css|woff2|svg|png)$/

/** How long the browser may keep a renderer file: for ever if its name is its content, else ask. */
export function cacheControlOf(urlPath: string): string {
  return HASHED_ASSET.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/** Where a URL path points from `root` (decoded, normalised); undefined when not decodable. */
function resolveUrlPath(root: string, urlPath: string): string | undefined {
  try {
    return path.resolve(root, `.${path.posix.normalize(`/${decodeURIComponent(urlPath)}`)}`)
  } catch {
    return undefined
  }
}

/**
 * Whether a URL path names the page itself, however it is spelt (`/`, `/index.html/`, `/%69ndex.html`,
 * `/x/../INDEX.HTML`, and `/%5cindex.html` where `\` separates): it is served only with the token.
 */
export function isPagePath(root: string, urlPath: string): boolean {
  const file = resolveUrlPath(root, urlPath)?.toLowerCase()
  const dir = path.resolve(root)
  return file === dir.toLowerCase() || file === path.join(dir, 'index.html').toLowerCase()
}

/** A file of the renderer by URL path; undefined for anything outside `root` or missing. */
export async function rendererFile(
  root: string,
  urlPath: string,
): Promise<{ body: Buffer; type: string } | undefined> {
  const file = resolveUrlPath(root, urlPath)
  // Path traversal guard: the resolved file must stay inside the renderer folder.
  if (!file?.startsWith(path.resolve(root) + path.sep)) return undefined
  const type = TYPES[path.extname(file).toLowerCase()]
  if (!type) return undefined
  try {
    return { body: await readFile(file), type }
  } catch {
    return undefined
  }
}
