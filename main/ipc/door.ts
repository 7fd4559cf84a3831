/**
 * The one door between the renderer and main (STYLE.md rule 2): every channel of the map is
 * handled here, and a call reaches the service only from our window's top frame on app://wizard,
 * with a request its schema accepts; the response is checked against its schema on the way out.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import type { ZodError } from 'zod'
import {
  CHANNEL_NAMES,
  channels,
  events,
  isChannel,
  type Channel,
  type EventName,
  type EventPayload,
  type Req,
  type Res,
  type WizardApi,
} from '../../shared/channels'
import { isAppUrl } from '../app/app-url'

/** A refusal the renderer sees: its message only (Electron sends no stack across IPC). */
export class DoorError extends Error {
  override name = 'DoorError'
}

/** True when `sender` is the webContents of our wizard window. */
export type TrustedSender = (sender: WebContents) => boolean

function issues(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'request'}: ${i.message}`)
    .join('; ')
}

/** Throws DoorError unless the call comes from our window's top frame on app://wizard. */
export function checkSender(event: IpcMainInvokeEvent, isTrustedSender: TrustedSender): void {
  const frame = event.senderFrame
  // STYLE.md rule 2: the sender frame must exist (a frame that navigated away or closed has none),
  if (frame === null || frame === undefined) throw new DoorError('refused: the sender has no frame')
  // be the top frame (an iframe, even on our origin, never speaks to main),
  if (frame.parent !== null) throw new DoorError('refused: the sender is not a top frame')
  // belong to our window,
  if (!isTrustedSender(event.sender)) throw new DoorError('refused: the sender is not our window')
  // and show our own origin, parsed with new URL rather than matched as a string.
  if (!isAppUrl(frame.url)) throw new DoorError('refused: the sender is not on app://wizard')
}

async function callApi<C extends Channel>(
  api: WizardApi,
  channel: C,
  req: Req<C>,
): Promise<Res<C>> {
  return api[channel](req)
}

/**
 * One call through the door: sender, then request, then the service, then the response.
 * Refusals are DoorErrors; a failure inside the service goes back as its message only.
 */
export async function passThrough(
  api: WizardApi,
  isTrustedSender: TrustedSender,
  channel: string,
  event: IpcMainInvokeEvent,
  payload: unknown,
): Promise<unknown> {
  if (!isChannel(channel))
    throw new DoorError(`refused: unknown channel ${JSON.stringify(channel)}`)
  checkSender(event, isTrustedSender)
  const request = channels[channel].request.safeParse(payload)
  if (!request.success) {
    throw new DoorError(`refused: bad request for ${channel}: ${issues(request.error)}`)
  }
  let result: unknown
  try {
    result = await callApi(api, channel, request.data as Req<typeof channel>)
  } catch (e) {
    // Electron sends only `String(error)` to the renderer: a plain Error with the message, so no
    // class name, stack or custom property crosses; the cause stays in main's log.
    throw new Error(e instanceof Error ? e.message : String(e), { cause: e })
  }
  const response = channels[channel].response.safeParse(result)
  if (!response.success) {
    console.error(`ipc: invalid response on ${channel}: ${issues(response.error)}`)
    throw new DoorError(`the wizard produced an invalid answer for ${channel}`)
  }
  return response.data
}

/** Handles every channel of the map on `ipcMain`; returns a function that removes them again. */
export function registerChannels(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  api: WizardApi,
  isTrustedSender: TrustedSender,
): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      passThrough(api, isTrustedSender, channel, event, payload),
    )
  }
  return () => CHANNEL_NAMES.forEach((channel) => ipcMain.removeHandler(channel))
}

/** Sends an event to a renderer after checking its payload against the events map. */
export function send<E extends EventName>(
  webContents: Pick<WebContents, 'send' | 'isDestroyed'>,
  event: E,
  payload: EventPayload<E>,
): void {
  const checked = events[event].safeParse(payload)
  if (!checked.success) throw new DoorError(`invalid ${event} event: ${issues(checked.error)}`)
  if (!webContents.isDestroyed()) webContents.send(event, checked.data)
}
