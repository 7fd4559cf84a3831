/** The wizard's API for service tests: elevated, its own state and out folders, in English. */
import path from 'node:path'
import type { AuditLog } from '../../main/audit/audit-log'
import { createWizardService, type ServiceOptions } from '../../main/service/wizard-service'
import { scratchDir } from './demo'

/** The API over `source`, writing its audit lines through `audit`; `more` overrides any option. */
export async function elevatedService(
  source: ServiceOptions['source'],
  audit: AuditLog,
  more: Partial<ServiceOptions> = {},
) {
  const state = await scratchDir()
  return createWizardService({
    source,
    platform: 'linux',
    stateDir: state,
    backupDir: path.join(state, 'backups'),
    outDir: await scratchDir(),
    elevated: true,
    verify: false,
    language: 'en',
    emit: () => {},
    chooseReportFile: async () => null,
    chooseReportToOpen: async () => null,
    audit,
    ...more,
  })
}
