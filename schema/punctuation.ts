import type { Lang } from './lang.ts'

/** How clauses end in one language: the UN's house style for each of the six. */
export interface ClausePunctuation {
  /** What ends a preambular paragraph ("," ; Arabic "،" ; Chinese "，"). */
  preambular: string
  /** What ends an operative paragraph other than the last (French puts a space before ";"). */
  operative: string
  /** What ends the last operative paragraph. */
  last: string
  /** Characters any of which a clause may legitimately end with when it introduces sub-paragraphs. */
  colon: string
}

/** Clause-ending punctuation for each language. */
export const PUNCTUATION: Record<Lang, ClausePunctuation> = {
  en: { preambular: ',', operative: ';', last: '.', colon: ':' },
  fr: { preambular: ',', operative: ' ;', last: '.', colon: ' :' },
  es: { preambular: ',', operative: ';', last: '.', colon: ':' },
  ru: { preambular: ',', operative: ';', last: '.', colon: ':' },
  ar: { preambular: '،', operative: '؛', last: '.', colon: ':' },
  zh: { preambular: '，', operative: '；', last: '。', colon: '：' },
}
