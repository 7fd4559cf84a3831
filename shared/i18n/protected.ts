/**
 * What a translation must never change (DOMAIN.md section 8: machine-translated copies of the
 * support article turned "TLS 1.2" into "TLS 1,2" and "Client" into "klien", which breaks the fix):
 * registry paths, key and value names, protocol versions, the error strings admins search for,
 * commands, file names and placeholders. Each pattern's matches in an English message must appear
 * unchanged in every translation of it.
 */
export const PROTECTED: readonly RegExp[] = [
  // Registry paths and keys, with their subkeys (TLS 1.2\Client stays Client).
  /\bHK(?:LM|EY_LOCAL_MACHINE)\\[^\s"',;:)]+/g,
  /\b(?:TLS 1\.[0-3]|SSL [23]\.0)\\(?:Client|Server)\b/g,
  // Protocol versions with their decimal point.
  /\b(?:TLS|SSL) ?v?\d\.\d\b/g,
  // Registry value names and types.
  /\b(?:Enabled|DisabledByDefault|SchUseStrongCrypto|SystemDefaultTlsVersions|DefaultSecureProtocols|PendingFileRenameOperations|ExchangeInstallPath|MsiInstallPath)\b/g,
  /\b(?:REG_(?:DWORD|SZ|QWORD|MULTI_SZ|EXPAND_SZ|BINARY)|dword:[0-9a-f]{8})\b/g,
  // The error strings admins search for.
  /\b421 4\.4\.2\b/g,
  /\b451 5\.7\.3\b/g,
  /\b530 5\.7\.0\b/g,
  /\bSocketError\b/g,
  /\bKB\d{6,7}\b/g,
  // Commands and file names.
  /\breg (?:import|export|query)\b/g,
  /\btlswizard(?:\.exe)?\b/g,
  /\b(?:Set|Get)-(?:SendConnector|ReceiveConnector)\b/g,
  /\b[\w.-]+\.(?:reg|json|html|exe|xml|log)\b/g,
  /\b(?:shutdown\.exe|wevtutil|ExSetup\.exe)\b/g,
  // Event ids.
  /\b3687[0-9]\b|\b3688[0-9]\b/g,
]

/** The protected terms in a message, in order of appearance (each as often as it occurs). */
export function protectedTerms(message: string): string[] {
  // A term inside a longer one (TLS 1.2 in TLS 1.2\Client) counts once, as part of the longer.
  let rest = message
  return PROTECTED.flatMap((re) => {
    const found = rest.match(re) ?? []
    rest = rest.replace(re, '\u0000')
    return found
  })
}
