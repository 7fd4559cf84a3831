/**
 * An inline confirmation for an action that changes the server or cannot be taken back (a registry
 * change, its undo, a restart, skipping the fixes): nothing else on the page is hidden or trapped,
 * and the focus lands on the safe answer. Escape gives the safe answer; once the box closes, the
 * focus goes back to what opened it.
 */
import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components'
import { useLayoutEffect, useRef } from 'react'
import { reveal } from './use-reveal'

const useStyles = makeStyles({
  box: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
})

/** Props: the words, the two answers, and a name for tests and styles (`data-confirm-NAME`). */
export interface ConfirmBoxProps {
  name: string
  title: string
  text: string
  safe: string
  confirm: string
  onSafe(): void
  onConfirm(): void
}

/** The box. */
export function ConfirmBox(p: ConfirmBoxProps) {
  const s = useStyles()
  const box = useRef<HTMLDivElement>(null)
  const safe = useRef<HTMLButtonElement>(null)
  useLayoutEffect(() => {
    // Before the safe answer takes the focus: the control that opened the box has it.
    const opener = document.activeElement
    const own = box.current
    safe.current?.focus({ preventScroll: true })
    // The whole question in view, above the sticky Back/Next bar (not only its first button).
    if (own) reveal(own)
    return () => {
      // Only when the focus was in the box (or lost with it), never taken from where the admin went.
      const here = document.activeElement
      const inBox = !here || here === document.body || !!own?.contains(here)
      if (inBox && opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])
  return (
    <div
      ref={box}
      role="alertdialog"
      aria-labelledby={`confirm-${p.name}-title`}
      aria-describedby={`confirm-${p.name}-text`}
      className={s.box}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return
        e.preventDefault()
        p.onSafe()
      }}
      {...{ [`data-confirm-${p.name}`]: '' }}
    >
      <Subtitle2 as="h3" id={`confirm-${p.name}-title`}>
        {p.title}
      </Subtitle2>
      <Body1 id={`confirm-${p.name}-text`}>{p.text}</Body1>
      <div className={s.row}>
        <Button appearance="primary" ref={safe} onClick={p.onSafe}>
          {p.safe}
        </Button>
        <Button onClick={p.onConfirm} data-confirm-yes="">
          {p.confirm}
        </Button>
      </div>
    </div>
  )
}
