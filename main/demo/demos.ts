/** The bundled sample servers (`--demo NAME`): real `reg export` files of typical machines. */
import { existsSync } from 'node:fs'
import path from 'node:path'

/** A demo server: its name and what it shows. */
export interface Demo {
  name: string
  description: string
}

/** Every bundled demo, in the order the README presents them. */
export const DEMOS: readonly Demo[] = [
  {
    name: '2012r2-ex2016',
    description:
      'Windows Server 2012 R2 + Exchange 2016 CU5: TLS 1.2 Client missing, Server Enabled=0; both out of support',
  },
  {
    name: '2019-ex2019',
    description:
      'Windows Server 2019 + Exchange 2019 CU14: healthy for TLS; Exchange 2019 out of support',
  },
  {
    name: '2008r2-ex2010',
    description:
      'Windows Server 2008 R2 + Exchange 2010 SP3 RU30: no TLS keys at all; both out of support',
  },
]

/** Where the demo `.reg` files are: next to the bundle (dist/demo) or in the source tree. */
export function demoDirectory(): string {
  const candidates = [
    path.join(__dirname, 'demo'),
    // dist/main/index.cjs (the Electron main bundle) next to dist/demo
    path.join(__dirname, '..', 'demo'),
    path.join(__dirname, 'servers'),
    path.join(__dirname, '..', 'main', 'demo', 'servers'),
  ]
  return (
    candidates.find((d) => existsSync(path.join(d, `${DEMOS[0]?.name}.reg`))) ??
    (candidates[0] as string)
  )
}

/** The file of a demo, or undefined for an unknown name. */
export function demoFile(name: string): string | undefined {
  const demo = DEMOS.find((d) => d.name === name.toLowerCase())
  return demo ? path.join(demoDirectory(), `${demo.name}.reg`) : undefined
}
