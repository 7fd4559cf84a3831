/** English messages for fixes: the remedies, the plan, its outcome (merged into the English catalog). */
export const enFixes = {
  'fix.schannel-tls12-enable': 'Enable TLS 1.2 for Schannel Client and Server',
  'fix.dotnet-v4-strong-crypto': 'Set the .NET 4 TLS switches in both registry views',
  'fix.dotnet-v2-strong-crypto': 'Set the .NET 3.5 TLS switches in both registry views',
  'fix.winhttp-tls12': 'Add TLS 1.2 to WinHTTP DefaultSecureProtocols',
  'fix.restart-server': 'Restart the server',
  'fix.install-dotnet': 'Install the .NET Framework version this Exchange build is supported with',
  'fix.install-kb3140245':
    'Install Windows update KB3140245 (WinHTTP reads DefaultSecureProtocols only once it is installed)',
  'fix.update-exchange': 'Install the current Exchange update',
  'fix.review-cipher-suites': 'Review the cipher-suite order',
  'fix.collect-registry':
    'Collect what is missing on the server (docs/collect/collect-tls-registry.cmd) and diagnose again',
  'fix.delete-ignored-entries': 'Delete the ignored keys and values by hand (regedit)',
  'fix.disable-tls13': 'Switch TLS 1.3 off in Schannel (by hand)',

  'fixes.nothingElse': 'Nothing else to change in the registry.',
  'fixes.manual.before': 'First, what the registry cannot do (updates and evidence):',
  'fixes.manual.after': 'After the registry changes:',
  'fixes.manual.link': 'How (Microsoft)',
  'fixes.leftOut.dotnet':
    'Not planned: the .NET TLS switches. No Exchange runs here, and an SMTP relay (IIS SMTP service) sends mail through Schannel without .NET; set them only for other .NET software that talks TLS (tlswizard fix --dotnet includes them).',
  'fixes.nothingToDo':
    'Nothing to change: every value a fix would write already has the right value.',
  'fixes.key': 'Key',
  'fixes.value': 'Value',
  'fixes.now': 'Now',
  'fixes.after': 'After',
  'fixes.createsKeys': 'Keys that will be created',
  'fixes.backup': 'Backup (import it to undo)',
  'fixes.error': 'What failed',
  'fixes.restoreError': 'Restoring the backup also failed',
  'fixes.status.applied':
    'All changes were written and read back correctly. Restart the server for them to take effect.',
  'fixes.outcome.inFile': 'in the fix file, not applied',
  'fixes.status.prepared':
    'Prepared, not applied: the fix is written to a file, and nothing on the server has changed yet.',
  'fixes.prepared.steps':
    'To apply it: (1) copy {fix} to the server; (2) in an elevated Command Prompt there, run: reg import "{fix}"; (3) restart the server; (4) run the wizard or tlswizard diagnose there again to confirm. The backup file undoes it: reg import it the same way.',
  'fixes.prepared.fixFile': 'Fix file to import on the server',
  'fixes.prepared.patched': 'The snapshot as it will be after the fix (a preview)',
  'fixes.status.nothing-to-do': 'Nothing was changed: there was nothing to change.',
  'fixes.status.rolled-back':
    'A change failed, so every value was put back from the backup. Nothing is changed.',
  'fixes.status.rollback-failed':
    'A change failed AND restoring the backup failed. Import the backup file by hand (reg import) or send this output to a senior admin.',
  'fixes.dryRun': 'Dry run: nothing was changed. Run again with --apply to make these changes.',
  'fixes.offlineWritten': 'The live registry was not touched. Files written:',
  'fixes.restartHint':
    'Schannel reads these values only at startup: restart the server (tlswizard restart --in 5), then run tlswizard verify.',
} as const
