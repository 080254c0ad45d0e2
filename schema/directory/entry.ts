import type { Lang } from '../lang.ts'

/**
 * Where a delegation stands at the United Nations: a Member State, one of the two non-member observer States
 * (the Holy See, the State of Palestine), or an observer that is no State (the European Union).
 */
export type DelegationStatus = 'member' | 'observer-state' | 'observer'

/** One delegation of the directory: its code and its short name in each of the six languages. */
export interface DirectoryEntry {
  /** ISO 3166-1 alpha-3 code of a State ("FRA"); "EU" for the European Union. */
  code: string
  status: DelegationStatus
  /** The short name in each official language, as the directory's sources give it (see delegations.ts). */
  names: Readonly<Record<Lang, string>>
}
