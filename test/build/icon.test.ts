import { readFileSync } from 'node:fs'
import path from 'node:path'
import { inflateSync } from 'node:zlib'
import yaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { makeIcon } from '../../scripts/make-icon.mjs'

const root = path.join(__dirname, '../..')
const ico = readFileSync(path.join(root, 'build/icon.ico'))

/** The directory of an .ico file: each image's declared size, and its bytes. */
function entries(file: Buffer) {
  expect(file.readUInt16LE(0)).toBe(0)
  expect(file.readUInt16LE(2)).toBe(1) // 1 = icon
  return Array.from({ length: file.readUInt16LE(4) }, (_, i) => {
    const e = 6 + 16 * i
    const size = file.readUInt8(e) || 256
    expect(file.readUInt8(e + 1) || 256, 'height').toBe(size)
    expect(file.readUInt16LE(e + 6), 'bits per pixel').toBe(32)
    const offset = file.readUInt32LE(e + 12)
    return { size, image: file.subarray(offset, offset + file.readUInt32LE(e + 8)) }
  })
}

/** The alpha channel of an icon image, whether it is stored as PNG or as a BMP. */
function alphas(image: Buffer, size: number): number[] {
  if (image.subarray(1, 4).toString('latin1') === 'PNG') {
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([size, size])
    expect([image[24], image[25]], '8-bit RGBA').toEqual([8, 6])
    const idat = image.subarray(41, 41 + image.readUInt32BE(33))
    const raw = inflateSync(idat)
    return Array.from({ length: size * size }, (_, i) => {
      const row = Math.floor(i / size)
      return raw[row * (size * 4 + 1) + 1 + (i % size) * 4 + 3] as number
    })
  }
  expect(image.readUInt32LE(0), 'BITMAPINFOHEADER').toBe(40)
  expect([image.readInt32LE(4), image.readInt32LE(8)]).toEqual([size, size * 2])
  return Array.from({ length: size * size }, (_, i) => image[40 + i * 4 + 3] as number)
}

describe('build/icon.ico', () => {
  it('holds every Windows icon size, 16 to 256 px, 32-bit', () => {
    expect(entries(ico).map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256])
  })

  it('every image is drawn: opaque inside the shield, transparent around it', () => {
    for (const { size, image } of entries(ico)) {
      const a = alphas(image, size)
      expect(a[0], `${size}: corner`).toBe(0)
      expect(a[Math.floor(size / 2) * size + Math.floor(size / 2)], `${size}: centre`).toBe(255)
      expect(a.filter((v) => v === 255).length / a.length, `${size}: coverage`).toBeGreaterThan(0.4)
    }
  })

  it('is what scripts/make-icon.mjs draws (regenerate it with node scripts/make-icon.mjs)', () => {
    expect(makeIcon().equals(ico)).toBe(true)
  })

  it('is the icon electron-builder.yml gives the Windows build', () => {
    const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
      win: { icon: string }
    }
    expect(config.win.icon).toBe('build/icon.ico')
  })
})
