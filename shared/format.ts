/** How a registry value reads for people (CLI, wizard, report): "not set", hex beside large numbers, lists joined. */
export function showValue(
  v: number | string | string[] | null,
  words: { notSet: string; emptyList: string },
): string {
  if (v === null) return words.notSet
  if (typeof v === 'number') return v > 9 ? `${v} (0x${v.toString(16)})` : String(v)
  if (Array.isArray(v)) return v.length ? v.join(', ') : words.emptyList
  return v
}

/** How an Exchange install reads: `Exchange 2016 CU5 (15.1.845.34)`, or product and version. */
export function exchangeLabel(x: { product: string; version: string; name?: string }): string {
  return x.name ? `${x.name} (${x.version})` : `${x.product} ${x.version}`
}
