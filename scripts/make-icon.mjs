// Draws the app icon (build/icon.ico): a blue shield holding a white envelope and, from 32 px up,
// the mark "1.2". No dependencies: shapes are sampled 4x4 per pixel, PNG and ICO written by hand.
//   node scripts/make-icon.mjs            writes build/icon.ico
//   node scripts/make-icon.mjs --png DIR  also writes DIR/icon-SIZE.png to look at
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32, deflateSync } from 'node:zlib'

/** Every size Windows asks an application icon for (Explorer, taskbar, Start, Alt+Tab). */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256]

const NAVY = [11, 61, 145]
const BLUE = [30, 111, 217]
const WHITE = [255, 255, 255]

// 5x7 glyphs for the mark, one string per row ('#' = ink).
const GLYPHS = {
  1: ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '.': ['..', '..', '..', '..', '..', '##', '##'],
  2: ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
}

/** Half the shield's width at height y (256-unit square): straight sides, then a pointed base. */
function shieldHalfWidth(y, inset) {
  if (y < 24 + inset) return -1
  const base = 150
  const w = y <= base ? 100 : 100 * (1 - ((y - base) / (238 - base)) ** 1.5)
  return w - inset
}

/** Whether (x, y) is ink of the text `mark` laid out with `cell`-unit pixels from (left, top). */
function inMark(x, y, mark, left, top, cell) {
  let gx = left
  for (const ch of mark) {
    const rows = GLYPHS[ch]
    const col = Math.floor((x - gx) / cell)
    const row = Math.floor((y - top) / cell)
    if (col >= 0 && col < rows[0].length && row >= 0 && row < 7 && rows[row][col] === '#')
      return true
    gx += (rows[0].length + 1) * cell
  }
  return false
}

/** The colour at (x, y) in the 256-unit design, or null outside the shield. */
function colourAt(x, y, withMark) {
  const dx = Math.abs(x - 128)
  if (dx > shieldHalfWidth(y, 0)) return null
  if (dx > shieldHalfWidth(y, 12)) return NAVY
  // The envelope: higher and larger when there is no mark below it.
  const [top, bottom, half] = withMark ? [52, 122, 62] : [70, 170, 78]
  if (dx <= half && y >= top && y <= bottom) {
    // The flap: two strokes from the top corners to the middle.
    const flapY = top + ((half - dx) * ((bottom - top) * 0.62)) / half
    const stroke = withMark ? 6 : 12
    return Math.abs(y - flapY) <= stroke / 2 ? BLUE : WHITE
  }
  if (withMark && inMark(x, y, '1.2', 128 - 49, 136, 7)) return WHITE
  return BLUE
}

/** The icon at `size` pixels as RGBA rows (straight alpha). */
export function renderIcon(size) {
  const n = 4
  const rgba = Buffer.alloc(size * size * 4)
  const withMark = size >= 32
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0]
      let hits = 0
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt(
            ((px + (sx + 0.5) / n) * 256) / size,
            ((py + (sy + 0.5) / n) * 256) / size,
            withMark,
          )
          if (!c) continue
          hits++
          for (let i = 0; i < 3; i++) sum[i] += c[i]
        }
      const o = (py * size + px) * 4
      if (hits) for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(sum[i] / hits)
      rgba[o + 3] = Math.round((255 * hits) / (n * n))
    }
  return rgba
}

function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** A PNG file of RGBA pixels (8-bit, no filtering). */
export function encodePng(rgba, size) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A 32-bit BMP icon image (BITMAPINFOHEADER, BGRA bottom-up, then the AND mask). */
function encodeDib(rgba, size) {
  const header = Buffer.alloc(40)
  const maskRow = Math.ceil(size / 32) * 4
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8) // colour rows plus mask rows
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20)
  const pixels = Buffer.alloc(size * size * 4)
  const mask = Buffer.alloc(maskRow * size)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = ((size - 1 - y) * size + x) * 4
      pixels.set([rgba[from + 2], rgba[from + 1], rgba[from], rgba[from + 3]], to)
      if (rgba[from + 3] === 0) mask[(size - 1 - y) * maskRow + (x >> 3)] |= 0x80 >> (x & 7)
    }
  return Buffer.concat([header, pixels, mask])
}

/**
 * The .ico file: every size in ICON_SIZES, BMP images up to 128 px (which every consumer,
 * NSIS included, reads) and a PNG image at 256 px (as Windows' own icons are stored).
 */
export function makeIcon() {
  const images = ICON_SIZES.map((s) =>
    s >= 256 ? encodePng(renderIcon(s), s) : encodeDib(renderIcon(s), s),
  )
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach((img, i) => {
    const e = 6 + 16 * i
    const size = ICON_SIZES[i]
    header.writeUInt8(size >= 256 ? 0 : size, e)
    header.writeUInt8(size >= 256 ? 0 : size, e + 1)
    header.writeUInt16LE(1, e + 4)
    header.writeUInt16LE(32, e + 6)
    header.writeUInt32LE(img.length, e + 8)
    header.writeUInt32LE(offset, e + 12)
    offset += img.length
  })
  return Buffer.concat([header, ...images])
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
  const ico = path.join(root, 'build', 'icon.ico')
  mkdirSync(path.dirname(ico), { recursive: true })
  writeFileSync(ico, makeIcon())
  console.log(`wrote ${path.relative(process.cwd(), ico)}`)
  const pngDir = process.argv[process.argv.indexOf('--png') + 1]
  if (process.argv.includes('--png') && pngDir) {
    mkdirSync(pngDir, { recursive: true })
    for (const s of ICON_SIZES)
      writeFileSync(path.join(pngDir, `icon-${s}.png`), encodePng(renderIcon(s), s))
    console.log(`wrote ${ICON_SIZES.length} PNGs to ${pngDir}`)
  }
}
