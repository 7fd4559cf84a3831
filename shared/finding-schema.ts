/** The shape of a finding and its evidence, shared by the diagnosis and the protocol-log scan. */
import { z } from 'zod'
import { FINDING_IDS, FIX_IDS, SEVERITIES } from './ids'

/** A registry value as evidence shows it: numbers for DWORD/QWORD, strings, lists; null = not set. */
export const evidenceDataSchema = z.union([z.number(), z.string(), z.array(z.string()), z.null()])

/** One piece of evidence: which value was read, what it holds, what it should hold. */
export const evidenceSchema = z.object({
  key: z.string(),
  value: z.string(),
  actual: evidenceDataSchema,
  expected: z.string(),
})

/** A finding: what is wrong (or worth knowing), why we think so, and which fixes resolve it. */
export const findingSchema = z.object({
  id: z.enum(FINDING_IDS),
  severity: z.enum(SEVERITIES),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  evidence: z.array(evidenceSchema),
  fixes: z.array(z.enum(FIX_IDS)),
})
