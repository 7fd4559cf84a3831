/** Types for test-tools.mjs: where the browser and poppler the tests need are. */
type Env = Record<string, string | undefined>
export declare function browserCandidates(env?: Env, platform?: NodeJS.Platform): string[]
export declare function findBrowser(
  env?: Env,
  platform?: NodeJS.Platform,
  exists?: (p: string) => boolean,
): string | undefined
export declare function findOnPath(
  name: string,
  env?: Env,
  platform?: NodeJS.Platform,
  exists?: (p: string) => boolean,
): string | undefined
