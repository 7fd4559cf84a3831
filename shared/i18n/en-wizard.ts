/** English messages of the wizard's screens (merged into the English catalog). */
import { enWhy } from './en-why'

export const enWizard = {
  ...enWhy,
  'app.title': 'Mailflow TLS Wizard',
  'app.tagline': 'Get this server sending and receiving mail with Office 365 over TLS 1.2.',
  'nav.back': 'Back',
  'nav.next': 'Next',
  'nav.stepOf': 'Step {n} of {total}',
  'nav.done': 'done',
  'nav.skipped': 'skipped',
  'common.retry': 'Retry',
  'error.lost.title': 'The wizard engine is not answering',
  'error.lost.text':
    'The part of the wizard that reads the registry and runs the checks stopped or was closed, so nothing more can be checked or changed. Start the wizard again (or tlswizard serve on the server), then press Retry. Nothing was changed by the step that failed.',
  'step.welcome': 'Welcome',
  'step.symptom': 'Symptom',
  'step.checks': 'Checks',
  'step.fixes': 'Fixes',
  'step.restart': 'Restart',
  'step.report': 'Report',
  'common.loading': 'Loading...',
  'common.error': 'Something went wrong',
  'common.dismiss': 'Dismiss',
  'common.notSet': 'not set',
  'common.yes': 'yes',
  'common.no': 'no',

  'welcome.heading': 'This machine',
  'welcome.name': 'Computer',
  'welcome.windows': 'Windows',
  'welcome.exchange': 'Exchange',
  'welcome.exchangeNone': 'not installed (a Windows SMTP relay)',
  'welcome.exchangeUnknown': 'unknown (the registry read does not show HKLM\\SOFTWARE)',
  'welcome.elevated': 'Running as administrator',
  'welcome.elevatedNa': 'not applicable (registry from a file)',
  'welcome.source': 'Registry source',
  'welcome.source.live': 'this computer (live)',
  'welcome.source.file': 'file: {label}',
  'welcome.source.demo': 'bundled sample server ({label})',
  'welcome.language': 'Language',
  'welcome.openReport': 'Open a saved report',
  'welcome.checkNow': 'Check this server now',
  'welcome.intro':
    'The wizard checks why this server cannot use TLS 1.2 with Office 365, fixes the registry with a backup you can undo, and writes a report you can send to a senior admin. Nothing changes until you confirm it.',
  'welcome.notElevated':
    'You can run every check now. To apply fixes, close the wizard, right-click it and choose "Run as administrator".',
  'welcome.verify':
    'Welcome back. The server has restarted: the checks run again and are shown next to the ones from before the fix.',

  'symptom.heading': 'What do you see?',
  'symptom.hint':
    'Pick the message that matches, or paste the error text. If you are not sure, check everything.',
  'symptom.ndr-socketerror': 'A sender gets a bounce (NDR)',
  'symptom.queue-socketerror': 'Messages wait in the queue (Queue Viewer)',
  'symptom.sendlog-tls-failed': 'The send connector protocol log shows TLS failing',
  'symptom.starttls-required': 'A connector protocol log says STARTTLS is required',
  'symptom.all': 'Just check everything',
  'symptom.all.detail': 'Run every check without choosing a symptom.',
  'symptom.paste': 'Paste the error you see',
  'symptom.paste.cut':
    'The text was longer than {max} characters: only the first {max} are used. Paste the lines with the error if it was not among them.',
  'symptom.paste.placeholder': 'for example: 421 4.4.2 Connection dropped due to SocketError',
  'symptom.recognised': 'Recognised: {what}',
  'symptom.notRecognised': 'Not one of the known messages. You can still check everything.',
  'match.socketerror-421':
    'Office 365 dropped the connection (421 4.4.2 SocketError): usually no TLS 1.2',
  'match.tls-negotiation-socketerror': 'TLS negotiation failed (SocketError): usually no TLS 1.2',
  'match.starttls-required-451': 'The other side requires STARTTLS (451 5.7.3)',
  'match.starttls-required-530': 'The other side requires STARTTLS (530 5.7.0)',
  'match.tls-no-credentials':
    'The certificate has no private key (NoCredentials): a certificate problem, not TLS 1.2',
  'match.tls-unknown-credentials':
    'The certificate cannot be used (UnknownCredentials): a certificate problem',
  'match.stale-tls-certificate-name':
    'A connector names a certificate that was renewed (450 4.4.317): update TlsCertificateName',
  'match.tls-success-1-2': 'A TLS 1.2 session: this connection works',
  'match.tls-success-1-0': 'A TLS 1.0 session: Office 365 refuses these',

  'checks.heading': 'Checks',
  'checks.targets': 'Servers to test on the wire',
  'checks.targets.hint':
    'The local SMTP service and your Office 365 endpoint are proposed. Edit, remove or add a smart host.',
  'checks.domain': 'Your accepted domain (finds the Office 365 endpoint)',
  'checks.domain.find': 'Find endpoint',
  'checks.domain.finding': 'Looking up the mail servers of the domain...',
  'checks.running': 'Checking this server...',
  'checks.whatWasChecked': 'What was checked',
  'checks.schannelTable': 'Schannel per TLS version (from the registry)',
  'checks.schannel.client': 'Outgoing (Client)',
  'checks.schannel.server': 'Incoming (Server)',
  'checks.schannel.needed': 'Office 365 needs TLS 1.2 on both sides.',
  'checks.next.manual': 'Next, before anything else: {step}. Then go on to the fixes.',
  'checks.next.apply':
    'Next: press Next to see the {count, plural, one {registry change} other {# registry changes}} this server needs, then apply {count, plural, one {it} other {them}} and restart.',
  'target.problem.host-empty': 'Enter a host name or an IP address.',
  'target.problem.host-invalid':
    'Not a host name or an IP address: use letters, digits, hyphens and dots (for example smtp.contoso.com).',
  'target.problem.port-invalid': 'A port is a whole number from 1 to 65535 (25 for SMTP).',
  'target.problem.too-many':
    'Only the first {max} servers are tested: remove one to test this one.',
  'target.full': 'At most {max} servers are tested at a time: remove one to add another.',
  'target.skipped':
    '{count, plural, one {# entry is} other {# entries are}} not tested until corrected (marked above); the other checks run.',
  'checks.addTarget': 'Add server',
  'checks.removeTarget': 'Remove {target}',
  'checks.targetHost': 'Host',
  'checks.targetPort': 'Port',
  'checks.run': 'Run the checks',
  'checks.rerun': 'Run again',
  'checks.verdict': 'Result',
  'checks.verdict.healthy': 'Healthy',
  'checks.verdict.action-needed': 'Action needed',
  'checks.verdict.inconclusive': 'Not enough evidence to decide',
  'checks.next.healthy':
    'Next: nothing needs fixing. Go on to save a report for your records or for a senior admin.',
  'checks.next.action-needed':
    'Next: go on to the fixes, which change the registry for the problems below after saving a backup.',
  'checks.next.inconclusive':
    'Next: collect what is missing on the server with the commands below, then diagnose again with every file. Until then, do not take this server for healthy.',
  'checks.collect': 'Commands that collect the missing registry keys',
  'checks.problems': 'Problems, worst first',
  'checks.details': 'Each check in detail',
  'checks.evidence': 'Evidence',
  'checks.noFindings': 'Nothing to report for this check.',
  'checks.transcript': 'SMTP conversation',
  'checks.versions': 'TLS versions',
  'check.schannel': 'Schannel TLS settings',
  'check.dotnet': '.NET Framework TLS settings',
  'check.winhttp': 'WinHTTP default protocols',
  'check.ciphers': 'Cipher suites',
  'check.exchange': 'Exchange and Windows versions',
  'check.restart': 'Pending restart',
  'state.waiting': 'Waiting',
  'state.running': 'Running',
  'state.ok': 'OK',
  'state.warning': 'Warning',
  'state.error': 'Problem',
  'state.unknown': 'Not decided',
  'evidence.key': 'Key',
  'evidence.value': 'Value',
  'evidence.actual': 'Now',
  'evidence.expectedColumn': 'Expected',

  'fixes.heading': 'Fixes',
  'fixes.intro':
    'These are all the registry changes. Nothing is changed until you press Apply. A backup is saved first.',
  'fixes.plan': 'Plan',
  'fixes.apply': 'Apply the changes',
  'fixes.applying': 'Applying...',
  'fixes.rollback': 'Undo (roll back from the backup)',
  'fixes.rolledBack':
    'Rolled back from {file}: {values, plural, one {# value} other {# values}} set back to what they were, {keys, plural, one {# key} other {# keys}} the fix had created removed.',
  'fixes.rolledBack.kept':
    'Kept {key}: it holds values this product never creates (only its own values were removed).',
  'fixes.rolledBack.verified': 'Read back: everything matches the backup.',
  'fixes.rolledBack.mismatch': 'Still different from the backup: {list}',
  'fixes.skip.title': 'Skip the fixes?',
  'fixes.skip.text':
    'The {count, plural, one {registry change is} other {# registry changes are}} not applied: nothing on this server changes, and the problems found remain. You can come back with Back.',
  'fixes.skip.stay': 'No, stay here',
  'fixes.skip.confirm': 'Skip the fixes',
  'fixes.cannotApply': 'Applying needs "Run as administrator".',
  'fixes.result': 'Result',
  'fixes.offline':
    'This registry is a file: the wizard writes a patched copy and a fix file instead of changing a live registry.',

  'restart.heading': 'Restart',
  'restart.after':
    'After the restart the wizard opens by itself, runs the checks again and shows them next to the ones from before.',
  'restart.now': 'Restart now',
  'restart.in': 'Restart in',
  'restart.minutes': 'minutes',
  'restart.schedule': 'Schedule restart',
  'restart.cancel': 'Cancel a scheduled restart',
  'restart.later': 'I will restart later',
  'restart.need.none':
    'No restart is needed: no change was applied here, and Windows is not waiting for a restart.',
  'restart.need.fixes-skipped':
    'You skipped the fixes: nothing was changed, so a restart would not help yet. The problems found remain until the fixes are applied.',
  'restart.need.prepared':
    'The fix is prepared in files, not applied. After importing it on the server (reg import "{fix}"), restart that server: Windows reads the Schannel settings only when it starts.',
  'restart.need.applied': 'The registry was changed: restart the server for it to take effect.',
  'restart.need.pending':
    'The checks found that Windows is waiting for a restart: changes made since the last start are not in effect yet.',
  'restart.command': 'Command',
  'restart.fileMode':
    'This registry is a file, not this computer: nothing was restarted. Restart the server it came from after importing the fix there.',
  'restart.failed': 'Windows did not accept the restart: {output}',
  'restart.cancelled': 'The scheduled restart is cancelled.',
  'restart.scheduled': 'The server restarts at {time}. Mail flow stops until it is back.',
  'restart.minutesInvalid': 'Enter a whole number of minutes from 1 to 10080 (one week).',
  'restart.confirmTitle': 'Restart this server?',
  'restart.confirmNow':
    'The server restarts now. Mail flow stops, and everyone connected is disconnected, until Windows and Exchange are back (often 5 to 15 minutes).',
  'restart.confirmAt':
    'The server restarts at {time} (in {minutes, plural, one {# minute} other {# minutes}}). Mail flow stops until Windows and Exchange are back (often 5 to 15 minutes).',
  'restart.confirm': 'Yes, restart',
  'restart.dontRestart': 'No, go back',
  'restart.scheduledAt': 'Restart scheduled for {time}.',

  'verify.heading': 'Before and after the fix',
  'verify.before': 'Before',
  'verify.after': 'Now',
  'verify.fixed': 'fixed',
  'verify.still': 'still there',
  'verify.undecided': 'not shown now, not known to be fixed',
  'verify.new': 'new',
  'verify.foundNow': 'found now; the earlier diagnosis, by older rules, did not look for it',
  'verify.machineUnconfirmed':
    'Could not confirm that both diagnoses are of the same machine: one of them does not record its name. Check that the diagnosis from before the fix comes from the same server.',

  'report.heading': 'Report',
  'report.intro':
    'Save a report to keep or to send to a senior admin. Redact it before sending it outside your company.',
  'report.redact': 'Redact host names, addresses, domains and e-mail addresses',
  'report.format': 'Format',
  'report.format.html': 'HTML (to read and print)',
  'report.format.json': 'JSON (for scripts and to open again here)',
  'report.save': 'Save the report',
  'report.download': 'Download a copy',
  'report.finish': 'Finish',
  'review.leave': 'Close the report and check this server',
  'finish.heading': 'Done',
  'finish.fixes.skipped': 'The fixes were skipped: nothing was changed.',
  'finish.fixes.notApplied': 'The fixes were not applied: nothing was changed.',
  'finish.fixes.none': 'No registry change was needed.',
  'finish.restart.due': 'A restart is still due: the changes take effect only after it.',
  'finish.report.none': 'No report was saved.',
  'finish.next': 'Send the report to a senior admin if anything is left to do.',
  'finish.reopens': 'After the restart the wizard opens by itself and checks again.',
  'finish.again': 'Check this server again',
  'report.saved': 'Saved to {file}',
  'review.note':
    'You are reviewing a saved report of {machine}, made {time}. Nothing is re-run and nothing can be changed from here.',
  'report.summary': 'Summary',
  'menu.view': 'View',
  'menu.help': 'Help',
  'menu.openLogs': 'Open the logs folder',
  'dialog.saveReport': 'Save the report',
  'dialog.openReport': 'Open a saved report',
  'restart.need.unknown':
    'Whether Windows is waiting for a restart is not known: the registry read did not show it. No change was applied here.',
  'fixes.nothingKnown':
    'No registry change could be planned from what the registry showed; that does not prove none is needed (see what is missing on the Checks step).',
  'checks.targets.hint.local':
    'The local SMTP service is proposed. Enter your accepted domain to add your Office 365 endpoint; edit, remove or add a smart host.',
  'checks.targets.hint.office365':
    'Your Office 365 endpoint is proposed. Edit, remove or add a smart host.',
  'checks.targets.hint.none':
    'No server is proposed: enter your accepted domain to find your Office 365 endpoint, or add a smart host.',
  'checks.next.step': 'Next: {step}. No registry change is planned for the problems found.',
  'checks.next.advice':
    'Next: no registry change is planned for the problems found. Do what the details of each problem below say, worst first, then run the checks again.',
  'fixes.apply.title': 'Change the registry of this server?',
  'fixes.apply.text':
    '{count, plural, one {# registry value is} other {# registry values are}} set as the plan shows, after a backup is saved. The changes take effect after a restart; Undo sets them back from the backup.',
  'fixes.apply.keep': 'No, change nothing',
  'fixes.apply.confirm': 'Yes, apply',
  'fixes.apply.fileTitle': 'Write the fix into files?',
  'fixes.apply.fileText':
    'The {count, plural, one {registry change is} other {# registry changes are}} written into a fix file to import on the server, next to a patched copy of this registry file and a backup that undoes it. Nothing on the server changes until the fix file is imported there.',
  'fixes.apply.fileConfirm': 'Yes, write the files',
  'fixes.rollback.title': 'Undo the changes?',
  'fixes.rollback.text':
    'The registry values the fix changed are set back from the backup {file}, and the keys it created are removed. The old settings take effect after the next restart.',
  'fixes.rollback.keep': 'No, keep the changes',
  'fixes.rollback.confirm': 'Yes, undo',
  'restart.why.applied':
    'Windows reads the Schannel settings only when it starts, and sets no restart reminder of its own for them. Until the server restarts, the changes just made are not in effect.',
  'restart.why.pending':
    'A restart lets Windows finish what it is waiting for, such as an update, an installation or a setting changed since it started.',
  'restart.pending.fixesSkipped':
    'You skipped the fixes: this restart does not apply them, and the problems they fix remain.',
  'restart.offline.pending':
    'The checks found that Windows on the server this registry came from is waiting for a restart. This registry is a file, so nothing is restarted from here: restart that server itself, at a time when mail flow may stop.',
  'finish.restart.pending': 'A restart is still due: the checks found Windows waiting for one.',
} as const
