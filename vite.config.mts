import react from '@vitejs/plugin-react'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))

// The renderer is served from app:// (Electron) and http://127.0.0.1 (web host): relative paths.
export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    reportCompressedSize: false,
    // One chunk on purpose (it loads from disk or loopback); npm run bench measures its gzip size.
    chunkSizeWarningLimit: 1024,
  },
  logLevel: 'warn',
})
