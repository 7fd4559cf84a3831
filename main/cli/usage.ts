/** The `tlswizard --help` text and each command's own `--help`. */
import { DEMOS } from '../demo/demos'
import { currentLanguage, translate as t } from '../../shared/i18n/translate'
import { padColumns } from './display-width'
import { synopsisLines } from './synopsis'
import { wrap as wrapText } from './wrap-text'

/** Every command `tlswizard` knows, in the order the overview lists them. */
export const COMMAND_NAMES = [
  'diagnose',
  'probe',
  'fix',
  'rollback',
  'restart',
  'verify',
  'report',
  'logs',
  'serve',
] as const

/** One of the commands `tlswizard` knows. */
export type CommandName = (typeof COMMAND_NAMES)[number]

interface CommandHelp {
  /** The synopsis, without the leading "tlswizard " (syntax: never translated; wrapped to fit). */
  synopsis: string
  /** What the command does, in a sentence or two (a message key). */
  summary: string
  /** Each option: its syntax, and the message key of what it does. */
  options: Array<[string, string]>
}

const HELP: Record<CommandName, CommandHelp> = {
  diagnose: {
    synopsis:
      'diagnose [--registry FILE.reg|DIR ... | --demo NAME] [--probe HOST[:PORT]]... [--domain DOMAIN] [--logs PATH]... [--timeout MS] [--json] [--out FILE.json] [--report FILE.html|FILE.json [--redact]] [--force]',
    summary: 'usage.diagnose.summary',
    options: [
      ['--registry FILE.reg', 'usage.diagnose.registry'],
      ['--demo NAME', 'usage.opt.demo'],
      ['--probe HOST[:PORT]', 'usage.diagnose.probe'],
      ['--domain DOMAIN', 'usage.diagnose.domain'],
      ['--timeout MS', 'usage.diagnose.timeout'],
      ['--logs PATH', 'usage.diagnose.logs'],
      ['--json', 'usage.diagnose.json'],
      ['--out FILE.json', 'usage.diagnose.out'],
      ['--report FILE', 'usage.diagnose.report'],
      ['--redact', 'usage.diagnose.redact'],
      ['--force', 'usage.diagnose.force'],
    ],
  },
  probe: {
    synopsis: 'probe HOST[:PORT] [HOST[:PORT]...] [--starttls smtp|none] [--timeout MS] [--json]',
    summary: 'usage.probe.summary',
    options: [
      ['--starttls smtp|none', 'usage.probe.starttls'],
      ['--timeout MS', 'usage.probe.timeout'],
      ['--json', 'usage.probe.json'],
    ],
  },
  fix: {
    synopsis:
      'fix [--registry FILE.reg|DIR ... | --demo NAME] [--out PATCHED.reg] [--dry-run | --apply] [--dotnet] [--json] [--backup-dir DIR]',
    summary: 'usage.fix.summary',
    options: [
      ['--registry FILE.reg', 'usage.opt.registryMany'],
      ['--demo NAME', 'usage.opt.demo'],
      ['--dry-run', 'usage.fix.dry-run'],
      ['--apply', 'usage.fix.apply'],
      ['--out PATCHED.reg', 'usage.fix.out'],
      ['--backup-dir DIR', 'usage.fix.backup-dir'],
      ['--dotnet', 'usage.fix.dotnet'],
      ['--json', 'usage.opt.json'],
    ],
  },
  rollback: {
    synopsis:
      'rollback BACKUP.reg | --newest [--backup-dir DIR] [--registry FILE.reg --out RESTORED.reg] [--json]',
    summary: 'usage.rollback.summary',
    options: [
      ['--newest', 'usage.rollback.newest'],
      ['--backup-dir DIR', 'usage.rollback.backup-dir'],
      ['--registry FILE.reg', 'usage.rollback.registry'],
      ['--out RESTORED.reg', 'usage.rollback.out'],
      ['--json', 'usage.opt.json'],
    ],
  },
  restart: {
    synopsis: 'restart --in MINUTES | --now | --cancel [--dry-run]',
    summary: 'usage.restart.summary',
    options: [
      ['--in MINUTES', 'usage.restart.in'],
      ['--now', 'usage.restart.now'],
      ['--cancel', 'usage.restart.cancel'],
      ['--dry-run', 'usage.restart.dry-run'],
    ],
  },
  verify: {
    synopsis: 'verify [--before BEFORE.json] [--registry FILE.reg|DIR ... | --demo NAME] [--json]',
    summary: 'usage.verify.summary',
    options: [
      ['--before FILE.json', 'usage.verify.before'],
      ['--registry FILE.reg', 'usage.opt.registryMany'],
      ['--demo NAME', 'usage.opt.demo'],
      ['--json', 'usage.opt.json'],
    ],
  },
  report: {
    synopsis: 'report FILE.json --html OUT.html [--redact] [--force]',
    summary: 'usage.report.summary',
    options: [
      ['--html OUT.html', 'usage.report.html'],
      ['--redact', 'usage.report.redact'],
      ['--force', 'usage.report.force'],
    ],
  },
  logs: {
    synopsis: 'logs [PATH...] [--since DATE] [--fix-time DATE] [--events FILE.xml] [--json]',
    summary: 'usage.logs.summary',
    options: [
      ['PATH', 'usage.logs.path'],
      ['--since DATE', 'usage.logs.since'],
      ['--fix-time DATE', 'usage.logs.fix-time'],
      ['--events FILE.xml', 'usage.logs.events'],
      ['--json', 'usage.logs.json'],
    ],
  },
  serve: {
    synopsis:
      'serve [--port N] [--registry FILE.reg | --demo NAME] [--out-dir DIR] [--logs PATH]... [--verify] [--before BEFORE.json] [--lang LANG]',
    summary: 'usage.serve.summary',
    options: [
      ['--port N', 'usage.serve.port'],
      ['--registry FILE.reg', 'usage.opt.registryOne'],
      ['--demo NAME', 'usage.opt.demo'],
      ['--out-dir DIR', 'usage.serve.out-dir'],
      ['--verify', 'usage.serve.verify'],
      ['--before FILE.json', 'usage.serve.before'],
      ['--logs PATH', 'usage.serve.logs'],
      ['--lang LANG', 'usage.serve.lang'],
    ],
  },
}

