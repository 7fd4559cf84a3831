/** Literal facts for check tests: an empty registry on a given build, plus overrides. */
import { SCHANNEL_SIDES, TLS_VERSIONS } from '../../shared/tls'
import type { Facts, SchannelSideFacts } from '../../main/system/facts'
import { diagnose, type DiagnosisContext } from '../../main/checks/diagnose'

/** Facts of a machine where nothing TLS-related is set. */
export function emptyFacts(build?: number): Facts {
  return {
    os: { currentBuild: build },
    schannel: Object.fromEntries(
      TLS_VERSIONS.map((v) => [v, Object.fromEntries(SCHANNEL_SIDES.map((s) => [s, {}]))]),
    ) as Facts['schannel'],
    dotnet: { v4: { native: {}, wow6432: {} }, v2: { native: {}, wow6432: {} } },
    winhttp: { native: {}, wow6432: {} },
    cipherSuites: {},
    pendingRestart: {
      fileRenameOperations: false,
      cbsRebootPending: false,
      wuRebootRequired: false,
      updateExeVolatile: false,
    },
    wrongTypes: [],
  }
}

/** Sets both sides of a TLS version. */
export function withTls(
  f: Facts,
  version: keyof Facts['schannel'],
  client: SchannelSideFacts,
  server: SchannelSideFacts = client,
): Facts {
  return { ...f, schannel: { ...f.schannel, [version]: { client, server } } }
}

/** .NET v4 fully configured in both views. */
export function withDotnet(f: Facts, value = 1): Facts {
  const both = { systemDefaultTlsVersions: value, schUseStrongCrypto: value }
  return {
    ...f,
    dotnet: { v4: { native: both, wow6432: both }, v2: { native: both, wow6432: both } },
  }
}

/** Facts of a correctly configured server on `build`. */
export function healthyFacts(build = 17763): Facts {
  return withDotnet(
    withTls(
      withTls(
        withTls(emptyFacts(build), 'TLS 1.2', { enabled: 1, disabledByDefault: 0 }),
        'TLS 1.1',
        { enabled: 0, disabledByDefault: 1 },
      ),
      'TLS 1.0',
      { enabled: 0, disabledByDefault: 1 },
    ),
  )
}

/** diagnose() as the check tests call it: a fixed tool, the source given, and the clock at 1970. */
export function diagnoseFacts(
  f: Facts,
  source: DiagnosisContext['source'] = { kind: 'file', adapter: 'reg-file', location: 'x' },
) {
  return diagnose(f, { tool: { name: 't', version: '0' }, source, now: new Date(0) })
}

/** A healthy 2019 server whose TLS 1.2 Client side is off (Enabled=0, DisabledByDefault=1). */
export function clientOffFacts(): Facts {
  return withTls(
    healthyFacts(17763),
    'TLS 1.2',
    { enabled: 0, disabledByDefault: 1 },
    { enabled: 1, disabledByDefault: 0 },
  )
}
