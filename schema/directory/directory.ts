import { LANGUAGES, type Lang } from '../lang.ts'
import { DELEGATIONS } from './delegations.ts'
import type { DirectoryEntry } from './entry.ts'

/** A name folded for comparison: apostrophes of both kinds alike, spaces collapsed, case ignored. */
export function foldName(name: string): string {
  return name.normalize('NFC').replace(/[’`ʼ]/g, "'").replace(/\s+/g, ' ').trim().toLocaleLowerCase('en')
}

// The English name without its qualifier, "Netherlands" for "Netherlands (Kingdom of the)": documents issued
// before the UN changed a name print the shorter one.
const unqualified = (name: string) => name.replace(/\s*\([^)]*\)$/, '')

let index: Map<string, DirectoryEntry> | null = null

function byName(): Map<string, DirectoryEntry> {
  if (index) return index
  index = new Map()
  for (const entry of DELEGATIONS) {
    for (const lang of LANGUAGES) {
      const key = foldName(entry.names[lang])
      if (!index.has(key)) index.set(key, entry)
    }
  }
  for (const entry of DELEGATIONS) {
    const short = foldName(unqualified(entry.names.en))
    if (!index.has(short)) index.set(short, entry)
  }
  return index
}

/**
 * The directory entry a delegation's name stands for, in any of the six languages ("France", "Brésil",
 * "Republic of Korea", "Netherlands"), or its code ("FRA"); null for a name the directory does not hold.
 */
export function findDelegation(name: string): DirectoryEntry | null {
  const folded = foldName(name)
  return byName().get(folded) ?? DELEGATIONS.find((e) => e.code.toLowerCase() === folded) ?? null
}

/**
 * The key a delegation goes by in a draft (the `sponsors` map, invitations): its English short name when the
 * directory holds it, so that the same delegation read from a French or Spanish text is one; else the name as
 * given, trimmed.
 */
export function delegationKey(name: string): string {
  return findDelegation(name)?.names.en ?? name.replace(/\s+/g, ' ').trim()
}

/** How a delegation is named in a language: its short name from the directory, or else the name as it is. */
export function delegationName(name: string, lang: Lang): string {
  return findDelegation(name)?.names[lang] ?? name
}

/** Every delegation of the directory, in the order of its names in a language, for pickers. */
export function directoryIn(lang: Lang): { key: string; name: string; entry: DirectoryEntry }[] {
  const collator = new Intl.Collator(lang)
  return DELEGATIONS.map((entry) => ({ key: entry.names.en, name: entry.names[lang], entry })).sort((a, b) =>
    collator.compare(a.name, b.name),
  )
}
