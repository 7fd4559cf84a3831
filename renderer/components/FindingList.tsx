/** Findings as an accordion: severity and title, expanding to advice, evidence and fixes. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import type { Finding, Problem } from '../../shared/diagnosis'
import { useT } from '../i18n'
import { EvidenceTable } from './EvidenceTable'
import { SeverityBadge } from './SeverityBadge'
import { WhyItMatters } from './WhyItMatters'

const useStyles = makeStyles({
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  panel: { display: 'grid', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
})

/** The list; empty lists say so. `problems` gives each finding its "why this matters". */
export function FindingList({
  findings,
  problems = [],
}: {
  findings: Finding[]
  problems?: readonly Problem[]
}) {
  const t = useT()
  const s = useStyles()
  if (!findings.length) return <Body1>{t('checks.noFindings')}</Body1>
  return (
    <Accordion multiple collapsible>
      {findings.map((f, i) => (
        <AccordionItem key={`${f.id}-${i}`} value={`${f.id}-${i}`}>
          <AccordionHeader>
            <span className={s.header}>
              <SeverityBadge severity={f.severity} />
              {t(`${f.messageKey}.title`, f.params)}
            </span>
          </AccordionHeader>
          <AccordionPanel className={s.panel}>
            <Body1>{t(`${f.messageKey}.advice`, f.params)}</Body1>
            <EvidenceTable evidence={f.evidence} />
            {f.fixes.length > 0 && (
              <Body1>
                {t('evidence.fixes')}: {f.fixes.map((x) => t(`fix.${x}`)).join('; ')}
              </Body1>
            )}
            {(() => {
              const problem = problems.find((p) => p.findings.includes(f.id))
              return problem ? <WhyItMatters problem={problem.id} /> : null
            })()}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  )
}
