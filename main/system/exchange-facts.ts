/** Exchange from its setup keys: version, install path, roles (ExSetup.exe's version comes later). */
import type { RegistrySnapshot } from '../registry/registry-store'
import type { Dword } from './facts'
import * as P from './registry-paths'

/** Exchange as its setup key describes it. */
export interface ExchangeFacts {
  major: number
  minor: number
  build: number
  revision: number
  installPath?: string
  edgeRole: boolean
  /** Installed roles (`Mailbox`, `Edge Transport`, ...) from the `<Name>Role` keys. */
  roles?: string[]
  /** `bin\\ExSetup.exe`'s file version (live, or the collect script's tls-exsetup.txt). */
  fileVersion?: string
  /** Why ExSetup.exe's version could not be read, when it was looked for. */
  fileVersionError?: string
}

/** The newest Exchange generation whose setup key names a version, or undefined. */
export function exchangeFacts(
  snap: RegistrySnapshot,
  dw: Dword,
  str: (k: string, n: string) => string | undefined,
): ExchangeFacts | undefined {
  for (const gen of ['v15', 'v14'] as const) {
    const key = P.exchangeSetupKey(gen)
    const major = dw(key, 'MsiProductMajor')
    const minor = dw(key, 'MsiProductMinor')
    if (major === undefined || minor === undefined) continue
    const roles = snap
      .key(P.exchangeGenerationKey(gen))
      .subkeys.filter((k) => /.Role$/i.test(k))
      .map((k) => k.slice(0, -4).replace(/([a-z])([A-Z])/g, '$1 $2'))
    return {
      major,
      minor,
      build: dw(key, 'MsiBuildMajor') ?? 0,
      revision: dw(key, 'MsiBuildMinor') ?? 0,
      installPath: str(key, 'MsiInstallPath'),
      edgeRole: snap.key(P.exchangeEdgeKey(gen)).exists,
      roles,
    }
  }
  return undefined
}
