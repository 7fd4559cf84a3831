/** Types for ensure-test-deps.mjs (the pretest check). */
type Env = Record<string, string | undefined>
export declare const DEBIAN_PACKAGES: readonly string[]
export declare function missingTools(
  env?: Env,
  platform?: NodeJS.Platform,
  exists?: (p: string) => boolean,
): string[]
export declare function remedy(platform?: NodeJS.Platform, debian?: boolean): string
