/** The shape of a finding and its evidence, shared by the diagnosis and the protocol-log scan. */
import { z } from 'zod'
import { FINDING_IDS, FIX_IDS, SEVERITIES } from './ids'

/** A registry value as evidence shows it: numbers for DWORD/QWORD, strings, lists; null = not set. */
export const evidenceDataSchema = z.union([z.number(), z.string(), z.array(z.string()), z.null()])

/** A catalog message: its key and what fills it, put into words in the reader's language. */
export const messageSchema = z.object({
  // Only the evidence's own words: a report read from a file cannot show any other message.
  messageKey: z.string().regex(/^(evidence|probe\.result)\.[A-Za-z0-9.-]{1,80}$/),
  params: z.record(z.string().max(40), z.union([z.string().max(2000), z.number()])),
})

/** A catalog message with its parameters. */
export type Message = z.infer<typeof messageSchema>

/**
 * One piece of evidence: which value was read, what it holds, what it should hold. Where a field
 * is words rather than data, `words` gives its catalog message and the field holds its English
 * (for JSON readers, and reports made before `words` existed).
 */
export const evidenceSchema = z.object({
  key: z.string(),
  value: z.string(),
  actual: evidenceDataSchema,
  expected: z.string(),
  words: z
    .object({
      key: messageSchema.optional(),
      value: messageSchema.optional(),
      actual: messageSchema.optional(),
      expected: messageSchema.optional(),
    })
    .optional(),
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
