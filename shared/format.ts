import type { Diagnosis, EffectiveState, Evidence } from './diagnosis'
import type { Params } from './i18n/message'
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

/**
 * One piece of evidence in the reader's language (CLI, wizard, report): the catalog messages the
 * checks gave for its words, the fields as stored where there are none (data, older reports).
 */
export function evidenceText(
  e: Evidence,
  t: (key: string, params?: Params) => string,
  words: { notSet: string; emptyList: string },
): { key: string; value: string; actual: string; expected: string } {
  const w = e.words ?? {}
  const say = (m: typeof w.key, stored: string) => (m ? t(m.messageKey, m.params) : stored)
  return {
    key: say(w.key, e.key),
    value: say(w.value, e.value),
    actual: say(w.actual, showValue(e.actual, words)),
    expected: say(w.expected, e.expected),
  }
}

/** How an Exchange install reads: `Exchange 2016 CU5 (15.1.845.34)`, or product and version. */
export function exchangeLabel(x: { product: string; version: string; name?: string }): string {
  return x.name ? `${x.name} (${x.version})` : `${x.product} ${x.version}`
}

/**
 * A version's Schannel state in words (Health Checker's state, or "not supported by this Windows"),
 * the same catalog messages for the command line, the wizard and the report.
 */
export function schannelStateWord(
  s: { state: Diagnosis['schannel'][TlsVersion]['state']; supportedByOs: boolean },
  t: (key: string) => string,
): string {
  return s.supportedByOs ? t(`schannelState.${s.state}`) : t('cli.notSupported')
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
    const state = known ? schannelStateWord(s, t) : t('cli.unknown')
    return {
      version,
      client: word(s.client.effective),
      server: word(s.server.effective),
      state,
      known,
    }
  })
}

/**
 * A file name as the browser gives it, fit to show in a message: one line of plain text, no
 * folder, no control or invisible formatting characters (a bidi override could disguise it).
 */
export const SHOWN_FILE_NAME = /^[^\\/\p{Cc}\p{Cf}\p{Zl}\p{Zp}]{1,255}$/u

/** The name when it is fit to show (SHOWN_FILE_NAME), else undefined: the message goes without it. */
export function shownFileName(name: string | undefined): string | undefined {
  return name !== undefined && SHOWN_FILE_NAME.test(name) ? name : undefined
}
