/**
 * The English the wizard's screens can show: every part but the CLI's help, the engine's error
 * messages and the report's own text (the engine translates those). The renderer bundles this
 * instead of the whole catalog; test/renderer/screen-catalog.test.ts checks that every key the
 * screens look up is here.
 */
import { enCore } from './en-core'
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
  fixes: enFixes,
  logs: enLogs,
  problems: enProblems,
  probe: enProbe,
  reportScreens: enReportScreens,
  schannel: enSchannel,
  wizard: enWizard,
}

/** English messages the screens show (Object.assign: see en.ts). */
export const enScreens: Readonly<
  typeof enCore &
    typeof enFixes &
    typeof enLogs &
    typeof enProblems &
    typeof enProbe &
    typeof enReportScreens &
    typeof enSchannel &
    typeof enWizard
> = Object.assign(
  {},
  enCore,
  enFixes,
  enLogs,
  enProblems,
  enProbe,
  enReportScreens,
  enSchannel,
  enWizard,
)
