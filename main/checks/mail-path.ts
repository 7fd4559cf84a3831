/** How mail leaves this server decides which rules apply (DOMAIN.md section 8: non-Exchange relays). */
import type { MailPath } from '../../shared/diagnosis'
import type { Facts } from '../system/facts'

/** The mail path and, for Exchange, its roles. */
export interface MailRoute {
  path: MailPath
  roles: string[]
}

/**
 * Exchange when its setup key (or its transport service) is there; the IIS SMTP service when
 * SMTPSVC is installed; "none found" when HKLM\SOFTWARE was read and neither is there; unknown when
 * HKLM\SOFTWARE was not exported, because then Exchange may well be installed.
 */
export function mailRoute(facts: Facts): MailRoute {
  const x = facts.exchange
  if (x) return { path: 'exchange', roles: x.roles ?? (x.edgeRole ? ['Edge Transport'] : []) }
  const services = facts.mailServices ?? {}
  if (services.MSExchangeTransport || services.MSExchangeFrontEndTransport)
    return { path: 'exchange', roles: [] }
  // Without HKLM\SOFTWARE, or without the ExchangeServer key (not exported, not shown absent),
  // "no Exchange" is not known.
  if (facts.seen && (!facts.seen.software || facts.seen.exchange === false))
    return { path: 'unknown', roles: [] }
  return { path: services.SMTPSVC ? 'smtp-relay' : 'none-found', roles: [] }
}
