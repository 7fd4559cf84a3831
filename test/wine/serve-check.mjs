// Checks a running `tlswizard serve` (the Wine stage's tlswizard.exe) from Linux node: the page
// with its token, one API call with the token, and the same call refused without it. Loopback only.
// Usage: node serve-check.mjs 'http://127.0.0.1:PORT/?token=...' EXPECTED_COMPUTER_NAME
/* global fetch, AbortSignal */
const [address, computerName] = process.argv.slice(2)
const url = new URL(address)
if (url.hostname !== '127.0.0.1') throw new Error(`not a loopback address: ${address}`)
const token = url.searchParams.get('token') ?? ''
const api = new URL('/api/machine:summary', url)
const call = (headers) =>
  fetch(api, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: '{}',
    signal: AbortSignal.timeout(20_000),
  })
const problems = []

const page = await fetch(url, { signal: AbortSignal.timeout(20_000) })
const html = await page.text()
const script = /<script[^>]+src="([^"]*assets\/[^"]+\.js)"/.exec(html)?.[1]
if (page.status !== 200 || !script)
  problems.push(`GET / answered ${page.status} without the renderer's page`)
// The page's script: a file of renderer/ beside the exe.
const js = script
  ? await fetch(new URL(script, url), { signal: AbortSignal.timeout(20_000) })
  : null
const jsBytes = js ? (await js.arrayBuffer()).byteLength : 0
if (js && (js.status !== 200 || !/javascript/.test(js.headers.get('content-type') ?? '')))
  problems.push(`GET ${script} answered ${js.status} ${js.headers.get('content-type')}`)
const withToken = await call({ 'X-TlsWizard-Token': token })
const summary = await withToken.json()
if (withToken.status !== 200 || summary.machine?.computerName !== computerName)
  problems.push(`machine:summary answered ${withToken.status} ${JSON.stringify(summary)}`)
const without = await call({})
if (without.status !== 401)
  problems.push(`machine:summary without the token answered ${without.status}`)

if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(
  `GET / ${page.status}, ${script} ${js?.status} (${jsBytes} bytes); machine:summary 200 computerName=${summary.machine.computerName}; without the token 401`,
)
