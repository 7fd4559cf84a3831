/**
 * The Welcome step's answers inside the page itself (issue 18). The web host sends the page up to
 * its last line at once, so the browser fetches and compiles the scripts meanwhile, then the
 * machine summary and the proposed targets as a JSON data block, which the renderer reads instead
 * of asking (renderer/boot.ts): no request, and no wait for one, before Welcome is drawn.
 * The page waits for them at most FIRST_SCREEN_WAIT_MS; a slower or failing engine gets the page
 * without them, and the renderer asks as it always did (a spinner, or the error with Retry).
 */
import { FIRST_SCREEN_ELEMENT } from '../../shared/bridge'
import { channels, type WizardApi } from '../../shared/channels'

/**
 * How long the page waits for the machine summary: a demo or a file answers in a few ms, a live
 * registry read in some hundreds; past this the page goes without it (a spinner, then the machine).
 */
export const FIRST_SCREEN_WAIT_MS = 1000

/** What became of the answers: the data block, or why the page goes without it. */
export type FirstScreenBlock =
  { kind: 'included'; html: string } | { kind: 'late' } | { kind: 'failed'; message: string }

/**
 * The data block with the API's answers (validated as the API's answers are), or why not. `before`
 * runs first (the page's language from its Accept-Language); answers after the wait are dropped
 * (the renderer asks again).
 */
export async function firstScreenBlock(
  api: WizardApi,
  before: () => Promise<void> = async () => undefined,
  waitMs = FIRST_SCREEN_WAIT_MS,
): Promise<FirstScreenBlock> {
  const answers = before().then(() =>
    Promise.all([api['machine:summary']({}), api['targets:propose']({ domain: null })]),
  )
  // Settled in any case, so a failure after the wait is not an unhandled rejection.
  answers.catch(() => undefined)
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<undefined>(
    (resolve) => (timer = setTimeout(() => resolve(undefined), waitMs)),
  )
  try {
    const got = await Promise.race([answers, late])
    if (!got) return { kind: 'late' }
    const machine = channels['machine:summary'].response.parse(got[0])
    const targets = channels['targets:propose'].response.parse(got[1])
    // Every '<' escaped: nothing in the data can end the block ('</script') or open a comment.
    const json = JSON.stringify({ machine, targets }).replace(/</g, '\\u003c')
    return {
      kind: 'included',
      html: `<script type="application/json" id="${FIRST_SCREEN_ELEMENT}">${json}</script>`,
    }
  } catch (e) {
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e) }
  } finally {
    clearTimeout(timer)
  }
}
