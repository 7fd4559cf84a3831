/** English messages for live probes and probe findings (merged into the English catalog). */
export const enProbe = {} as const
