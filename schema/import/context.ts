import type { Lang } from '../lang.ts'

/** A line the importer could not place, or a guess it made: kept in the document and reported. */
export interface ImportWarning {
  /** Line of the source text, from 1. */
  line: number
  message: string
}

/** A line of the text that is not part of the resolution (a web page's navigation or licence): left out, reported. */
export interface UnplacedLine {
  /** Line of the source text, from 1. */
  line: number
  text: string
}

/** What every reader is given: the language of the text, the word list for repairs, and where to report. */
export interface ReadContext {
  lang: Lang
  /** Whether a word exists in a language (a spelling dictionary); consulted only to repair PDF extraction. */
  dictionary: ((word: string, lang: Lang) => boolean) | undefined
  warn(line: number, message: string): void
  /** Reports a line that is not part of the resolution and is left out; `where` says why ("after the closing lines"). */
  unplace(line: number, text: string, where: string): void
}
