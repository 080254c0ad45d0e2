import type { Lang } from '../lang.ts'

/** A line the importer could not place, or a guess it made: kept in the document and reported. */
export interface ImportWarning {
  /** Line of the source text, from 1. */
  line: number
  message: string
}

/** What every reader is given: the language of the text, the word list for repairs, and where to warn. */
export interface ReadContext {
  lang: Lang
  /** Whether a word exists in a language (a spelling dictionary); consulted only to repair PDF extraction. */
  dictionary: ((word: string, lang: Lang) => boolean) | undefined
  warn(line: number, message: string): void
}
