import griffel from '@griffel/vite-plugin'
import react from '@vitejs/plugin-react'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))

// The renderer is served from app:// (Electron) and http://127.0.0.1 (web host): relative paths.
export default defineConfig(({ command }) => ({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [
    react(),
    // Builds pre-compile our makeStyles calls into __styles (Griffel's AOT, through wyw-in-js), as
    // Fluent's own components ship: no stylis or rtl-css-js at run time for them.
    command === 'build' && griffel({ include: [/\.tsx?$/] }),
  ],
  build: {
    outDir: path.join(here, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    reportCompressedSize: false,
    // Welcome's chunk, the later steps' and one per other language (renderer/lazy-steps.tsx,
    // renderer/i18n.ts); npm run bench measures their gzip size.
    chunkSizeWarningLimit: 1024,
  },
  logLevel: 'warn',
}))
