/**
 * The page of `tlswizard serve` on a .reg file, told that its registry is this computer's (what the
 * web host says on a Windows server): the machine summary, in the page and from the API, says
 * source "live", elevated, able to apply. Only the page believes it; the engine still works on the
 * file, so nothing on this machine can change. Answers a test needs from a live server (an apply,
 * an undo, a restart) are given with `answer`.
 */
import type { Page } from 'playwright-core'
import { FIRST_SCREEN_ELEMENT } from '../../shared/bridge'
import type { Channel, MachineInfo, Res } from '../../shared/channels'

const asLiveMachine = (m: MachineInfo): MachineInfo => ({
  ...m,
  source: { kind: 'live', label: 'this computer' },
  elevated: true,
  canApply: true,
})

/** Routes the page's machine summary (sent with the page, or asked for) to say "live". */
export async function asLive(page: Page): Promise<void> {
  const block = new RegExp(
    `(<script[^>]*id="${FIRST_SCREEN_ELEMENT}"[^>]*>)([\\s\\S]*?)(</script>)`,
  )
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace(
        block,
        (_all, open: string, json: string, close: string) => {
          const data = JSON.parse(json) as { machine: MachineInfo }
          const live = JSON.stringify({ ...data, machine: asLiveMachine(data.machine) })
          return `${open}${live.replace(/</g, '\\u003c')}${close}`
        },
      )
      await route.fulfill({ response, body: html })
    },
  )
  await page.route('**/api/machine:summary', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, json: asLiveMachine((await response.json()) as MachineInfo) })
  })
}

/** Answers every call of `channel` with `res`; returns the requests the page sent there. */
export async function answer<C extends Channel>(
  page: Page,
  channel: C,
  res: Res<C> | (() => Res<C>),
): Promise<unknown[]> {
  const sent: unknown[] = []
  await page.route(`**/api/${channel}`, async (route) => {
    sent.push(route.request().postDataJSON())
    await route.fulfill({ json: typeof res === 'function' ? res() : res })
  })
  return sent
}
