/**
 * A peer that turns the SMTP session down before TLS (a 554 greeting, STARTTLS answered 454, a
 * reply past the 64 KiB cap) is not a server that refuses TLS 1.2 (review finding): no "restart
 * the server" or "update Exchange", its own outcome in every table, its own finding, in every
 * language. Real servers on 127.0.0.1; the 2019 demo's registry has TLS 1.2 on.
 */
import type net from 'node:net'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diagnosisSchema } from '../../../shared/diagnosis'
import { CATALOGS } from '../../../shared/i18n/catalogs'
import { LANGUAGES } from '../../../shared/i18n/languages'
import { format } from '../../../shared/i18n/translate'
import { PROBE_TLS_VERSIONS, probeResultSchema } from '../../../shared/probe'
import { cli } from '../../helpers/cli'
import { scratchDir } from '../../helpers/demo'
import { forbidDns } from '../probe/no-dns'
import { startRaw, type Running } from '../probe/servers'

forbidDns()

/** Greets with 220 and offers STARTTLS, then answers STARTTLS with 454. */
function starttls454(s: net.Socket) {
  s.write('220 mx.test ESMTP\r\n')
  s.on('data', (d) => {
    const c = d.toString('latin1')
    if (c.startsWith('EHLO')) s.write('250-mx.test\r\n250 STARTTLS\r\n')
    else if (c.startsWith('STARTTLS')) s.write('454 4.7.0 TLS not available\r\n')
    else s.write('250 OK\r\n')
  })
}

/** A multi-line greeting past the 64 KiB cap, a batch per turn of the event loop. */
function oversized(s: net.Socket) {
  const batch = `220-${'x'.repeat(1000)}\r\n`.repeat(8)
  const next = () => {
    if (s.writable && s.bytesWritten < 1 << 20) s.write(batch, () => setImmediate(next))
  }
  next()
}

const PEERS = {
  greeting: {
    serve: (s: net.Socket) => s.end('554 5.7.1 go away\r\n'),
    error: /did not greet with 220: 554 5\.7\.1 go away/,
  },
  starttls: {
    serve: starttls454,
    error: /STARTTLS was answered with 454 4\.7\.0 TLS not available/,
  },
  oversized: { serve: oversized, error: /more than 65536 bytes during the greeting/ },
} as const
type Peer = keyof typeof PEERS

const running = new Map<Peer, Running>()
beforeAll(async () => {
  for (const [name, peer] of Object.entries(PEERS))
    running.set(name as Peer, await startRaw(peer.serve))
})
afterAll(async () => {
  await Promise.all([...running.values()].map((s) => s.close()))
})

const target = (peer: Peer) => `127.0.0.1:${running.get(peer)?.port}`
const diagnose = (peer: Peer, ...more: string[]) =>
  cli('diagnose', '--demo', '2019-ex2019', '--probe', target(peer), '--timeout', '5000', ...more)

describe.each(Object.keys(PEERS) as Peer[])('diagnose --probe, a peer that rejects: %s', (peer) => {
  it('--json: its own outcome and finding, never "TLS 1.2 refused"; action needed', async () => {
    const { code, out } = await diagnose(peer, '--json')
    const d = diagnosisSchema.parse(JSON.parse(out))
    const versions = d.probes?.[0]?.result.versions
    for (const v of PROBE_TLS_VERSIONS) {
      expect(versions?.[v].result, v).toBe('smtp-rejected')
      expect(versions?.[v].error, v).toMatch(PEERS[peer].error)
    }
    const ids = d.findings.map((f) => f.id)
    expect(ids).toContain('probe-smtp-rejected')
    expect(ids).not.toContain('tls12-refused-despite-registry')
    expect(ids).not.toContain('probe-tls12-refused')
    const problem = d.problems.find((p) => p.id === 'smtp-rejected')
    expect(problem).toMatchObject({ severity: 'error', fixes: [] })
    expect(d.problems.map((p) => p.id)).not.toContain('wire-tls12-refused')
    expect(d.verdict).toBe('action-needed')
    expect(code).toBe(1)
  })

  it('text: the probe table and the advice say what happened, no restart or update', async () => {
    const { code, out } = await diagnose(peer)
    expect(code).toBe(1)
    expect(out).toContain('1. [ERROR] A probed server rejected the SMTP session before TLS')
    expect(out).toMatch(/No TLS version was tried \(.+\), so this says nothing yet about TLS 1\.2/)
    expect(out).toMatch(/TLSv1\.2 = rejected before TLS {2}\(expected accepted\)/)
    expect(out).toMatch(/^TLSv1\.2 +rejected before TLS +- +- +\S/m)
    expect(out).not.toMatch(/refused TLS 1\.2|TLSv1\.2 = refused/)
    // The demo's own warning (Exchange 2019 out of support) has its update fix; this problem none.
    const problem = out.slice(out.indexOf('1. [ERROR]'), out.indexOf('\n2. '))
    expect(problem).toContain('Findings: probe-smtp-rejected')
    expect(problem).not.toMatch(/fix:|[Rr]estart|[Uu]pdate/)
  })
})

describe('the other fronts show the outcome too', () => {
  it('probe --json: the schema takes it; probe: the table says it', async () => {
    const json = await cli('probe', target('starttls'), '--json', '--timeout', '5000')
    expect(json.code).toBe(0)
    const r = probeResultSchema.parse(JSON.parse(json.out))
    expect(r.versions['TLSv1.2'].result).toBe('smtp-rejected')
    expect(r.starttlsOffered).toBe(true)
    const text = await cli('probe', target('greeting'), '--timeout', '5000')
    expect(text.out).toMatch(/^TLSv1\.2 +rejected before TLS +- +- +the server did not greet/m)
  })

  it('the HTML report names the outcome and the finding', async () => {
    const page = path.join(await scratchDir(), 'report.html')
    expect((await diagnose('greeting', '--report', page)).code).toBe(1)
    const html = await readFile(page, 'utf8')
    expect(html).toContain('rejected before TLS')
    expect(html).toContain('rejected the SMTP session before any TLS handshake')
    expect(html).not.toContain('refused TLS 1.2')
  })

  it.each(LANGUAGES.filter((l) => l !== 'en'))('in %s: translated, reply kept', async (lang) => {
    const c = CATALOGS[lang] as Record<string, string>
    const { code, out } = await diagnose('starttls', '--lang', lang)
    expect(code).toBe(1)
    // The advice as the catalog words it, with the probe's own words for the server's reply.
    const error = format(c['probe.error.starttlsRejected'] ?? '', {
      reply: '454 4.7.0 TLS not available',
    })
    const advice = format(c['finding.probe-smtp-rejected.advice'] ?? '', { error })
    expect(advice).toContain('(Enable-ExchangeCertificate -Services SMTP)')
    expect(out).toContain(advice)
    expect(out).toContain(c['problem.smtp-rejected.title'])
    expect(out).toContain(c['probe.result.smtp-rejected'])
    // The server's words are data: they stay as it sent them.
    expect(out).toContain('454 4.7.0 TLS not available')
    expect(out).not.toContain('No TLS version was tried')
  })
})
