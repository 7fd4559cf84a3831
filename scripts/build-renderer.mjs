// Builds the React renderer with Vite into dist/renderer (served by Electron's app:// and the web host).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
await build({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' })
console.log('built dist/renderer')
