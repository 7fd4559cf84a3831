/**
 * The loopback web host: the built renderer and the same channel map over HTTP on 127.0.0.1 only.
 * A random token guards every call; Host and Origin are checked so that a page on another site
 * (DNS rebinding) cannot reach it.
 */
import { translate as t } from '../../shared/i18n/translate'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { z } from 'zod'
import { channels, isChannel, type WizardApi } from '../../shared/channels'
import { InputError } from '../input-error'
import { RegFormatError } from '../registry/reg-format-error'
import type { EventHub } from './event-hub'
import { firstScreenBlock } from './first-screen'
import { cacheControlOf, isPagePath, rendererFile, RENDERER_CSP } from './static-files'

/** What the host serves. */
export interface WebHostOptions {
  api: WizardApi
  /** Called with the Accept-Language of each API request before it is answered. */
  acceptLanguage?(header: string | undefined): Promise<void>
  /** The current report as a download (GET /api/report?format=html|json&redact=0|1). */
  download?(
    format: 'html' | 'json',
    redact: boolean,
  ): Promise<{ name: string; bytes: Uint8Array; type: string }>
  hub: EventHub
  rendererDir: string
  port?: number
  token?: string
  /** How long a socket may sit idle without the token (default 60 s; tests shorten it). */
  idleTimeoutMs?: number
  /** How long the page waits for the Welcome step's answers (main/web/first-screen.ts). */
  firstScreenWaitMs?: number
  /** The support log: each API call's channel and outcome (never a request body or the token). */
  log?(level: 'INFO' | 'ERROR', message: string): void
}

/** A running host. */
export interface WebHost {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const MAX_BODY = 1024 * 1024
// Every response carries the CSP, whatever path reached it (`/%69ndex.html` is index.html too).
const COMMON = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new HttpError(413, `request body is larger than ${MAX_BODY} bytes`)
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  try {
    return text === '' ? {} : JSON.parse(text)
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON')
  }
}

