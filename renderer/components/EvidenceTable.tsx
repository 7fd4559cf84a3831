/** Evidence as a table: key, value, what it holds now, what it should hold. */
import type { Evidence } from '../../shared/diagnosis'
import { evidenceText } from '../../shared/format'
import { useT } from '../i18n'
import { RegistryTable } from './RegistryTable'

/** The table. */
export function EvidenceTable({ evidence }: { evidence: Evidence[] }) {
  const t = useT()
  const words = { notSet: t('common.notSet'), emptyList: '' }
  return (
    <RegistryTable
      label={t('checks.evidence')}
      headers={[
        t('evidence.key'),
        t('evidence.value'),
        t('evidence.actual'),
        t('evidence.expectedColumn'),
      ]}
      rows={evidence.map((e, i) => {
        // The row's words in the wizard's language (the checks' catalog messages).
        const said = evidenceText(e, t, words)
        return {
          id: `${e.key}|${e.value}|${i}`,
          key: said.key,
          cells: [said.value, said.actual, said.expected],
        }
      })}
      prose={[2]}
    />
  )
}
