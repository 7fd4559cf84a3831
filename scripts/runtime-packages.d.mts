/** The packages the built app loads from node_modules at run time (see runtime-packages.mjs). */
export declare const RUNTIME_PACKAGES: readonly string[]
/** `packages` and every production dependency they pull in, as node_modules/... paths. */
export declare function runtimeClosure(root: string, packages: readonly string[]): Set<string>
