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

const useStyles = makeStyles({
  // Columns as wide as their content (Fluent's fixed layout split the width evenly and broke
  // cipher names mid-word); words stay whole, main's fallback is undone.
  table: { tableLayout: 'auto', overflowWrap: 'normal' },
  // Version, result and cipher name: one line each, their column as wide as its longest.
  oneLine: { whiteSpace: 'nowrap' },
  // Its header too: a column one Chinese character wide would stack its header's characters.
  fit: { width: '1%', whiteSpace: 'nowrap' },
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
  const r = outcome.result
  return (
    <div>
      <Table size="small" aria-label={t('checks.versions')} className={s.table}>
        <TableHeader>
          <TableRow>
            {[
              'probe.col.version',
              'probe.col.result',
              'probe.col.o365',
              'probe.col.cipher',
              'probe.col.detail',
            ].map((k, i) => (
              <TableHeaderCell key={k} className={i === 2 || i === 4 ? undefined : s.fit}>
                {t(k)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {PROBE_TLS_VERSIONS.map((v) => {
            const x = r.versions[v]
            const words = errorWords(x.error)
            return (
              <TableRow key={v} data-version={v}>
                <TableCell className={s.oneLine}>{v}</TableCell>
                <TableCell className={s.oneLine}>{t(`probe.outcome.${x.result}`)}</TableCell>
                <TableCell data-judge="">{t(judgeForOffice365(v, x))}</TableCell>
                <TableCell className={s.oneLine}>{x.cipher ?? '-'}</TableCell>
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
