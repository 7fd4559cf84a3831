/** Registry key paths: hive aliases, canonical spelling and case-insensitive identity. */
import { translate as t } from '../../shared/i18n/translate'

/** Root keys by full name, with the short aliases admins type. */
const HIVE_ALIASES: Record<string, string> = {
  HKEY_LOCAL_MACHINE: 'HKEY_LOCAL_MACHINE',
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKEY_CURRENT_USER: 'HKEY_CURRENT_USER',
  HKCU: 'HKEY_CURRENT_USER',
  HKEY_CLASSES_ROOT: 'HKEY_CLASSES_ROOT',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKEY_USERS: 'HKEY_USERS',
  HKU: 'HKEY_USERS',
  HKEY_CURRENT_CONFIG: 'HKEY_CURRENT_CONFIG',
  HKCC: 'HKEY_CURRENT_CONFIG',
}

const SHORT: Record<string, string> = {
  HKEY_LOCAL_MACHINE: 'HKLM',
  HKEY_CURRENT_USER: 'HKCU',
  HKEY_CLASSES_ROOT: 'HKCR',
  HKEY_USERS: 'HKU',
  HKEY_CURRENT_CONFIG: 'HKCC',
}

/** A key path that cannot name a registry key; the message says why. */
export class RegPathError extends Error {
  override name = 'RegPathError'
}

/**
 * Splits a key path into its canonical hive name and its subkey components.
 * Accepts `HKLM\...` and `HKEY_LOCAL_MACHINE\...` in any case; rejects empty components.
 */
export function splitKeyPath(path: string): { hive: string; parts: string[] } {
  // A loop, not /\\+$/: that regex is quadratic on a long run of backslashes in the middle.
  let end = path.length
  while (end > 0 && path.charCodeAt(end - 1) === 0x5c) end--
  const trimmed = path.slice(0, end)
  const [first = '', ...parts] = trimmed.split('\\')
  const hive = HIVE_ALIASES[first.toUpperCase()]
  if (!hive) {
    throw new RegPathError(t('error.regPath.unknownRoot', { root: first, path }))
  }
  if (parts.some((p) => p.length === 0)) {
    throw new RegPathError(t('error.regPath.emptyName', { path }))
  }
  return { hive, parts }
}

/** The canonical spelling: full hive name, components as given. */
export function canonicalKeyPath(path: string): string {
  const { hive, parts } = splitKeyPath(path)
  return [hive, ...parts].join('\\')
}

const CANONICAL_HIVES = [...new Set(Object.values(HIVE_ALIASES))]

/**
 * True when canonicalKeyPath(path) is `path` itself, for a path already known to have no empty
 * component and no trailing backslash (so that a file's keys need not be split and joined).
 */
export function isCanonicalKeyPath(path: string): boolean {
  for (const hive of CANONICAL_HIVES)
    if (path.startsWith(hive)) return path.length === hive.length || path[hive.length] === '\\'
  return false
}

/** Identity of a key or value name: Windows compares them without regard to case. */
export function nameId(name: string): string {
  return name.toLowerCase()
}

/** Identity of a key path for lookups (alias- and case-insensitive). */
export function keyPathId(path: string): string {
  return nameId(canonicalKeyPath(path))
}

/** The keys above `path`, nearest first, spelt as in `path` (`A\B\C` -> `A\B`, `A`). */
export function parentKeyPaths(path: string): string[] {
  const out: string[] = []
  for (let cut = path.lastIndexOf('\\'); cut > 0; cut = path.lastIndexOf('\\', cut - 1))
    out.push(path.slice(0, cut))
  return out
}

/** The short form admins read (`HKLM\SYSTEM\...`). */
export function shortKeyPath(path: string): string {
  const { hive, parts } = splitKeyPath(path)
  return [SHORT[hive] ?? hive, ...parts].join('\\')
}
