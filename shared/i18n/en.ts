import { enErrors } from './en-errors'
import { enReport } from './en-report'
import { EN_SCREEN_PARTS, mergeParts } from './en-screens'
import { enUsage } from './en-usage'

/** The parts the English catalog is made of (their keys must not overlap: a later part would win). */
export const EN_PARTS = {
  ...EN_SCREEN_PARTS,
  errors: enErrors,
  report: enReport,
  usage: enUsage,
}

/** English messages: the reference catalog every other language must match key for key. */
export const en = mergeParts(EN_PARTS)

/** A message key. */
export type MessageKey = keyof typeof en
