/** What went wrong in a JSON text, said without quoting the text (errors never echo file content). */

/**
 * V8's JSON.parse messages quote the input (`Unexpected token 'x', "secret..." is not valid JSON`):
 * keep only where it failed.
 */
export function jsonSyntaxDetail(e: unknown): string {
  const reason = e instanceof Error ? e.message : String(e)
  const at = /position (\d+)/.exec(reason)?.[1]
  const lineCol = /line (\d+) column (\d+)/.exec(reason)
  if (lineCol) return `not valid JSON at line ${lineCol[1]}, column ${lineCol[2]}`
  if (at !== undefined) return `not valid JSON at character ${Number(at) + 1}`
  if (/end of JSON input/i.test(reason)) return 'the JSON text ends too early'
  return 'not valid JSON'
}
