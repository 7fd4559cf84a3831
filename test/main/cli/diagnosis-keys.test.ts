import { readdirSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diagnosisKeyFilter } from '../../../main/cli/diagnosis-keys'
import { demoFile, DEMOS } from '../../../main/demo/demos'
import { regReader, treeSink } from '../../../main/registry/reg-file'
import { RegistryTree } from '../../../main/registry/registry-tree'
import { openRegistrySource } from '../../../main/system/registry-source'
import { runDiagnosis } from '../../../main/system/run-diagnosis'

const VERDICTS = path.join(__dirname, '../../fixtures/verdict')
const files = [
  ...DEMOS.map((d) => demoFile(d.name) as string),
  ...readdirSync(VERDICTS)
    .filter((f) => f.endsWith('.reg'))
    .map((f) => path.join(VERDICTS, f)),
]
const NOW = new Date('2026-01-15T10:00:00Z')

async function diagnose(file: string, keep?: ReturnType<typeof diagnosisKeyFilter>) {
  const source = await openRegistrySource({ registry: file, keep }).catch((e: Error) => e)
  if (source instanceof Error) return `refused: ${source.message}`
  return runDiagnosis(source, NOW)
}

describe('diagnose keeps only the keys the facts need', () => {
  it.each(files.map((f) => [path.basename(f), f]))(
    '%s: the same diagnosis as from the whole tree',
    async (_, file) => {
      expect(await diagnose(file, diagnosisKeyFilter())).toEqual(await diagnose(file))
    },
  )

  it('keeps the values of the keys it accepts, and the names of their subkeys only', () => {
    const tree = new RegistryTree()
    const keep = (p: string) => p.toLowerCase() === 'hkey_local_machine\\software\\a'
    const reader = regReader('<test>', treeSink(tree, keep))
    reader.push(
      Buffer.from(
        [
          'Windows Registry Editor Version 5.00',
          '',
          '[HKEY_LOCAL_MACHINE\\SOFTWARE\\A]',
          '"Kept"=dword:00000001',
          '',
          '[HKEY_LOCAL_MACHINE\\SOFTWARE\\A\\Child]',
          '"Dropped"="x"',
          '',
          '[HKEY_LOCAL_MACHINE\\SOFTWARE\\A\\Child\\Grandchild]',
          '',
          '[HKEY_LOCAL_MACHINE\\SOFTWARE\\B]',
          '"Dropped"=hex:01,02',
          '',
          '',
        ].join('\r\n'),
      ),
    )
    reader.end()
    expect(tree.getValue('HKLM\\SOFTWARE\\A', 'Kept')).toEqual({ type: 'REG_DWORD', data: 1 })
    expect(tree.getKey('HKLM\\SOFTWARE\\A')?.subkeys.map((k) => k.name)).toEqual(['Child'])
    expect(tree.getKey('HKLM\\SOFTWARE\\A\\Child')?.valueCount).toBe(0)
    expect(tree.getKey('HKLM\\SOFTWARE\\A\\Child\\Grandchild')).toBeUndefined()
    expect(tree.getKey('HKLM\\SOFTWARE\\B')).toBeUndefined()
  })

  it('refuses exactly the values the whole read refuses, with the same words', () => {
    const read = (body: string, keep?: () => boolean) => {
      const reader = regReader('<test>', treeSink(new RegistryTree(), keep))
      try {
        reader.push(
          Buffer.from(
            `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]\r\n"V"=hex:${body}\r\n\r\n`,
          ),
        )
        reader.end()
        return 'ok'
      } catch (e) {
        return (e as Error).message
      }
    }
    const piece = fc.constantFrom('0', 'a', 'F', '7f', ',', ' ', '\t', 'g', 'abc', ', ', '')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const body = pieces.join('')
        expect(read(body, () => false)).toBe(read(body))
      }),
      { numRuns: 2000 },
    )
  })
})
