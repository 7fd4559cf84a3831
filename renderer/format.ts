/** How the screens show a registry value: "not set", numbers with their hex form, lists joined. */
export function showValue(v: number | string | string[] | null, notSet: string): string {
  if (v === null) return notSet
  if (typeof v === 'number') return v > 9 ? `${v} (0x${v.toString(16)})` : String(v)
  return Array.isArray(v) ? v.join(', ') : v
}
