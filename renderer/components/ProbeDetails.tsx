/** One probe: the result per TLS version and the SMTP conversation. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { PROBE_TLS_VERSIONS } from '../../shared/probe-basics'
import type { ProbeOutcome } from '../../shared/probe'
import { errorWords, judgeForOffice365 } from '../../shared/probe-words'
import { useT } from '../i18n'
import { useWordTableStyles } from './word-styles'

const useStyles = makeStyles({
  transcript: {
    fontFamily: 'Consolas, monospace',
    fontSize: '12px',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    maxHeight: '12em',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
  },
  code: {
    display: 'block',
    fontFamily: 'Consolas, monospace',
    fontSize: '11px',
    color: tokens.colorNeutralForeground3,
    // The engine's own text may hold a run no column can hold (a host name): break it there.
    overflowWrap: 'anywhere',
  },
})

/** The details. */
export function ProbeDetails({ outcome }: { outcome: ProbeOutcome }) {
  const t = useT()
  const s = useStyles()
  const w = useWordTableStyles()
  const r = outcome.result
  return (
    <div>
      <Table size="small" aria-label={t('checks.versions')} className={w.table}>
        <TableHeader>
          <TableRow>
            {[
              'probe.col.version',
              'probe.col.result',
              'probe.col.o365',
              'probe.col.cipher',
              'probe.col.detail',
            ].map((k, i) => (
              <TableHeaderCell key={k} className={i === 2 || i === 4 ? undefined : w.fit}>
                {t(k)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {PROBE_TLS_VERSIONS.map((v) => {
            const x = r.versions[v]
            const words = errorWords(x.error, x.result)
            return (
              <TableRow key={v} data-version={v}>
                <TableCell className={w.oneLine}>{v}</TableCell>
                <TableCell className={w.oneLine}>{t(`probe.outcome.${x.result}`)}</TableCell>
                <TableCell data-judge="">{t(judgeForOffice365(v, x))}</TableCell>
                <TableCell className={w.oneLine}>{x.cipher ?? '-'}</TableCell>
                <TableCell>
                  {words && (
                    <>
                      {t(words.key)}
                      {/* The engine's own words and code, for a senior. */}
                      <span className={s.code} data-code="">
                        {x.error}
                      </span>
                    </>
                  )}
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
      {r.transcript.length > 0 && (
        <details>
          <summary>{t('checks.transcript')}</summary>
          <pre className={s.transcript}>{r.transcript.join('\n')}</pre>
        </details>
      )}
    </div>
  )
}
