import { enErrors } from './en-errors'
import { enReport } from './en-report'
import { EN_SCREEN_PARTS, enScreens } from './en-screens'
import { enUsage } from './en-usage'

/** The parts the English catalog is made of (their keys must not overlap: a later part would win). */
export const EN_PARTS = {
  ...EN_SCREEN_PARTS,
  errors: enErrors,
  report: enReport,
  usage: enUsage,
}

/** English messages: the reference catalog every other language must match key for key. */
// Object.assign rather than one spread literal: V8 builds a spread literal of a thousand keys
// slowly (about 4 ms of every start that loads the catalog); the object is the same.
export const en: Readonly<typeof enScreens & typeof enErrors & typeof enReport & typeof enUsage> =
  Object.assign({}, enScreens, enErrors, enReport, enUsage)

/** A message key. */
export type MessageKey = keyof typeof en