function issues(e: z.ZodError): string {
  return e.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    .join('; ')
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...COMMON, 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

/** Starts the host on 127.0.0.1 (port 0: any free port). */
/** The HTTP status for a failure: the host's own, 400 for bad input, 500 for the unexpected. */
function statusOf(e: unknown): number {
  if (e instanceof HttpError) return e.status
  return e instanceof InputError || e instanceof RegFormatError ? 400 : 500
}

export async function startWebHost(o: WebHostOptions): Promise<WebHost> {
  const token = o.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`]

  // The browser's language is a courtesy: when it cannot be taken (a damaged state file), the call
  // goes on in the wizard's language and the support log says why, never failing the call itself.
  async function browserLanguage(req: IncomingMessage): Promise<void> {
    try {
      await o.acceptLanguage?.(req.headers['accept-language'])
    } catch (e) {
      o.log?.(
        'ERROR',
        `web language from the browser: ${e instanceof Error ? e.message : String(e)}`,
      )
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().includes(req.headers.host ?? ''))
      throw new HttpError(
        403,
        t('error.web.hostNotAllowed', {
          host: req.headers.host ?? '',
          allowed: allowedHosts()[0] as string,
        }),
      )
    const origin = req.headers.origin
    if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`))
      throw new HttpError(403, `Origin "${origin}" is not allowed`)
    let url: URL
    try {
      url = new URL(req.url ?? '/', `http://${allowedHosts()[0]}`)
    } catch {
      throw new HttpError(400, 'the address is not valid')
    }
    const queryToken = url.searchParams.get('token')
    if (url.pathname.startsWith('/api/')) {
      const headerToken = req.headers['x-tlswizard-token']
      if (!sameToken(typeof headerToken === 'string' ? headerToken : queryToken, token))
        throw new HttpError(401, t('error.web.badToken'))
      // A caller with the token may wait as long as its call takes (a diagnosis reading logs).
      req.socket.setTimeout(0)
      if (url.pathname === '/api/events' && req.method === 'GET')
        return o.hub.subscribe(res, COMMON)
      await browserLanguage(req)
      if (url.pathname === '/api/report' && req.method === 'GET' && o.download) {
        const format = url.searchParams.get('format')
        if (format !== 'html' && format !== 'json')
          throw new HttpError(400, 'format must be html or json')
        const file = await o.download(format, url.searchParams.get('redact') === '1')
        res.writeHead(200, {
          ...COMMON,
          'Content-Type': file.type,
          'Content-Disposition': `attachment; filename="${file.name}"`,
        })
        return void res.end(file.bytes)
      }
      const name = url.pathname.slice('/api/'.length)
      if (!isChannel(name)) throw new HttpError(404, `unknown channel "${name}"`)
      if (req.method !== 'POST') throw new HttpError(405, `use POST for ${name}`)
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        throw new HttpError(415, 'send the request as application/json')
      const parsed = channels[name].request.safeParse(await readBody(req))
      if (!parsed.success)
        throw new HttpError(400, `bad request for ${name}: ${issues(parsed.error)}`)
      const call = o.api[name] as (r: unknown) => Promise<unknown>
      const answer = channels[name].response.parse(await call(parsed.data))
      o.log?.('INFO', `web ${name}: ok`)
      return send(res, 200, answer)
    }
    if (req.method !== 'GET') throw new HttpError(405, 'only GET here')
    // Routed on where the path points: `/%69ndex.html`, `/index.html/` or `/x/../index.html` is the
    // page too, and gets the same token check.
    try {
      decodeURIComponent(url.pathname)
    } catch {
      throw new HttpError(400, 'the address is not valid')
    }
    if (isPagePath(o.rendererDir, url.pathname)) {
      if (!sameToken(queryToken, token)) throw new HttpError(401, t('error.web.badToken'))
      const page = await rendererFile(o.rendererDir, 'index.html')
      if (!page)
        throw new HttpError(
          500,
          `the renderer is not built (no index.html in ${o.rendererDir}): run npm run build`,
        )
      res.writeHead(200, { ...COMMON, 'Content-Type': page.type })
      // All but the end at once (the scripts load meanwhile), then the Welcome step's answers.
      const html = page.body.toString('utf8')
      const end = html.lastIndexOf('</body>')
      if (end < 0) return void res.end(page.body)
      res.write(html.slice(0, end))
      const block = await firstScreenBlock(o.api, () => browserLanguage(req), o.firstScreenWaitMs)
      o.log?.(
        'INFO',
        block.kind === 'included'
          ? 'web page: sent with the first screen'
          : `web page: sent without the first screen (${block.kind === 'late' ? 'engine slower than the wait' : block.message})`,
      )
      return void res.end((block.kind === 'included' ? block.html : '') + html.slice(end))
    }
    const file = await rendererFile(o.rendererDir, url.pathname)
    if (!file) throw new HttpError(404, 'not found')
    res.writeHead(200, {
      ...COMMON,
      'Content-Type': file.type,
      'Cache-Control': cacheControlOf(path.posix.normalize(url.pathname)),
    })
    res.end(file.body)
  }

  // Timeouts are checked every second (Node's default, 30 s, would let each run 30 s over).
  const server = createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = statusOf(e)
      const text = e instanceof Error ? e.message : String(e)
      // The path without its query: the query may hold the token.
      const where = `${req.method ?? ''} ${(req.url ?? '').split('?')[0]}`
      const detail = status === 500 && e instanceof Error ? (e.stack ?? text) : text
      o.log?.('ERROR', `web ${where}: ${status} ${detail}`)
      if (res.headersSent) return void res.end()
      // A refused request is not read any further: its connection closes after the answer (given a
      // moment to arrive: closing with unread bytes would reset the connection and lose it).
      if (!req.complete) {
        res.setHeader('Connection', 'close')
        res.once('finish', () => setTimeout(() => req.destroy(), 1000).unref())
      }
      send(res, status, { error: status === 500 ? `unexpected failure: ${text}` : text })
    })
  })
  // Every wait is bounded (a client that sends nothing, or a byte at a time, is not waited for):
  // headers within 10 s, the whole request within 30 s, a socket idle for 60 s closed (except with
  // the token, above), and 64 connections at once (a browser uses a handful).
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000
  server.timeout = o.idleTimeoutMs ?? 60_000
  server.maxConnections = 64
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(o.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        o.hub.closeAll()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
