/**
 * compareDiagnoses and the machine it compares: two diagnoses that name different machines are
 * refused, one that names none is compared with machineConfirmed false, never silently.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import {
  compareDiagnoses,
  DifferentMachinesError,
  sameMachine,
  type Comparison,
} from '../../shared/compare'
import type { Diagnosis, MachineSummary } from '../../shared/diagnosis'
import { diagnoseStore, openDemo } from '../helpers/demo'

let ex2016: Diagnosis
let ex2019: Diagnosis
beforeAll(async () => {
  ex2016 = await diagnoseStore(await openDemo('2012r2-ex2016'))
  ex2019 = await diagnoseStore(await openDemo('2019-ex2019'))
})

/** `d` as a diagnosis of the machine named so. */
const named = (d: Diagnosis, computerName: string | null, fqdn: string | null): Diagnosis => ({
  ...d,
  machine: { ...d.machine, computerName, fqdn },
})

const machine = (computerName: string | null, fqdn: string | null) =>
  ({ computerName, fqdn }) as MachineSummary

describe('compareDiagnoses and the machine', () => {
  it('refuses two diagnoses of different machines, naming both', () => {
    let error: unknown
    try {
      compareDiagnoses(ex2016, ex2019)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DifferentMachinesError)
    expect(error).toMatchObject({
      before: 'EX2016 (ex2016.contoso.local)',
      after: 'EX2019 (ex2019.contoso.local)',
    })
  })

  it('compares one machine as before, names matched without regard to case', () => {
    // The healthy sample stands in for the same server after its fix.
    const after = named(ex2019, 'ex2016', 'EX2016.Contoso.Local.')
    const c: Comparison = compareDiagnoses(ex2016, after)
    expect(c.machineConfirmed).toBe(true)
    expect(c.verdict).toEqual({ before: 'action-needed', after: 'healthy' })
    expect(c.fixed.map((f) => f.id)).toContain('tls12-not-enabled')
  })

  it('compares when one side does not name its machine, and says it is not confirmed', () => {
    for (const [before, after] of [
      [named(ex2016, null, null), named(ex2019, 'EX2016', 'ex2016.contoso.local')],
      [ex2016, named(ex2019, null, null)],
    ] as const) {
      const c = compareDiagnoses(before, after)
      expect(c.machineConfirmed).toBe(false)
      expect(c.fixed.map((f) => f.id)).toContain('tls12-not-enabled')
    }
  })

  it('sameMachine compares like with like: computer names, then FQDNs (by host without a domain)', () => {
    const ex = machine('EX2016', 'ex2016.contoso.local')
    expect(sameMachine(ex, machine('ex2016', null))).toBe(true)
    expect(sameMachine(ex, machine(null, 'ex2016'))).toBe(true)
    expect(sameMachine(ex, machine('EX2019', null))).toBe(false)
    expect(sameMachine(ex, machine('EX2016', 'ex2016.fabrikam.local'))).toBe(false)
    expect(sameMachine(ex, machine(null, 'ex2019.contoso.local'))).toBe(false)
    // Nothing recorded on both sides: not known either way.
    expect(sameMachine(machine('EX2016', null), machine(null, 'ex2019.contoso.local'))).toBeNull()
    expect(sameMachine(ex, machine(null, null))).toBeNull()
    expect(sameMachine(ex, machine(' ', ''))).toBeNull()
  })
})
