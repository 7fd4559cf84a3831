/**
 * Each new step (and the finish) opens at the top of the page, the step bar in view, with the
 * keyboard focus on the step's content so that Tab starts there.
 */
import { useEffect, useRef, type RefObject } from 'react'

/** On each change of `step` after the first draw: the page back at its top, `main` focused. */
export function useStepTop(main: RefObject<HTMLElement | null>, step: string): void {
  const drawn = useRef(false)
  useEffect(() => {
    // Not on the first draw: the page has just loaded, Tab already starts at its top, and a focus
    // there costs a layout.
    if (!drawn.current) {
      drawn.current = true
      return
    }
    // Focusing <main> alone would scroll just to it, leaving the step bar above the window.
    main.current?.focus({ preventScroll: true })
    window.scrollTo(0, 0)
  }, [main, step])
}
