import path from 'node:path'
import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { createWizardService, type ServiceOptions } from '../../../main/service/wizard-service'
import { ELEVATION_HELP } from '../../../main/system/elevation'
import { openRegistrySource } from '../../../main/system/registry-source'
import type { Progress } from '../../../shared/channels'
import { CHECK_GROUPS } from '../../../shared/check-groups'
import { scratchDir } from '../../helpers/demo'
import { startSmtp, testCert } from '../probe/servers'

async function service(
  demo = '2012r2-ex2016',
  elevated: boolean | null = null,
  names: Pick<ServiceOptions, 'lookup' | 'resolveMx'> = {},
) {
  const events: Progress[] = []
  const outDir = await scratchDir()
  const api = createWizardService({
    source: await openRegistrySource({ demo }),
    platform: 'linux',
    outDir,
    elevated,
    verify: false,
    language: 'en',
    emit: (_e, p) => events.push(p),
    chooseReportFile: async (name) => `${outDir}/${name}`,
    chooseReportToOpen: async () => null,
    probeTimeoutMs: 3000,
    ...names,
  })
  return { api, events, outDir }
}

describe('wizard service over a demo registry', () => {
  it('summary, no local targets for a file, classify', async () => {
    const { api } = await service()
    const m = await api['machine:summary']({})
    expect(m).toMatchObject({
      source: { kind: 'demo', label: 'demo 2012r2-ex2016' },
      canApply: true,
      languages: ['en', 'id', 'lt', 'vi', 'zh-CN', 'ro'],
      verify: null,
    })
    expect(m.machine.exchange?.product).toBe('Exchange Server 2016')
    expect(await api['targets:propose']({ domain: null })).toEqual([])
    expect(
      (await api['error:classify']({ text: '451 5.7.3 Must issue a STARTTLS command first' }))
        .symptom,
    ).toBe('starttls-required')
  })

  it('diagnosis with a real probe reports progress per check and per probe', async () => {
    const s = await startSmtp(
      { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' },
      { cert: await testCert() },
    )
    try {
      const { api, events } = await service()
      const target = {
        host: '127.0.0.1',
        port: s.port,
        mode: 'starttls' as const,
        role: 'smarthost' as const,
      }
      const { diagnosis: d } = await api['diagnosis:run']({
        symptom: 'ndr-socketerror',
        pastedText: null,
        probes: [target],
      })
      expect(d.probes?.[0]?.result.versions['TLSv1.2'].accepted).toBe(true)
      const final = new Map(events.map((e) => [e.id, e.state]))
      expect(final.get('schannel')).toBe('error')
      expect(final.get('dotnet')).toBe('error')
      expect(final.get('winhttp')).toBe('ok')
      // TLS 1.2 is accepted, but the test certificate is self-signed: the live badge is that
      // finding's warning, the same state the findings under it show (never OK over a warning).
      expect(d.findings.find((f) => f.id === 'certificate-untrusted')?.severity).toBe('warning')
      expect(final.get(`127.0.0.1:${s.port}`)).toBe('warning')
      // Every check group (the protocol logs among them) and the one probe.
      expect(events.filter((e) => e.state === 'running')).toHaveLength(CHECK_GROUPS.length + 1)
      expect(final.get('logs')).toBe('unknown')
    } finally {
      await s.close()
    }
  })

  it('plan, prepare offline by plan id; an unknown plan id is refused; the server stays as it was', async () => {
    const { api, outDir } = await service()
    const plan = await api['fixes:plan']({})
    expect(plan.changes).toHaveLength(8)
    await expect(api['fixes:apply']({ planId: 'a'.repeat(64) })).rejects.toThrow(
      /changed since this plan was shown/,
    )
    expect(await readdir(outDir)).toEqual([])
    const r = await api['fixes:apply']({ planId: plan.id })
    expect(r.status).toBe('prepared')
    const files = await readdir(outDir)
    expect(files).toHaveLength(3)
    expect(r.prepared?.fix).toMatch(/EX2016-patched-.*\.fix\.reg$/)
    expect(files).toContain(r.prepared?.fix.split('/').pop())
    // Only files were written: the snapshot is still the server's, so are its plan and verdict.
    expect((await api['fixes:plan']({})).id).toBe(plan.id)
    const report = JSON.parse(
      new TextDecoder().decode((await api.reportDownload('json', false)).bytes),
    )
    expect(report.verdict).toBe('action-needed')
    expect(report.fixes.applied.prepared.fix).toBe(r.prepared?.fix)
    expect(report.fixes.plan.id).toBe(plan.id)
  })

  it('resolves names through the injected resolvers only: the MX and the probe target', async () => {
    const s = await startSmtp(
      { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' },
      { cert: await testCert() },
    )
    const asked: string[] = []
    try {
      const { api } = await service('2012r2-ex2016', null, {
        lookup: async (host) => (asked.push(`A ${host}`), { address: '127.0.0.1' }),
        resolveMx: async (domain) => (
          asked.push(`MX ${domain}`),
          [{ exchange: 'contoso-com.mail.protection.outlook.com', priority: 0 }]
        ),
      })
      const [exo] = await api['targets:propose']({ domain: 'contoso.com' })
      expect(exo?.host).toBe('contoso-com.mail.protection.outlook.com')
      const { diagnosis: d } = await api['diagnosis:run']({
        symptom: null,
        pastedText: null,
        probes: [{ host: 'smtp.contoso.test', port: s.port, mode: 'starttls', role: 'smarthost' }],
      })
      expect(d.probes?.[0]?.result.versions['TLSv1.2'].accepted).toBe(true)
      expect(asked).toEqual(['MX contoso.com', ...asked.slice(1).map(() => 'A smtp.contoso.test')])
      expect(asked.length).toBeGreaterThan(1)
    } finally {
      await s.close()
    }
  })

  it('restart on a file registry only shows the command', async () => {
    const { api } = await service()
    expect(
      await api['restart:schedule']({ action: 'in', minutes: 5, confirmed: true }),
    ).toMatchObject({
      done: false,
      relaunch: false,
      command: expect.stringContaining('shutdown.exe /r /t 300'),
    })
  })

  it('live fixes need elevation: refused with the help unless elevated; offline fixes need none', async () => {
    const live = async (elevated: boolean | null) =>
      createWizardService({
        source: { ...(await openRegistrySource({ demo: '2012r2-ex2016' })), kind: 'live' },
        platform: 'linux',
        outDir: await scratchDir(),
        elevated,
        verify: false,
        language: 'en',
        emit: () => {},
        chooseReportFile: async () => null,
        chooseReportToOpen: async () => null,
      })
    for (const elevated of [false, null]) {
      const api = await live(elevated)
      expect((await api['machine:summary']({})).canApply, `elevated: ${elevated}`).toBe(false)
      const plan = await api['fixes:plan']({})
      expect(plan.changes.length).toBeGreaterThan(0)
      await expect(api['fixes:apply']({ planId: plan.id })).rejects.toThrow(ELEVATION_HELP)
      await expect(api['fixes:rollback']({ backup: null })).rejects.toThrow(ELEVATION_HELP)
    }
    const admin = await live(true)
    expect((await admin['machine:summary']({})).canApply).toBe(true)
    const plan = await admin['fixes:plan']({})
    // Past the elevation check (the demo's store then patches a copy, as a file registry does).
    expect((await admin['fixes:apply']({ planId: plan.id })).status).toBe('prepared')
    // A file or demo registry is patched offline, into a copy: no elevation needed.
    const { api: offline } = await service('2012r2-ex2016', false)
    expect((await offline['machine:summary']({})).canApply).toBe(true)
  })

  it('progress on an export that shows too little: the undecided checks are never reported OK', async () => {
    const events: Progress[] = []
    const api = createWizardService({
      source: await openRegistrySource({
        registry: path.join(__dirname, '../../fixtures/verdict/schannel-only-2008r2.reg'),
      }),
      platform: 'linux',
      outDir: await scratchDir(),
      elevated: null,
      verify: false,
      language: 'en',
      emit: (_e, p) => events.push(p),
      chooseReportFile: async () => null,
      chooseReportToOpen: async () => null,
    })
    const { diagnosis: d, plan } = await api['diagnosis:run']({
      symptom: null,
      pastedText: null,
      probes: [],
    })
    expect(d.verdict).toBe('inconclusive')
    // The plan comes with the diagnosis, the same one fixes:plan gives for it.
    expect(plan).toEqual(await api['fixes:plan']({}))
    const final = new Map(events.map((e) => [e.id, e.state]))
    for (const id of ['dotnet', 'winhttp', 'exchange']) expect(final.get(id), id).toBe('unknown')
    expect([...final.values()]).not.toContain('ok')
  })
})
