/** TLS protocol versions as Schannel names them in the registry, oldest first. */
export const TLS_VERSIONS = ['TLS 1.0', 'TLS 1.1', 'TLS 1.2', 'TLS 1.3'] as const

/** One of the Schannel protocol versions the product reasons about. */
export type TlsVersion = (typeof TLS_VERSIONS)[number]

/** The two Schannel sides: outbound connections (Client) and inbound ones (Server). */
export const SCHANNEL_SIDES = ['client', 'server'] as const

/** A Schannel side. */
export type SchannelSide = (typeof SCHANNEL_SIDES)[number]

/** Configured state of one TLS version, with the words Exchange Health Checker uses. */
export const SCHANNEL_STATES = ['enabled', 'disabled', 'half-disabled', 'misconfigured'] as const

/** Configured state of one TLS version. */
export type SchannelState = (typeof SCHANNEL_STATES)[number]
