/**
 * The preload bridge's contract: the global name, one function per channel (named from the
 * channel, 'machine:summary' -> machineSummary) and onProgress. Everything here is derived from
 * (or checked by the compiler against) the channel map, and it imports only types from it, so
 * the sandboxed preload bundle stays free of zod and the schemas.
 */
import type { Channel, EventName, EventPayload, WizardApi } from './channels'

type PascalWords<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalWords<Tail>}`
  : Capitalize<S>

/** The bridge function name of a channel: 'machine:summary' -> 'machineSummary'. */
export type BridgeName<C extends Channel> = C extends `${infer Area}:${infer Action}`
  ? `${Area}${PascalWords<Action>}`
  : never

/** The name on `window` under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'tlsWizard'

/**
 * Bridge function name -> channel. The `satisfies` clause makes the compiler refuse a missing,
 * extra or misnamed entry whenever the channel map changes, so this list cannot drift.
 */
export const BRIDGE_CHANNELS = {
  machineSummary: 'machine:summary',
  targetsPropose: 'targets:propose',
  diagnosisRun: 'diagnosis:run',
  errorClassify: 'error:classify',
  fixesPlan: 'fixes:plan',
  fixesApply: 'fixes:apply',
  fixesRollback: 'fixes:rollback',
  restartSchedule: 'restart:schedule',
  reportSave: 'report:save',
  reportOpen: 'report:open',
  languageSet: 'language:set',
} as const satisfies { [C in Channel as BridgeName<C>]: C }

/** The event onProgress listens to. */
export const PROGRESS_EVENT = 'diagnosis:progress' satisfies EventName

/** The renderer's calls: one function per channel, with that channel's request and response. */
export type BridgeCalls = { [C in Channel as BridgeName<C>]: WizardApi[C] }

/** What `window.tlsWizard` is: the calls plus the progress subscription. */
export type TlsWizardBridge = BridgeCalls & {
  /** Calls `listener` with each progress event; returns the function that stops it. */
  onProgress(listener: (progress: EventPayload<typeof PROGRESS_EVENT>) => void): () => void
}

/** A function name of the bridge. */
export type BridgeFunctionName = keyof TlsWizardBridge

/** Every function name the bridge exposes, in the channel map's order, then onProgress. */
export const BRIDGE_FUNCTION_NAMES = [
  ...(Object.keys(BRIDGE_CHANNELS) as (keyof BridgeCalls)[]),
  'onProgress',
] as const satisfies readonly BridgeFunctionName[]

/** The bridge function name of a channel, computed (the tests hold it to BRIDGE_CHANNELS). */
export function bridgeName<C extends Channel>(channel: C): BridgeName<C> {
  const [area = '', action = ''] = channel.split(':')
  const words = action.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  return `${area}${words.join('')}` as BridgeName<C>
}

/**
 * The id of the JSON data block in which the web host sends the Welcome step's answers with the
 * page (main/web/first-screen.ts); the renderer reads it instead of asking (renderer/boot.ts).
 */
export const FIRST_SCREEN_ELEMENT = 'tlsw-first-screen'
