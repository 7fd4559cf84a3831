/** The probe targets: proposed ones, editable, removable, plus a smart host or a tenant domain. */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { targetLabel, type ProbeTarget } from '../../shared/probe'
import { useT } from '../i18n'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  list: { display: 'grid', gap: tokens.spacingVerticalS, listStyle: 'none', padding: 0, margin: 0 },
  host: { minWidth: '320px' },
  port: { width: '90px' },
})

/** Props of the editor. */
export interface TargetEditorProps {
  targets: ProbeTarget[]
  domain: string
  onChange(index: number, target: ProbeTarget): void
  onRemove(index: number): void
  onAdd(target: ProbeTarget): void
  onDomain(domain: string): void
  onFind(): void
}

/** The editor. */
export function TargetEditor(p: TargetEditorProps) {
  const t = useT()
  const s = useStyles()
  const [host, setHost] = useState('')
  const port = (v: string) => Math.min(65535, Math.max(1, Number(v) || 25))
  return (
    <div className={s.list}>
      <ul className={s.list}>
        {p.targets.map((x, i) => (
          <li key={i} className={s.row}>
            <Field label={t('checks.targetHost')}>
              <Input
                className={s.host}
                value={x.host}
                onChange={(_, d) => p.onChange(i, { ...x, host: d.value.trim() })}
              />
            </Field>
            <Field label={t('checks.targetPort')}>
              <Input
                className={s.port}
                type="number"
                value={String(x.port)}
                onChange={(_, d) => p.onChange(i, { ...x, port: port(d.value) })}
              />
            </Field>
            <Button
              icon={<DeleteRegular />}
              aria-label={t('checks.removeTarget', { target: targetLabel(x) })}
              onClick={() => p.onRemove(i)}
            />
          </li>
        ))}
      </ul>
      <div className={s.row}>
        <Field label={t('checks.targetHost')}>
          <Input
            className={s.host}
            value={host}
            onChange={(_, d) => setHost(d.value)}
            placeholder="smarthost.contoso.com"
          />
        </Field>
        <Button
          icon={<AddRegular />}
          disabled={!host.trim()}
          onClick={() => {
            // "host" or "host:port" ([v6]:port too); 465 means implicit TLS.
            const text = host.trim()
            const bareV6 = !text.startsWith('[') && text.split(':').length > 2
            const m = bareV6 ? null : /^\[?(.+?)\]?(?::(\d{1,5}))?$/.exec(text)
            const port = m?.[2] ? Number(m[2]) : 25
            p.onAdd({
              host: m?.[1] ?? text,
              port,
              mode: port === 465 ? 'implicit' : 'starttls',
              role: 'smarthost',
            })
            setHost('')
          }}
        >
          {t('checks.addTarget')}
        </Button>
      </div>
      <div className={s.row}>
        <Field label={t('checks.domain')}>
          <Input
            className={s.host}
            value={p.domain}
            onChange={(_, d) => p.onDomain(d.value)}
            placeholder="contoso.com"
          />
        </Field>
        <Button disabled={!p.domain.trim()} onClick={p.onFind}>
          {t('checks.domain.find')}
        </Button>
      </div>
    </div>
  )
}
