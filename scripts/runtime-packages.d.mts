/** The packages the built app loads from node_modules at run time (see runtime-packages.mjs). */
export declare const RUNTIME_PACKAGES: readonly string[]
