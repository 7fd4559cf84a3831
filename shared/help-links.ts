/**
 * The official pages behind each problem: the support article this product follows, its three
 * Exchange Team posts, KB3140245 and Exchange's TLS guidance. These exact URLs (and the manual
 * steps' own) are the allow-list main/app/help-links.ts opens outside the app.
 */
import type { ProblemId } from './diagnosis'

/** Every official page the wizard and the report may link to, by a short id. */
export const HELP_LINKS = {
  article:
    'https://learn.microsoft.com/exchange/troubleshoot/email-delivery/send-receive-emails-socketerror',
  tlsPart1:
    'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-server-tls-guidance-part-1-getting-ready-for-tls-1-2/ba-p/607649',
  tlsPart2:
    'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-server-tls-guidance-part-2-enabling-tls-1-2-and/ba-p/607761',
  tlsScenarios:
    'https://techcommunity.microsoft.com/t5/exchange-team-blog/understanding-email-scenarios-if-tls-versions-cannot-be-agreed/ba-p/2065089',
  kb3140245: 'https://support.microsoft.com/help/3140245',
  exchangeTls:
    'https://learn.microsoft.com/exchange/plan-and-deploy/post-installation-tasks/security-best-practices/exchange-tls-configuration',
  tlsRegistry: 'https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings',
  builds: 'https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates',
  protocolLogging: 'https://learn.microsoft.com/exchange/mail-flow/connectors/protocol-logging',
} as const

/** A help page id. */
export type HelpLinkId = keyof typeof HELP_LINKS

/** The exact URLs (the allow-list). */
export const HELP_LINK_URLS: readonly string[] = Object.values(HELP_LINKS)

const TLS12: readonly HelpLinkId[] = ['article', 'tlsPart2', 'tlsScenarios']

/**
 * The pages that explain each problem, most useful first (a test checks that every problem id has
 * its own entry; problemLinks falls back to the support article).
 */
export const PROBLEM_LINKS: Readonly<Record<string, readonly HelpLinkId[]>> = {
  'evidence-incomplete': ['article'],
  'tls12-off-both': TLS12,
  'tls12-off-incoming': TLS12,
  'tls12-off-outgoing': TLS12,
  'tls12-inconsistent': ['tlsPart2', 'tlsRegistry'],
  'exchange-too-old': ['tlsPart1', 'builds'],
  'exchange-tls13': ['exchangeTls'],
  'legacy-tls-off': ['tlsPart1', 'exchangeTls'],
  'exchange-updates': ['builds', 'tlsPart1'],
  'windows-support': ['tlsPart1'],
  'cipher-suites': ['exchangeTls', 'tlsScenarios'],
  dotnet: ['tlsPart2', 'exchangeTls'],
  winhttp: ['kb3140245', 'tlsPart2'],
  'wire-tls12-refused': ['tlsScenarios', 'article'],
  'wire-tls12-client': ['tlsScenarios', 'article'],
  'starttls-missing': ['tlsScenarios'],
  unreachable: ['article'],
  'smtp-rejected': ['protocolLogging', 'tlsScenarios'],
  certificate: ['tlsScenarios'],
  'control-sets-differ': ['tlsRegistry'],
  'ignored-entries': ['tlsRegistry'],
  'schannel-consistency': ['tlsPart2', 'tlsRegistry'],
  'restart-pending': ['article'],
  'legacy-tls': ['exchangeTls'],
  'control-set-read': ['tlsRegistry'],
  'health-checker-words': ['exchangeTls'],
  'values-not-0-or-1': ['tlsRegistry'],
  'mail-flow-failing': ['article', 'protocolLogging'],
  'legacy-tls-peers': ['tlsPart2', 'protocolLogging'],
  'logs-evidence': ['protocolLogging'],
  'schannel-events': ['tlsScenarios', 'tlsRegistry'],
  'schannel-not-as-registry': ['tlsRegistry', 'tlsScenarios'],
  'probes-disagree': ['tlsScenarios', 'tlsRegistry'],
  notes: ['article'],
}

/** The pages behind one problem. */
export function problemLinks(id: ProblemId): readonly HelpLinkId[] {
  return PROBLEM_LINKS[id] ?? ['article']
}
