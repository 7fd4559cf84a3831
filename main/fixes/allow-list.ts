/**
 * The only registry values the fix engine may ever write, delete or restore: TLS 1.2 Schannel,
 * the .NET TLS switches and WinHTTP's DefaultSecureProtocols. Everything else is refused, whoever
 * asks (CLI, IPC, web host, a tampered backup file).
 */
import { InputError } from '../input-error'
import { canonicalKeyPath, keyPathId, nameId, RegPathError } from '../registry/reg-path'
import type { RegValue } from '../registry/reg-value'
import {
  DOTNET_VERSIONS,
  dotnetKey,
  schannelKey,
  SCHANNEL_PROTOCOLS,
  VIEWS,
  winhttpKey,
  type DotNetVersion,
} from '../system/registry-paths'

/** A request the allow-list refuses; the message names the key and value. */
export class FixRefusedError extends InputError {
  override name = 'FixRefusedError'
}

const ALLOWED = new Map<string, Set<string>>()
const KEYS: string[] = []
function allow(key: string, ...values: string[]): void {
  ALLOWED.set(keyPathId(key), new Set(values.map(nameId)))
  KEYS.push(key)
}
allow(schannelKey('TLS 1.2', 'client'), 'Enabled', 'DisabledByDefault')
allow(schannelKey('TLS 1.2', 'server'), 'Enabled', 'DisabledByDefault')
for (const v of Object.keys(DOTNET_VERSIONS) as DotNetVersion[]) {
  for (const view of VIEWS)
    allow(dotnetKey(v, view), 'SystemDefaultTlsVersions', 'SchUseStrongCrypto')
}
for (const view of VIEWS) allow(winhttpKey(view), 'DefaultSecureProtocols')

/** Keys a rollback may delete because a fix may have created them (the values' keys and TLS 1.2 itself). */
const DELETABLE = new Set([...ALLOWED.keys(), keyPathId(`${SCHANNEL_PROTOCOLS}\\TLS 1.2`)])

function id(key: string, what: string): string {
  try {
    return keyPathId(key)
  } catch (e) {
    if (e instanceof RegPathError) throw new FixRefusedError(`refused to ${what}: ${e.message}`)
    throw e
  }
}

/** Throws unless `key\name` is on the allow-list and `value` (when given) is a REG_DWORD. */
export function assertAllowedValue(key: string, name: string, value?: RegValue): void {
  const names = ALLOWED.get(id(key, `touch "${name}"`))
  if (!names?.has(nameId(name))) {
    throw new FixRefusedError(
      `refused to change ${canonicalKeyPath(key)}\\${name}: the fix engine only writes the TLS 1.2 Schannel, .NET TLS and WinHTTP values it knows`,
    )
  }
  if (value && value.type !== 'REG_DWORD') {
    throw new FixRefusedError(
      `refused to write a ${value.type} to ${canonicalKeyPath(key)}\\${name}: only REG_DWORD values are written there`,
    )
  }
}

/** Throws unless `key` may be created or deleted by a fix or its rollback. */
export function assertAllowedKey(key: string): void {
  if (!DELETABLE.has(id(key, 'touch a key'))) {
    throw new FixRefusedError(
      `refused to create or delete the key ${canonicalKeyPath(key)}: it is not one the fix engine manages`,
    )
  }
}

/** Every key on the allow-list, plus TLS 1.2 itself (read in one batch before planning). */
export function allowListedKeys(): string[] {
  return [`${SCHANNEL_PROTOCOLS}\\TLS 1.2`, ...KEYS]
}
