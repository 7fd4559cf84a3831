/** Opens the registry a command works on: live (Windows), a `.reg` file, or a bundled demo. */
import { translate as t } from '../../shared/i18n/translate'
import type { SourceKind } from '../../shared/ids'
import { InputError } from '../input-error'
import { DEMOS, demoFile } from '../demo/demos'
import type { RegKeyFilter } from '../registry/reg-file'
import { RegFileStore } from '../registry/reg-file-store'
import type { RegistryStore } from '../registry/registry-store'
import { openLiveRegistryStore } from '../registry/live-store'

/** What the user asked for. */
export interface SourceOptions {
  registry?: string
  demo?: string
  /** Keep only these keys of a `.reg` file or demo (a diagnosis needs a few dozen of them). */
  keep?: RegKeyFilter
}

/** An open registry and how to describe it. */
export interface OpenSource {
  kind: SourceKind
  store: RegistryStore
  label: string
  /** Said once when the live registry had to fall back from regedit to native-reg. */
  notice?: string
  /** ExSetup.exe's version from the collect script's tls-exsetup.txt (a folder of exports). */
  exSetupVersion?: string
}

/** Input the user can correct (unknown demo, no registry on this OS, both options at once). */
export class SourceError extends InputError {
  override name = 'SourceError'
}

const demoNames = () => DEMOS.map((d) => d.name).join(', ')

/** Opens the source; throws SourceError for choices that cannot work here. */
export async function openRegistrySource(
  opts: SourceOptions,
  platform: NodeJS.Platform = process.platform,
): Promise<OpenSource> {
  if (opts.registry !== undefined && opts.demo !== undefined)
    throw new SourceError(t('error.source.both'))
  if (opts.demo !== undefined) {
    const file = demoFile(opts.demo)
    if (!file)
      throw new SourceError(t('error.source.unknownDemo', { demo: opts.demo, demos: demoNames() }))
    return {
      kind: 'demo',
      store: await RegFileStore.open(file, opts.keep),
      label: `demo ${opts.demo.toLowerCase()}`,
    }
  }
  if (opts.registry !== undefined) {
    return {
      kind: 'file',
      store: await RegFileStore.open(opts.registry, opts.keep),
      label: opts.registry,
    }
  }
  if (platform !== 'win32') {
    throw new SourceError(t('error.source.noRegistry', { platform, demos: demoNames() }))
  }
  // regedit by default; native-reg when the Windows Script Host is disabled or gone (said once).
  const { store, notice } = await openLiveRegistryStore()
  return { kind: 'live', store, label: 'this computer', notice }
}
