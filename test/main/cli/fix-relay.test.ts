/** The mail path decides the plan: a relay without Exchange gets no .NET switches unless asked. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { planFromDiagnosis } from '../../../main/fixes/fix-flow'
import { openRegistrySource } from '../../../main/system/registry-source'
import { runDiagnosis } from '../../../main/system/run-diagnosis'
import { cli } from '../../helpers/cli'

const RELAY = path.join(__dirname, '../../fixtures/verdict/smtp-relay-no-dotnet.reg')

async function planFor(registry: { registry?: string; demo?: string }, dotnet = false) {
  const source = await openRegistrySource(registry)
  const d = await runDiagnosis(source, new Date(0))
  return { d, plan: await planFromDiagnosis(source, d, { dotnetWithoutExchange: dotnet }) }
}

describe('fix plans follow the mail path', () => {
  it('an IIS SMTP relay: the .NET finding stays (a warning), the plan leaves .NET out and says so', async () => {
    const { d, plan } = await planFor({ registry: RELAY })
    expect(d.coverage.mailPath).toBe('smtp-relay')
    expect(d.findings.find((f) => f.id === 'dotnet-tls-not-configured')?.severity).toBe('warning')
    expect(plan.changes.filter((c) => c.fixId.startsWith('dotnet'))).toEqual([])
    expect(plan.leftOut).toEqual(['dotnet-v4-strong-crypto'])
    const r = await cli('fix', '--registry', RELAY, '--dry-run')
    expect(r.out).toContain('Not planned: the .NET TLS switches. No Exchange runs here')
  })

  it('asked for (fix --dotnet), the relay plan writes the four .NET values', async () => {
    const { plan } = await planFor({ registry: RELAY }, true)
    expect(plan.changes.filter((c) => c.fixId === 'dotnet-v4-strong-crypto')).toHaveLength(4)
    expect(plan.leftOut).toBeUndefined()
    const r = await cli('fix', '--registry', RELAY, '--dotnet', '--json')
    expect(JSON.parse(r.out).plan.changes).toHaveLength(4)
  })

  it('where Exchange runs, the .NET switches are planned without asking', async () => {
    const { d, plan } = await planFor({ demo: '2012r2-ex2016' })
    expect(d.coverage.mailPath).toBe('exchange')
    expect(plan.changes.filter((c) => c.fixId === 'dotnet-v4-strong-crypto')).toHaveLength(4)
    expect(plan.leftOut).toBeUndefined()
  })
})
