/**
 * The probe targets: proposed ones, editable, removable, plus a smart host or a tenant domain.
 * Each entry says inline what is wrong with it; a bad entry is skipped, never the whole run.
 */
import { Button, Field, Input, Spinner, makeStyles, tokens } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { MAX_TARGETS, parseHostPort, targetProblem, type TargetDraft } from '../../shared/targets'
import { useT } from '../i18n'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'start', flexWrap: 'wrap' },
  list: { display: 'grid', gap: tokens.spacingVerticalS, listStyle: 'none', padding: 0, margin: 0 },
  host: { minWidth: '300px' },
  port: { width: '90px' },
  button: { marginTop: '26px' },
})

/** Props of the editor. */
export interface TargetEditorProps {
  targets: TargetDraft[]
  domain: string
  /** The Office 365 endpoint of the domain is being looked up. */
  finding: boolean
  onChange(index: number, target: TargetDraft): void
  onRemove(index: number): void
  onAdd(target: TargetDraft): void
  onDomain(domain: string): void
  onFind(): void
}

/** The editor. */
export function TargetEditor(p: TargetEditorProps) {
  const t = useT()
  const s = useStyles()
  const [host, setHost] = useState('')
  const full = p.targets.length >= MAX_TARGETS
  // The Add button, and Enter in its field: the same rule for both.
  const add = () => {
    if (!host.trim() || full) return
    p.onAdd(parseHostPort(host))
    setHost('')
  }
  return (
    <div className={s.list}>
      <ul className={s.list}>
        {p.targets.map((x, i) => {
          const problem = targetProblem(x, i)
          const hostBad = problem === 'host-empty' || problem === 'host-invalid'
          return (
            <li key={i} className={s.row} data-target={i} data-problem={problem ?? undefined}>
              <Field
                label={t('checks.targetHost')}
                validationState={hostBad || problem === 'too-many' ? 'error' : 'none'}
                validationMessage={
                  hostBad || problem === 'too-many'
                    ? t(`target.problem.${problem}`, { max: MAX_TARGETS })
                    : undefined
                }
              >
                <Input
                  className={s.host}
                  value={x.host}
                  onChange={(_, d) => p.onChange(i, { ...x, host: d.value })}
                />
              </Field>
              <Field
                label={t('checks.targetPort')}
                validationState={problem === 'port-invalid' ? 'error' : 'none'}
                validationMessage={
                  problem === 'port-invalid' ? t('target.problem.port-invalid') : undefined
                }
              >
                {/* Text, not a number box: an empty field stays empty while the admin types. */}
                <Input
                  className={s.port}
                  inputMode="numeric"
                  value={x.port}
                  onChange={(_, d) => p.onChange(i, { ...x, port: d.value.trim() })}
                />
              </Field>
              <Button
                className={s.button}
                icon={<DeleteRegular />}
                aria-label={t('checks.removeTarget', { target: `${x.host}:${x.port}` })}
                onClick={() => p.onRemove(i)}
              />
            </li>
          )
        })}
      </ul>
      <div className={s.row}>
        <Field
          label={t('checks.targetHost')}
          validationState={full ? 'warning' : 'none'}
          validationMessage={full ? t('target.full', { max: MAX_TARGETS }) : undefined}
        >
          <Input
            className={s.host}
            value={host}
            disabled={full}
            onChange={(_, d) => setHost(d.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || e.nativeEvent.isComposing) return
              e.preventDefault()
              add()
            }}
            placeholder="smarthost.contoso.com"
          />
        </Field>
        <Button
          className={s.button}
          icon={<AddRegular />}
          disabled={!host.trim() || full}
          onClick={add}
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
        <Button className={s.button} disabled={!p.domain.trim() || p.finding} onClick={p.onFind}>
          {t('checks.domain.find')}
        </Button>
        {p.finding && (
          <Spinner className={s.button} size="tiny" label={t('checks.domain.finding')} />
        )}
      </div>
    </div>
  )
}