/** Synopses wrap to the 80 columns of a default terminal, between options. */
const SYNOPSIS_WIDTH = 80

// Prose wraps to 80 columns in the translations. English keeps the 100 its help has always had,
// so that its text stays as it was (moving it to 80 is this one number).
const proseWidth = () => (currentLanguage() === 'en' ? 100 : 80)

/** Re-flows translated prose: the first line starts at column `first`, the others at `indent`. */
const wrap = (text: string, indent: number, first = 0) =>
  wrapText(text, proseWidth(), indent, first)

const demos = () => DEMOS.map((d) => d.name).join(', ')

/** One option line: the syntax, then what it does, wrapped under itself. */
function optionLine([syntax, key]: [string, string]): string {
  return `  ${padColumns(syntax, 20)} ${wrap(t(key, { demos: demos() }), 23, 23)}`
}

const exitCodes = () => `${wrap(t('usage.exitCodes'), 0)}\n`

/** `tlswizard COMMAND --help`: the command's synopsis, what it does and every option. */
export function commandUsageText(name: CommandName): string {
  const h = HELP[name]
  const synopsis = synopsisLines(h.synopsis, SYNOPSIS_WIDTH)
  const options = [...h.options.map(optionLine), optionLine(['-h, --help', 'usage.help'])]
  return `${t('usage.usage')}\n${synopsis.join('\n')}\n\n${wrap(t(h.summary), 0)}\n\n${t('usage.options')}\n${options.join('\n')}\n\n${exitCodes()}`
}

/** `tlswizard --help`: every command's synopsis and summary. */
export function usageText(): string {
  const lines = COMMAND_NAMES.flatMap((n) => synopsisLines(HELP[n].synopsis, SYNOPSIS_WIDTH))
  const summaries = COMMAND_NAMES.map((n) => `${n.padEnd(10)} ${wrap(t(HELP[n].summary), 11, 11)}`)
  return `${wrap(t('usage.tagline'), 0)}

${t('usage.usage')}
${lines.join('\n')}
  tlswizard COMMAND --help
  tlswizard --help | --version
  tlswizard --log-dir DIR COMMAND ...   (${wrap(t('usage.logDir'), 41, 41)})

${summaries.join('\n')}

${exitCodes()}`
}
