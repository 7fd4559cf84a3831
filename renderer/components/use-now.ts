/** The time now, as a hook: re-read every `everyMs` while `on`, so a clock time shown stays true. */
import { useEffect, useState } from 'react'

/** Milliseconds since the epoch, refreshed while `on` (a confirmation naming a time is open). */
export function useNow(on: boolean, everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!on) return
    setNow(Date.now())
    const timer = window.setInterval(() => setNow(Date.now()), everyMs)
    return () => window.clearInterval(timer)
  }, [on, everyMs])
  return now
}
