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
import { PROBE_TLS_VERSIONS, type ProbeOutcome } from '../../shared/probe'
import { useT } from '../i18n'

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
})

/** The details. */
export function ProbeDetails({ outcome }: { outcome: ProbeOutcome }) {
  const t = useT()
  const s = useStyles()
  const r = outcome.result
  return (
    <div>
      <Table size="small" aria-label={t('checks.versions')}>
        <TableHeader>
          <TableRow>
            {[
              'probe.col.version',
              'probe.col.result',
              'probe.col.protocol',
              'probe.col.cipher',
              'probe.col.detail',
            ].map((k) => (
              <TableHeaderCell key={k}>{t(k)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {PROBE_TLS_VERSIONS.map((v) => (
            <TableRow key={v}>
              <TableCell>{v}</TableCell>
              <TableCell>{r.versions[v].result}</TableCell>
              <TableCell>{r.versions[v].protocol ?? '-'}</TableCell>
              <TableCell>{r.versions[v].cipher ?? '-'}</TableCell>
              <TableCell>{r.versions[v].error ?? ''}</TableCell>
            </TableRow>
          ))}
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
