/**
 * Where the keyboard and the eye go when something new appears: a result takes the focus (the
 * control that asked for it is disabled or gone, and focus would fall to the page body) and is
 * scrolled into the part of the window the sticky Back/Next bar does not cover.
 */
import { useEffect, useRef, type RefObject } from 'react'

// Room kept between the element and the window's edge or the sticky footer.
const GAP = 8

/** Scrolls the page as little as needed for `el` to show above the sticky footer, top first. */
export function reveal(el: HTMLElement): void {
  const box = el.getBoundingClientRect()
  const footer = document.querySelector('footer')?.getBoundingClientRect().top
  const floor = Math.min(footer ?? window.innerHeight, window.innerHeight) - GAP
  // Its bottom above the footer, but never its top out of view (a tall result shows from its top).
  const by =
    box.bottom > floor ? Math.min(box.bottom - floor, box.top - GAP) : Math.min(box.top - GAP, 0)
  if (by !== 0) window.scrollBy(0, by)
}

/**
 * A ref for the element that shows `what`: each time `what` changes to something (not at the first
 * draw, where the step's own focus rules), the element takes the focus and is revealed.
 */
export function useReveal<T extends HTMLElement>(what: unknown): RefObject<T | null> {
  const ref = useRef<T>(null)
  const shown = useRef(what)
  useEffect(() => {
    if (what === shown.current) return
    shown.current = what
    const el = ref.current
    if (!what || !el) return
    el.focus({ preventScroll: true })
    reveal(el)
  }, [what])
  return ref
}
