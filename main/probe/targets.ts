/** The targets the wizard proposes: local SMTP, the tenant's Exchange Online endpoint, a smart host. */
import { resolveMx as dnsResolveMx } from 'node:dns/promises'
import type { ProbeTarget } from '../../shared/probe'
import { translate as t } from '../../shared/i18n/translate'
import { isDnsName } from '../../shared/targets'
import { defaultMode, parseHostPort, TargetError, validHost } from './host-port'

/** Looks up MX records; injectable so tests never touch the network. */
export type ResolveMx = (domain: string) => Promise<{ exchange: string; priority: number }[]>

/** The local SMTP service: the loopback address, and the machine's FQDN when known. */
export function localTargets(fqdn: string | null | undefined): ProbeTarget[] {
  const targets: ProbeTarget[] = [{ host: '127.0.0.1', port: 25, mode: 'starttls', role: 'local' }]
  if (fqdn && isDnsName(fqdn) && fqdn.toLowerCase() !== 'localhost')
    targets.push({ host: validHost(fqdn), port: 25, mode: 'starttls', role: 'local' })
  return targets
}

/** Exchange Online's inbound endpoint for a domain when no MX says otherwise. */
export function exchangeOnlineHost(domain: string): string {
  return `${domain.toLowerCase().replace(/\.$/, '').replace(/\./g, '-')}.mail.protection.outlook.com`
}

const EXO_MX = /\.(mail\.protection\.outlook\.com|mx\.microsoft)\.?$/i

/** Where the Office 365 endpoint came from: the domain's MX record, or the naming rule. */
export interface Office365Target extends ProbeTarget {
  source: 'mx' | 'derived'
}

/**
 * The tenant's Exchange Online endpoint for an accepted domain: its Microsoft MX when the domain
 * has one, otherwise `<domain-with-dashes>.mail.protection.outlook.com` (the MX may point to a
 * third-party filter, yet the tenant endpoint still exists).
 */
export async function office365Target(
  domain: string,
  resolveMx: ResolveMx = dnsResolveMx,
  timeoutMs = 3000,
): Promise<Office365Target> {
  const name = domain.trim().replace(/\.$/, '')
  if (!isDnsName(name) || !name.includes('.'))
    throw new TargetError(t('probe.target.badDomain', { domain }))
  let timer: NodeJS.Timeout | undefined
  const records = await Promise.race([
    resolveMx(name).catch(() => []),
    new Promise<[]>((resolve) => (timer = setTimeout(() => resolve([]), timeoutMs))),
  ]).finally(() => clearTimeout(timer))
  const mx = records
    .filter((r) => EXO_MX.test(r.exchange) && isDnsName(r.exchange))
    .sort((a, b) => a.priority - b.priority)[0]
  const host = mx ? validHost(mx.exchange) : exchangeOnlineHost(name)
  return { host, port: 25, mode: 'starttls', role: 'office365', source: mx ? 'mx' : 'derived' }
}

/** A smart host as the admin types it: `HOST[:PORT]`, port 25 unless given. */
export function smartHostTarget(input: string): ProbeTarget {
  const { host, port } = parseHostPort(input)
  return { host, port, mode: defaultMode(port), role: 'smarthost' }
}
