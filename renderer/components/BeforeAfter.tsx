/** Verify mode: the diagnosis from before the fix next to the one just made. */
import {
  Body1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components'
import { compareDiagnoses } from '../../shared/compare'
import type { Diagnosis, EffectiveState } from '../../shared/diagnosis'
import { useT } from '../i18n'

/** The side-by-side table: verdict, Schannel per version and side, then each finding's fate. */
export function BeforeAfter({ before, after }: { before: Diagnosis; after: Diagnosis }) {
  const t = useT()
  const c = compareDiagnoses(before, after)
  const onOff = (s: EffectiveState) =>
    s === 'unknown' ? t('reportDoc.unknownState') : t(s === 'on' ? 'cli.on' : 'cli.off')
  const rows: Array<[string, string, string]> = [
    [
      t('checks.verdict'),
      t(`checks.verdict.${c.verdict.before}`),
      t(`checks.verdict.${c.verdict.after}`),
    ],
    ...c.schannel
      .filter((x) => x.version === 'TLS 1.2' || x.before !== x.after)
      .map((x): [string, string, string] => [
        `${x.version} ${t(`cli.${x.side}`)}`,
        onOff(x.before),
        onOff(x.after),
      ]),
    ...c.fixed.map((f): [string, string, string] => [
      t(`${f.messageKey}.title`, f.params),
      t(`severity.${f.severity}`),
      `✔ ${t('verify.fixed')}`,
    ]),
    ...c.undecided.map((f): [string, string, string] => [
      t(`${f.messageKey}.title`, f.params),
      t(`severity.${f.severity}`),
      `? ${t('verify.undecided')}`,
    ]),
    ...c.remaining.map((f): [string, string, string] => [
      t(`${f.messageKey}.title`, f.params),
      t(`severity.${f.severity}`),
      `✖ ${t('verify.still')}`,
    ]),
    ...c.added.map((f): [string, string, string] => [
      t(`${f.messageKey}.title`, f.params),
      '-',
      `! ${t('verify.new')}`,
    ]),
    ...c.foundNow.map((f): [string, string, string] => [
      t(`${f.messageKey}.title`, f.params),
      '?',
      `✖ ${t('verify.foundNow')}`,
    ]),
  ]
  return (
    <section aria-label={t('verify.heading')} data-before-after="">
      <Subtitle2 as="h3">{t('verify.heading')}</Subtitle2>
      {/* One diagnosis does not name its machine: said before anything is called fixed. */}
      {!c.machineConfirmed && (
        <Body1 as="p" data-machine-unconfirmed="">
          {t('verify.machineUnconfirmed')}
        </Body1>
      )}
      <Table size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell />
            <TableHeaderCell>{t('verify.before')}</TableHeaderCell>
            <TableHeaderCell>{t('verify.after')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([what, b, a], i) => (
            <TableRow key={i}>
              <TableCell>{what}</TableCell>
              <TableCell>{b}</TableCell>
              <TableCell>{a}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  )
}
