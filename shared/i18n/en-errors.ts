/**
 * English error messages of the command line, the engine and the wizard (issue 15): what a user
 * reads when a command line, a file or a request is refused. Values (paths, option values,
 * numbers) are arguments; the "tlswizard COMMAND:" prefix is added by the CLI, outside the catalog.
 */
export const enErrors = {
  // The command line itself (main/cli).
  'error.cli.noHelp': 'no help on "{topic}"; run "tlswizard --help" for the list',
  'error.cli.langMissing': '--lang needs a language: one of {languages}',
  'error.cli.badLang': '--lang takes one of {languages}, not "{value}"',
  'error.cli.unknownCommand': 'unknown command "{name}"; run "tlswizard --help" for the list',
  'error.cli.withHelpHint': '{message}; run "tlswizard {command} --help" for its options',
  'error.cli.unexpected': 'unexpected failure: {detail}\n(set TLSWIZARD_DEBUG=1 for details)',
  'error.cli.unexpectedBare': 'unexpected failure: {detail}',
  'error.cli.logDirNeedsFolder': '--log-dir needs a folder: --log-dir DIR',
  'error.cli.exists': '{file} already exists; choose another name or add --force to replace it',
  'error.source.both': 'use either --registry or --demo, not both',
  'error.source.unknownDemo': 'unknown demo "{demo}"; the demos are: {demos}',
  'error.source.noRegistry':
    'there is no Windows registry on this {platform} machine: pass --registry FILE.reg (made on the server with "reg export") or --demo NAME ({demos})',
  'error.cli.outputIsInput':
    '{file} is also read by this command: choose another name for what it writes (an input is never replaced, even with --force)',
  'error.cli.sameOutput': '{file} is named for two outputs: give each its own name',
  'error.cli.noProgramData': '%ProgramData% is not set; pass --backup-dir DIR',
  'error.cli.elevation':
    'Changing the registry needs an elevated process. Close this window, right-click "Mailflow TLS Wizard" (or your command prompt) and choose "Run as administrator", then run the fix again. Diagnosis works without it.',

  'error.diagnose.emptyFolder': '{folder} is a folder with no .reg files in it',
  'error.diagnose.folderDenied':
    'cannot list the .reg files in {folder}: permission denied. Run tlswizard as a user who may read that folder, or copy the .reg files to a folder you can read',
  'error.diagnose.folderUnreadable': 'cannot list the .reg files in {folder}: {reason}',
  'error.diagnose.redactNeedsReport':
    '--redact applies to a report: add --report FILE.html or FILE.json',
  'error.fix.dryRunOrApply': 'use either --dry-run or --apply, not both',
  'error.fix.applyNeedsOut':
    'with a .reg file, --apply writes a patched copy: add --out PATCHED.reg',
  'error.report.oneReport': 'give one saved report: tlswizard report FILE.json --html OUT.html',
  'error.report.needHtml': 'say where to write the page: --html OUT.html',
  'error.report.htmlName': '--html writes an HTML page: its name must end in .html (not "{file}")',
  'error.verify.noBefore':
    'no earlier diagnosis recorded: pass --before FILE.json (saved with tlswizard diagnose --out)',
  'error.verify.redactedReport':
    '{file} is a redacted report: its names were replaced, so it cannot show that it is of this machine. Give the report saved without --redact, or the diagnosis saved before the fix (tlswizard diagnose --out FILE.json)',
  'error.verify.differentMachines':
    'the diagnosis from before the fix is of {before}, but the new one is of {after}: they are different machines, so nothing here is known to be fixed. Run tlswizard verify on {before}, where that diagnosis was made, or give the diagnosis saved on {after} before its fix (tlswizard diagnose --out FILE.json)',
  'error.logs.badDate':
    '{option} "{value}" is not a date: write 2024-01-14, 2024-01-14T08:00 (local time; add Z for UTC) or 7d (7 days ago)',
  'error.logs.namePaths':
    'name the protocol log files or folders (copied from the server); on the Exchange server itself they are found without naming them',
  'error.logs.missing': '{path}: no such file or folder',
  'error.logs.notFileOrFolder': '{path} is neither a file nor a folder',
  'error.logs.folderUnreadable':
    'cannot list the protocol logs in {path}: {reason}. Run tlswizard as a user who may read that folder (an administrator on the Exchange server), or copy the logs to a folder you can read',
  'error.serve.badPort': '--port takes a number from 0 to 65535, got "{value}"',
  'error.serve.where':
    'Only this computer can open it (127.0.0.1). Offline fixes and reports go to {outDir}. Press Ctrl+C to stop.',
  'error.serve.noFreeName': 'no free report name left in {folder}',
  'error.serve.outDirNotFolder':
    'cannot keep reports and fixes in {folder}: it, or a folder above it, is a file. Choose a folder with --out-dir DIR (it is created when missing)',
  'error.serve.outDirDenied':
    'cannot create the folder {folder}: permission denied. Choose a folder you may write to with --out-dir DIR',
  'error.serve.outDirFailed':
    'cannot create the folder {folder}: {reason}. Choose another folder with --out-dir DIR',
  'error.serve.portInUse':
    'port {port} on 127.0.0.1 is already in use by another program. Choose a free port with --port N, or leave --port out to take any free one',
  'error.serve.portDenied':
    'this account may not listen on port {port}. Choose a port above 1023 with --port N, or leave --port out to take any free one',

  'error.restart.chooseOne': 'choose exactly one of --in MINUTES, --now or --cancel',
  'error.restart.badMinutes': '--in takes a whole number of minutes, got "{value}"',
  'error.restart.notWindows':
    'restarting is for the Windows server itself; this is {platform} (use --dry-run to see the command)',
  'error.restart.delayRange':
    'the restart delay must be a whole number of minutes from 1 to {max}, got {minutes}',
  'error.restart.badRelaunchPath': 'cannot register a relaunch for the path {path}',
  'error.state.damaged':
    '{file} is damaged; delete it (it only records whether a restart is still needed)',
  'error.state.notDiagnosis': '{file} is not a diagnosis saved by tlswizard',
  'error.state.notDiagnosisJson': '{file} is not a diagnosis saved by tlswizard: {detail}',
  // Where a JSON text went wrong (main/files/json-text.ts), never quoting the text.
  'error.json.atLine': 'not valid JSON at line {line}, column {column}',
  'error.json.atCharacter': 'not valid JSON at character {position}',
  'error.json.endsEarly': 'the JSON text ends too early',
  'error.json.invalid': 'not valid JSON',

  'error.rollback.giveOne': 'give one backup file',
  'error.rollback.nameOrNewest': 'name a backup file, or use --newest',
  'error.rollback.notBoth': 'use either a backup file or --newest, not both',
  'error.rollback.needOut':
    'with --registry, the restored snapshot is written to a copy: add --out RESTORED.reg',
  'error.rollback.noBackupIn': 'no backup found in {folder}',
  'error.rollback.noBackupFolder':
    'no backup found: there is no backup folder (pass --backup-dir DIR)',
  'error.rollback.restored':
    'Restored {values, plural, one {# value} other {# values}} and removed {keys, plural, one {# key} other {# keys}} from {file}.',
  'error.rollback.notRecorded':
    '{file} is not a backup this product wrote on this machine, or it was changed since it was written: it is not restored. If you trust it, import it yourself (reg import) in an elevated Command Prompt.',
  'rollback.notRecordedNote':
    'Note: {file} is not a backup this product recorded on this machine (or it was changed since it was written). Its values are put back as it says, within the values a fix may change.',
  'error.rollback.kept':
    'Kept {key}: it holds values or subkeys this product never creates (only its own values were removed).',
  'error.rollback.stillDifferent': 'Still different: {mismatches}',
  'error.rollback.allMatch': 'Read back: everything matches the backup.',
  'error.rollback.notBackup':
    '{file}:{line}: this is not a backup written by Mailflow TLS Wizard (not a valid .reg file)',

  // Fixes: the allow-list and the plan (main/fixes, main/service).
  'error.fixes.outNotReg': '--out must name a .reg file, got {out}',
  'error.fixes.outExists': '{file} already exists; choose another --out',
  'error.fixes.planChanged':
    'the registry or the diagnosis changed since this plan was shown: review the new plan, then apply it',
  'error.fixes.valueChanged':
    '{key}\\{name} changed since the plan was made (now {now}, planned from {planned}): plan again',
  'error.fixes.noBackupPlace': '%ProgramData% is not set: there is nowhere to keep the backup',
  'error.fixes.noBackupFolder': '%ProgramData% is not set: there is no backup folder',
  'error.fixes.noBackup': 'there is no backup to roll back from',
  'error.fixes.nonAsciiValue':
    'refused to touch "{name}": "{text}" contains a character that is not plain ASCII',
  'error.fixes.nonAsciiKey':
    'refused to touch a key: "{text}" contains a character that is not plain ASCII',
  'error.fixes.badPathValue': 'refused to touch "{name}": {reason}',
  'error.fixes.badPathKey': 'refused to touch a key: {reason}',
  'error.fixes.notManaged':
    'refused to change {key}\\{name}: the fix engine only writes the TLS 1.2 Schannel, .NET TLS and WinHTTP values it knows',
  'error.fixes.notDword':
    'refused to write a {type} to {key}\\{name}: only REG_DWORD values are written there',
  'error.fixes.noChangeNeeded': 'refused to write {value} to {key}\\{name}: it needs no change',
  'error.fixes.otherValue':
    'refused to write {value} to {key}\\{name}: the fix engine writes {want} there',
  'error.fixes.keyNotManaged':
    'refused to create or delete the key {key}: it is not one the fix engine manages',
  'error.fixes.restoreType':
    'refused to restore {key}\\{name} as a {type}: a backup of this product holds no value that large there',
  'error.fixes.otherControlSet':
    'this export is an offline SYSTEM hive, read from {controlSet}: a fix is written for CurrentControlSet, the set the running server reads, so it cannot be prepared from this file. Export the keys on the running server (docs/collect/collect-tls-registry.cmd) and prepare the fix from that.',

  // Files written and named (main/files, main/registry).
  'error.file.notPlainName': 'refused to use "{name}": it is not a plain file name inside {folder}',
  'error.file.regExists': '{file} already exists; choose another name',
  'error.write.symlink': 'cannot write {file}: it is a symbolic link (never followed)',
  'error.write.notFile': 'cannot write {file}: it is not a file',
  'error.write.other': 'cannot write {file}: {reason}',
  'error.write.ENOSPC': 'cannot write {file}: the disk is full',
  'error.write.EDQUOT': 'cannot write {file}: the disk quota is used up',
  'error.write.EROFS': 'cannot write {file}: the disk is read-only',
  'error.write.EACCES': 'cannot write {file}: permission denied',
  'error.write.ENOENT': 'cannot write {file}: its folder does not exist',
  'error.write.EISDIR': 'cannot write {file}: it is a folder',
  'error.write.EEXIST':
    'cannot write {file}: it already exists; choose another name (nothing was replaced)',
  'error.write.ENAMETOOLONG': 'cannot write {file}: the name is too long',
  'error.write.EFBIG': 'cannot write {file}: the file would be too large for this disk',
  'error.write.EIO': 'cannot write {file}: the disk reported an input/output error',

  // Registry exports that cannot be read (main/registry): after "FILE:LINE: ".
  'error.reg.empty': 'the file is empty; expected a registry export',
  'error.reg.tooShort': 'the file is only {bytes} bytes long; expected a registry export',
  'error.reg.oddBytes':
    'the file ends in the middle of a {encoding} character (odd number of bytes): it looks cut short',
  'error.reg.tooLarge8bit':
    'file is too large for an 8-bit .reg file that is not all ASCII (64 MB at most)',
  'error.reg.lineTooLong': 'line is longer than {max} characters',
  'error.reg.binary': 'binary data (a NUL byte) in an 8-bit text file: this is not a .reg file',
  'error.reg.cannotOpen': 'cannot open: {reason}',

  // The wizard's local web host (main/web): what a browser opening the wrong address shows.
  'error.web.hostNotAllowed': 'Host "{host}" is not allowed: use {allowed}',
  'error.web.badToken': 'missing or wrong token: open the address the wizard printed',

  // The .reg grammar (main/registry/reg-parse.ts, reg-data.ts): after "FILE:LINE: ". {found} is
  // the offending input, already shown in quotes.
  'error.reg.badHeader': 'expected the header "{v5}" or "{regedit4}", found {found}',
  'error.reg.badLine':
    'expected a [KEY] line, a "name"=value line, @=value or a ; comment, found {found}',
  'error.reg.endsMidLine': 'the file ends in the middle of a line: it looks cut short',
  'error.reg.keyNotClosed':
    'the file ends right after this line, without the blank line that closes every key in a reg export: it looks cut short',
  'error.reg.noHeader': 'no header: expected "{v5}" or "{regedit4}" on the first line',
  'error.reg.endsInHex':
    'the file ends inside a hex value continued with "\\" (it started on line {line}): it looks cut short',
  'error.reg.noCloseBracket': 'expected "]" to close the key name {found}',
  'error.reg.textAfterBracket': 'unexpected text after "]": {found}',
  'error.reg.emptyKeyName': 'empty key name in [ ]',
  'error.reg.emptyKeyPart': 'empty key name between two backslashes in {found}',
  'error.reg.valueBeforeKey': 'a value line before any [KEY] line',
  'error.reg.valueUnderDeleted': 'a value under [-{key}], a key this file deletes',
  'error.reg.noEquals': 'expected "=" after the value name, found {found}',
  'error.reg.textAfterQuote': 'unexpected text after the closing quote: {found}',
  'error.reg.badDword': 'expected exactly 8 hex digits after "dword:", found {found}',
  'error.reg.badData': 'expected a "string", dword:, hex:, hex(N): or - after "=", found {found}',
  'error.reg.nameNotClosed': 'the value name is not closed with a double quote: {found}',
  'error.reg.stringNotClosed': 'the string value is not closed with a double quote: {found}',
  'error.reg.nameBadEscape':
    'in the value name, a backslash must be doubled (\\\\), escape a quote (\\") or write a line break (\\r, \\n), found {found}',
  'error.reg.stringBadEscape':
    'in the string value, a backslash must be doubled (\\\\), escape a quote (\\") or write a line break (\\r, \\n), found {found}',
  'error.reg.badHexByte': 'expected a hex byte (00 to ff) at {found}',
  'error.reg.noHexComma': 'expected "," between hex bytes at {found}',
  // Key paths (main/registry/reg-path.ts).
  'error.regPath.unknownRoot':
    'unknown root key "{root}" in "{path}": expected HKEY_LOCAL_MACHINE (HKLM), HKEY_CURRENT_USER (HKCU), HKEY_CLASSES_ROOT (HKCR), HKEY_USERS (HKU) or HKEY_CURRENT_CONFIG (HKCC)',
  'error.regPath.emptyName': 'empty key name between two backslashes in "{path}"',

  // Files that cannot be read (main/files/bounded-read.ts): the reason alone, then the sentence.
  'error.read.reason.missing': 'no such file',
  'error.read.reason.folder': 'this is a folder, not a file',
  'error.read.reason.notAFile': 'this is not a regular file (a device, pipe or socket)',
  'error.read.reason.tooLarge': 'it is larger than {size}, far more than such a file holds',
  'error.read.reason.denied': 'permission denied',
  'error.read.reason.other': 'it could not be read',
  'error.read.missing': 'cannot read {file}: no such file',
  'error.read.folder': 'cannot read {file}: this is a folder, not a file',
  'error.read.notAFile':
    'cannot read {file}: this is not a regular file (a device, pipe or socket)',
  'error.read.tooLarge':
    'cannot read {file}: it is larger than {size}, far more than such a file holds',
  'error.read.denied': 'cannot read {file}: permission denied',
  'error.read.other': 'cannot read {file}: it could not be read',
  'error.read.detail': 'cannot read {file}: {detail}',

  // The live registry (main/registry/live-store.ts): why regedit cannot be used, and what then.
  'error.liveRegistry.wshPolicy': 'Windows Script Host is disabled by policy ({key}\\Enabled = 0)',
  'error.liveRegistry.cscriptNotStarted': 'cscript.exe could not be started ({detail})',
  'error.liveRegistry.cscriptTimeout':
    'a test run of cscript.exe did not finish within {seconds} s',
  'error.liveRegistry.cscriptFailed': 'a test run of cscript.exe failed (exit code {code})',
  'error.liveRegistry.cscriptFailedSaid':
    'a test run of cscript.exe failed (exit code {code}: {said})',
  'error.liveRegistry.noCscript': 'cscript.exe is missing from {folder}',
  'error.liveRegistry.noVbscript': 'VBScript is not installed (no vbscript.dll in {folder})',
  'error.liveRegistry.regeditFailed': 'regedit could not be opened ({detail})',
  'error.liveRegistry.bothFailed':
    'cannot read the registry: {reason}, and native-reg failed too ({detail})',
  'error.liveRegistry.fallback':
    '{reason}: reading the registry through native-reg instead of regedit.',

  // Node's parseArgs errors (main/cli/run-cli.ts), worded as Node 20 words them.
  'error.cli.unknownOption': "Unknown option ''{option}''",
  'error.cli.unknownOptionDashDash':
    "Unknown option ''{option}''. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in ''-- \"{option}\"",
  'error.cli.optionNeedsValue': "Option ''{option} <value>'' argument missing",
  'error.cli.optionAmbiguous':
    "Option ''{option}'' argument is ambiguous.\nDid you forget to specify the option argument for ''{option}''?\nTo specify an option argument starting with a dash use ''{option}=-XYZ''.",
  'error.cli.optionTakesNoValue': "Option ''{option}'' does not take an argument",
  'error.cli.registryHint': '{message} (a registry export is given as --registry {file})',
  'error.cli.unexpectedArgument':
    "Unexpected argument ''{argument}''. This command does not take positional arguments",
} as const
