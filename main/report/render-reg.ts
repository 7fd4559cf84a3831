/** A `.reg` file of the values a report read, to attach beside it (and to diagnose offline). */
import { translate as t } from '../../shared/i18n/translate'
import type { Report, ValueRead } from '../../shared/report'
import { keyPathId, RegPathError, canonicalKeyPath } from '../registry/reg-path'
import type { RegValue } from '../registry/reg-value'
import { encodeRegFile, writeRegText, type RegSection } from '../registry/reg-write'
import { CURRENT_CONTROL_SET, protocolsKey } from '../system/registry-paths'

function regValue(v: ValueRead['actual']): RegValue | undefined {
  if (typeof v === 'number')
    return Number.isInteger(v) && v >= 0 && v <= 0xffffffff
      ? { type: 'REG_DWORD', data: v }
      : undefined
  if (Array.isArray(v)) return { type: 'REG_MULTI_SZ', data: v }
  // Binary data was read as "hex:..." text; its type is not known, so it is left out.
  if (typeof v === 'string' && !v.startsWith('hex:')) return { type: 'REG_SZ', data: v }
  return undefined
}

/**
 * The sections: one per key, in the order read, values that were set only. The Schannel
 * Protocols key comes first when the registry showed it, even empty: a server with no TLS values
 * at all has it, and a diagnosis of the file must not take it for "not exported".
 */
export function reportRegSections(r: Report): RegSection[] {
  const sections = new Map<string, RegSection>()
  if (r.coverage?.schannel) {
    const path = canonicalKeyPath(protocolsKey(r.coverage.controlSet ?? CURRENT_CONTROL_SET))
    sections.set(keyPathId(path), { path, entries: [] })
  }
  for (const v of r.registry.values) {
    const value = regValue(v.actual)
    // A line break in a name would start a new line of the file: such a value is left out.
    if (!value || /[^\x20-\uffff]/.test(v.key + v.value)) continue
    let id: string
    try {
      id = keyPathId(v.key)
    } catch (e) {
      // A key a hand-edited report made up: it cannot be written, so it is left out.
      if (e instanceof RegPathError) continue
      throw e
    }
    const section = sections.get(id) ?? { path: canonicalKeyPath(v.key), entries: [] }
    sections.set(id, section)
    section.entries.push({ name: v.value, value })
  }
  return [...sections.values()]
}

/** The file text; comments say what it is, and which values were not set at all. */
export function renderReportRegText(r: Report): string {
  const notSet = r.registry.values.filter((v) => v.actual === null)
  const machine = r.machine.fqdn ?? r.machine.computerName ?? t('reportDoc.unknown')
  const comments = [
    t('reportDoc.reg.header', { ...r.product, machine, time: r.diagnosedAt }),
    t('reportDoc.reg.usage'),
    ...(r.redacted ? [t('reportDoc.reg.redacted')] : []),
    ...notSet.map((v) => t('reportDoc.reg.notSet', { path: `${v.key}\\${v.value}` })),
  ]
  return writeRegText(reportRegSections(r), comments)
}

/** The bytes: UTF-16LE with a byte-order mark, "Windows Registry Editor Version 5.00". */
export function renderReportReg(r: Report): Uint8Array {
  return encodeRegFile(renderReportRegText(r))
}
