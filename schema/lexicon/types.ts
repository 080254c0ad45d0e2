import type { Gender } from '../lang.ts'

/**
 * One opening phrase. A plain string where the phrase is the same for every organ; for participles, adjectives
 * and verbs that agree with the organ (French, Spanish, Arabic, Russian), the feminine form (General Assembly:
 * "Consciente", "Convencida", "تقرر") and the masculine form (Security Council: "Conscient", "Convencido", "يقرر").
 */
export type LexiconEntry = string | { f: string; m: string }

/** The opening phrases of one language, with the provenance of the lists. */
export interface Lexicon {
  /** Where the lists were taken from (resolutions, editorial manuals), for whoever checks them. */
  source: string
  /** Phrases that open preambular paragraphs: participles and adjective phrases ("Recalling", "Deeply concerned"). */
  preambular: readonly LexiconEntry[]
  /** Verbs in the present tense that open operative paragraphs ("Decides", "Requests the Secretary-General"). */
  operative: readonly LexiconEntry[]
}

/** The forms of an entry, each with the gender it agrees with (null where it does not vary). */
export function entryForms(entry: LexiconEntry): { text: string; gender: Gender | null }[] {
  return typeof entry === 'string'
    ? [{ text: entry, gender: null }]
    : [
        { text: entry.f, gender: 'f' },
        { text: entry.m, gender: 'm' },
      ]
}
