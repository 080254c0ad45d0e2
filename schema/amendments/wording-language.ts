import type { Lang } from '../lang.ts'

/**
 * A clause as the wording names it, with the numbers of the text as it stands without pending proposals:
 * the top-level paragraph's kind and ordinal, then the printed labels of nested sub-paragraphs.
 */
export interface ClauseRef {
  kind: 'preambular' | 'operative'
  /** 1-based ordinal of the top-level paragraph among those of its kind. */
  paragraph: number
  /** Labels of the sub-paragraphs from the top-level paragraph down, as printed in the draft: ["(b)", "(ii)"]. */
  sub: string[]
}

/** Quoted words and how many words they are (for "the word" / "the words"). */
export interface Words {
  text: string
  count: number
}

/** Where inserted words go in a paragraph. */
export type InsertPlace = 'after' | 'start' | 'end'

/** Where a new or moved clause goes: after or before a clause, or into a clause (or part) with no others. */
export type ClausePlace =
  | { after: ClauseRef }
  | { before: ClauseRef }
  | { within: ClauseRef }
  | { part: 'preambular' | 'operative' }

/** What a new or moved clause is. */
export type ClauseKind = 'preambular' | 'operative' | 'subparagraph'

/**
 * The formal wording of amendments in one language. Phrases that change words start in lower case and follow
 * `inClause(ref) + comma`; whole-clause instructions are full sentences without final punctuation.
 */
export interface WordingLanguage {
  lang: Lang
  /** What separates the parts of an instruction: ", " (Arabic "، ", Chinese "，"). */
  comma: string
  /** The ordinal that names a preambular paragraph ("third", "troisième", "tercer"). */
  ordinal(n: number): string
  /** Opens an instruction on words in a clause: "In operative paragraph 5". */
  inClause(ref: ClauseRef): string
  /** Points at the words before the change: "after the word “Recalling”". */
  after(anchor: Words): string
  replace(old: Words, now: Words): string
  delete(old: Words): string
  /** Inserts words after an anchor, at the beginning or at the end of the clause. */
  insert(words: Words, place: InsertPlace, ref: ClauseRef): string
  /** Joins several changes in one clause. */
  and(phrases: string[]): string
  /** "After operative paragraph 3, insert a new paragraph reading:" */
  insertClause(kind: ClauseKind, place: ClausePlace): string
  /** "Delete operative paragraph 7" */
  deleteClause(ref: ClauseRef): string
  /** "Move operative paragraph 9 to follow operative paragraph 2" */
  moveClause(ref: ClauseRef, place: ClausePlace): string
  /** "Egypt: amendments to draft resolution A/C.3/71/L.23" (`count` is the number of amendments). */
  title(delegations: string[], symbol: string, count: number): string
}
