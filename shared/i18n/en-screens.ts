/**
 * The English the wizard's screens can show: every part but the CLI's help, the engine's error
 * messages and the report's own text (the engine translates those). The renderer bundles this
 * instead of the whole catalog; test/renderer/screen-catalog.test.ts checks that every key the
 * screens look up is here.
 */
import { enCore } from './en-core'
import { enEvidence } from './en-evidence'
import { enFixes } from './en-fixes'
import { enLogs } from './en-logs'
import { enProbe } from './en-probe'
import { enProblems } from './en-problems'
import { enReportScreens } from './en-report-screens'
import { enSchannel } from './en-schannel'
import { enWizard } from './en-wizard'

/** The parts the screens show (their keys must not overlap: a later part would win). */
export const EN_SCREEN_PARTS = {
  core: enCore,
  evidence: enEvidence,
  fixes: enFixes,
  logs: enLogs,
  problems: enProblems,
  probe: enProbe,
  reportScreens: enReportScreens,
  schannel: enSchannel,
  wizard: enWizard,
}

/** One catalog made of its parts: every part's messages in one object. */
export type Merged<Parts> = Readonly<
  { [K in keyof Parts]: (part: Parts[K]) => void }[keyof Parts] extends (part: infer All) => void
    ? All
    : never
>

/**
 * The parts merged with Object.assign rather than one spread literal: V8 builds a spread literal
 * of a thousand keys slowly (about 4 ms of every start that loads the catalog).
 */
export function mergeParts<Parts extends Record<string, object>>(parts: Parts): Merged<Parts> {
  return Object.assign({}, ...Object.values(parts)) as Merged<Parts>
}

/** English messages the screens show. */
export const enScreens = mergeParts(EN_SCREEN_PARTS)
