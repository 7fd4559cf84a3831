import type { Diagnosis, EffectiveState } from './diagnosis'
import { TLS_VERSIONS, type TlsVersion } from './tls'
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

/**
 * The per-version Schannel table (version, client, server, state) as words, one source for the
 * command line and the wizard: a side whose missing value has no known default is "unknown".
 */
export function schannelRows(
  d: Pick<Diagnosis, 'schannel'>,
  t: (key: string) => string,
): Array<{ version: TlsVersion; client: string; server: string; state: string; known: boolean }> {
  const word = (e: EffectiveState | undefined) =>
    e === 'unknown' ? t('cli.unknown') : e === 'on' ? t('cli.on') : t('cli.off')
  return TLS_VERSIONS.map((version) => {
    const s = d.schannel[version]
    // Without the Windows default a missing value has no meaning yet: no word for the state either.
    const known = s.client.effective !== 'unknown' && s.server.effective !== 'unknown'
    const state = !known
      ? t('cli.unknown')
      : s.supportedByOs
        ? t(`schannelState.${s.state}`)
        : t('cli.notSupported')
    return {
      version,
      client: word(s.client.effective),
      server: word(s.server.effective),
      state,
      known,
    }
  })
}
