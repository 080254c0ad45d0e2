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
  /** Whether a word exists (an English word list); consulted only to repair words broken by PDF extraction. */
  dictionary: ((word: string) => boolean) | undefined
  warn(line: number, message: string): void
}
