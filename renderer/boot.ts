/**
 * The first module the page evaluates (main.tsx imports it first). The web host sends the Welcome
 * step's answers with the page (main/web/first-screen.ts): they are read here, with no request.
 * Otherwise (Electron, or an engine too slow to wait for) the two calls go out before React and
 * Fluent UI are even evaluated, so their answers are in by the time the page can draw them.
 */
import { FIRST_SCREEN_ELEMENT } from '../shared/bridge'
import { askFirstScreen, createApi } from './api'

/** The one API of the page. */
export const api = createApi()

type FirstAnswers = Awaited<ReturnType<typeof askFirstScreen>>

/** The answers the page came with, taken out of it (once); undefined when it has none. */
function sentWithPage(): FirstAnswers | undefined {
  const block = document.getElementById(FIRST_SCREEN_ELEMENT)
  if (!block) return undefined
  block.remove()
  try {
    const { machine, targets } = JSON.parse(block.textContent ?? '') as {
      machine: FirstAnswers[0]
      targets: FirstAnswers[1]
    }
    return machine && Array.isArray(targets) ? [machine, targets] : undefined
  } catch {
    return undefined
  }
}

const sent = sentWithPage()

/** The machine summary and the proposed targets: sent with the page, or asked for at once. */
export const firstCalls = sent ? Promise.resolve(sent) : askFirstScreen(api)
// Reported by loadMachine, which takes this promise when the page could not wait for it.
firstCalls.catch(() => undefined)
