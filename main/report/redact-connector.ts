/** Connector names from protocol logs: one name each, hidden whole, never split into words. */

/** The receive connectors Exchange makes on every server, each named after it (`Default EX01`). */
export const DEFAULT_RECEIVE =
  'Default Frontend|Outbound Proxy Frontend|Client Frontend|Client Proxy|Default internal receive connector|Default|Client'

// What stays, and why: a senior reading the report needs to know that the failing connector is
// the one the Hybrid Configuration Wizard made ("Outbound to Office 365", newer wizards add a
// GUID), one of Exchange's own implicit or default connectors, or an EdgeSync one. Those names
// are Microsoft's words and name nobody; only a server or AD site in them is hidden. Any other
// name is the admin's own ("Relay LYON-APP7", "To Fabrikam partners"), often naming a site, a
// partner or a host: it becomes connector-1, connector-2, one placeholder per name.
const GUID = '[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}'
const KEPT = new RegExp(
  [
    `^(?:Outbound to Office 365|Inbound from Office 365)(?: - ${GUID})?$`,
    '^(?:Intra-Organization SMTP Send Connector|Inbound Proxy Internal Send Connector)$',
    '^(?:Internal Proxy Send Connector|Client Proxy Send Connector)$',
  ].join('|'),
  'i',
)
const DEFAULT = new RegExp(`^(${DEFAULT_RECEIVE}) (.+)$`, 'i')
const EDGESYNC = [/^(EdgeSync - )(.+)( to Internet)$/i, /^(EdgeSync - Inbound to )(.+)()$/i]
const DEFAULT_SITE = 'default-first-site-name'

/** How a connector's parts are replaced: a server's name, and a placeholder of a kind. */
export interface ConnectorSink {
  server(name: string): string
  placeholder(kind: 'connector' | 'site', name: string): string
}

/** A receive connector id is `SERVER\Name`; a send connector's is its name. */
export function connectorParts(id: string): { server: string | null; name: string } {
  const slash = id.indexOf('\\')
  return slash > 0
    ? { server: id.slice(0, slash), name: id.slice(slash + 1) }
    : { server: null, name: id }
}

function name(n: string, server: string | null, sink: ConnectorSink): string {
  if (!n.trim() || n === '-' || KEPT.test(n)) return n
  const d = DEFAULT.exec(n)
  // A default receive connector carries its own server's name; "Default route" is the admin's.
  if (d && server && d[2]?.toLowerCase() === server.toLowerCase())
    return `${d[1]} ${sink.server(d[2])}`
  for (const re of EDGESYNC) {
    const e = re.exec(n)
    if (e) {
      const site = e[2] as string
      const shown = site.toLowerCase() === DEFAULT_SITE ? site : sink.placeholder('site', site)
      return `${e[1]}${shown}${e[3]}`
    }
  }
  return sink.placeholder('connector', n)
}

/** A connector id with its server replaced and its name kept (Microsoft's) or replaced whole. */
export function redactConnector(id: string, sink: ConnectorSink): string {
  const { server, name: n } = connectorParts(id)
  return `${server ? `${sink.server(server)}\\` : ''}${name(n, server, sink)}`
}
