// The packages the built app loads from node_modules at run time; esbuild and Vite bundle
// everything else into dist/. package.json "dependencies" lists exactly these (test/build/pack-list.test.ts),
// so electron-builder packs nothing else into app.asar.
//   regedit     runs .wsf scripts from its own folder (unpacked from the asar)
//   native-reg  loads a prebuilt N-API binding
export const RUNTIME_PACKAGES = ['regedit', 'native-reg']
