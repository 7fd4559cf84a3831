/** English messages for the diagnostic report (merged into the English catalog). */
export const enReport = {} as const
