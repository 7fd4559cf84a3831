import { lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createAppFileHandler, resolveAppFile } from '../../../main/app/app-files'
import { CONTENT_SECURITY_POLICY } from '../../../main/app/csp'

vi.mock('electron', () => ({}))

let base: string
let root: string
let handler: ReturnType<typeof createAppFileHandler>
// Why the symbolic-link case cannot run here, when it cannot (Windows without the privilege).
let noSymlink: string | undefined

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'app-files-'))
  root = path.join(base, 'renderer')
  mkdirSync(path.join(root, 'assets'), { recursive: true })
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>wizard</title>')
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(path.join(base, 'secret.txt'), 'secret')
  writeFileSync(path.join(base, 'renderer-evil.txt'), 'secret')
  try {
    symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'link.txt'))
  } catch (e) {
    // Windows without the symlink privilege (no Developer Mode, not elevated) refuses with EPERM:
    // that case is skipped and says why. Any other failure would turn it into a plain 404: fail.
    if (process.platform !== 'win32' || (e as NodeJS.ErrnoException).code !== 'EPERM') throw e
    noSymlink = `cannot make a symbolic link here: ${(e as Error).message}`
    console.warn(`skipped: the app:// symbolic-link case: ${noSymlink}`)
  }
  handler = createAppFileHandler(root)
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => handler(new Request(url, { method }))

describe('the app:// file handler', () => {
  it('serves index.html for / with the CSP and nosniff', async () => {
    const response = await get('app://wizard/')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>wizard</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves a script with its type', async () => {
    const response = await get('app://wizard/assets/app.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers HEAD without a body', async () => {
    const response = await get('app://wizard/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('refuses other methods', async () => {
    expect((await get('app://wizard/index.html', 'POST')).status).toBe(405)
  })

  it.each([
    'app://wizard/../secret.txt',
    'app://wizard/%2e%2e/secret.txt',
    'app://wizard/..%2fsecret.txt',
    'app://wizard/%2e%2e%2fsecret.txt',
    'app://wizard/assets/..%2f..%2fsecret.txt',
    'app://wizard/..%5csecret.txt',
    'app://wizard/%5c..%5csecret.txt',
    'app://wizard/..%2f..%2frenderer-evil.txt',
    'app://wizard/index.html%00.js',
    'app://wizard/C:%5cWindows%5cwin.ini',
    'app://wizard/index.html::$DATA',
    'app://wizard/%E0%A4%A',
    'app://wizard/assets',
    'app://wizard/missing.js',
    'app://evil/index.html',
  ])('refuses %s with 404 and still sends the CSP', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('secret')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('refuses a symbolic link in the folder that leads out of it', async (ctx) => {
    if (noSymlink) return ctx.skip(noSymlink)
    expect(lstatSync(path.join(root, 'link.txt')).isSymbolicLink()).toBe(true)
    const response = await get('app://wizard/link.txt')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('secret')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })
})

describe('resolveAppFile', () => {
  it('maps paths under the root only', () => {
    expect(resolveAppFile('/r', 'app://wizard/a/b.js')).toBe(path.resolve('/r/a/b.js'))
    expect(resolveAppFile('/r', 'app://wizard/')).toBe(path.resolve('/r/index.html'))
    expect(resolveAppFile('/r', 'app://wizard/..%2f..%2fetc/passwd')).toBeNull()
    expect(resolveAppFile('/r', 'https://wizard/index.html')).toBeNull()
    expect(resolveAppFile('/r', 'not a url')).toBeNull()
  })
})

describe('the CSP', () => {
  it('is the strict policy of the brief', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })
})
