/**
 * Only the backups this product wrote on this machine go back in (review finding: rollback --newest
 * took the newest file by date in a folder ordinary users may write, and the wizard any file there
 * with a backup's name): each backup is recorded with its SHA-256 in the state file when written.
 */
import { createHash } from 'node:crypto'
import { copyFile, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AuditLog } from '../../../main/audit/audit-log'
import {
  isRecordedBackup,
  newestRecordedBackup,
  withBackupRecorded,
} from '../../../main/fixes/backup-record'
import { readWizardState, writeWizardState } from '../../../main/system/wizard-state'
import { openDemo, scratchDir } from '../../helpers/demo'
import { FaultyStore } from '../../helpers/faulty-store'
import { elevatedService } from '../../helpers/service'

describe('the backups this product recorded', () => {
  it('a recorded backup, unchanged, is one; changed, or never recorded, it is not', async () => {
    const dir = await scratchDir()
    const file = path.join(dir, 'tls-backup-20260101-000000-h.reg')
    await writeFile(file, 'backup')
    const sha = 'f'.repeat(64)
    await writeWizardState(dir, withBackupRecorded({}, file, sha))
    expect(await isRecordedBackup(dir, file)).toBe(false)
    const real = createHash('sha256').update('backup').digest('hex')
    await writeWizardState(dir, withBackupRecorded({ language: 'lt' }, file, real))
    expect(await isRecordedBackup(dir, file)).toBe(true)
    expect((await readWizardState(dir)).language).toBe('lt')
    expect(await newestRecordedBackup(dir)).toBe(file)
    // Only in the folder asked for (rollback --newest --backup-dir DIR).
    expect(await newestRecordedBackup(dir, path.join(dir, 'elsewhere'))).toBeUndefined()
    expect(await newestRecordedBackup(dir, dir)).toBe(file)
    await writeFile(file, 'backup, edited')
    expect(await isRecordedBackup(dir, file)).toBe(false)
    expect(await newestRecordedBackup(dir)).toBeUndefined()
    // A damaged state file: nothing is recorded (a named file then gets a note, not an error).
    await writeFile(path.join(dir, 'state.json'), '{damaged')
    expect(await isRecordedBackup(dir, file)).toBe(false)
  })

  it('the wizard on a live registry: its own backup goes back in; a planted newer one is refused', async () => {
    const live = new FaultyStore(await openDemo('2012r2-ex2016'), {})
    const api = await elevatedService(
      { kind: 'live', label: 'this computer', store: live } as never,
      new AuditLog(await scratchDir(), {}, { account: 'CONTOSO\\admin', host: 'EX2016' }),
    )
    const plan = await api['fixes:plan']({})
    const applied = await api['fixes:apply']({ planId: plan.id })
    const own = applied.backupFile as string
    // A file planted beside it under a backup's name, newer by its date (a copy: its content is
    // no matter, it was not written here by this product).
    const planted = path.join(path.dirname(own), 'tls-backup-20991231-235959-EX2016.reg')
    await copyFile(own, planted)
    const later = new Date('2099-12-31T23:59:59Z')
    await utimes(planted, later, later)
    await expect(api['fixes:rollback']({ backup: path.basename(planted) })).rejects.toThrow(
      /is not a backup this product wrote on this machine/,
    )
    // With no name, the newest recorded backup: its own, not the planted one.
    expect((await api['fixes:rollback']({ backup: null })).file).toBe(own)
  })
})
