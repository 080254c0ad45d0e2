import type { Lang } from '../lang.ts'
import { matchOpening } from '../opening.ts'
import { isClosingLine } from './closing-lines.ts'

/** The kinds of top-level paragraph. */
export type TopKind = 'preambular' | 'operative'

const END = /([,،，;؛；.。:：])[\s"”»’')\]]*$/u

/**
 * The kind a paragraph's last punctuation suggests: a comma ends a preambular paragraph, a semicolon or a full
 * stop an operative one; a colon (sub-paragraphs follow) tells nothing.
 */
function kindByPunctuation(text: string): TopKind | null {
  const m = END.exec(text)
  if (!m) return null
  const c = m[1]!
  if (c === ',' || c === '،' || c === '，') return 'preambular'
  if (c === ':' || c === '：') return null
  return 'operative'
}

// Grammar that marks a preambular paragraph where the lexicon has no entry: English and Spanish gerunds,
// French present participles, Russian adverbial participles, the Arabic particle "إذ" (while).
const PREAMBULAR_GRAMMAR: Partial<Record<Lang, RegExp>> = {
  en: /^(?:[A-Z][a-z]+ly [a-z]+(?:ed|ing)|[A-Z][a-z]+ing)(?=[\s,]|$)/u,
  fr: /^[A-ZÉ][a-zéèêëîïôûç]+ant(?=[\s,]|$)/u,
  es: /^[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ando|endo|iendo)(?=[\s,]|$)/u,
  ru: /^[А-ЯЁ][а-яё]+(?:[^н]я|ясь|вшись)(?=[\s,]|$)/u,
  ar: /^و?إذ(?=\s)/u,
}
// Russian operative verbs in the third person ("постановляет", "просит").
const RU_OPERATIVE = /^[А-ЯЁ]?[а-яё]+(?:ет|ит)(?=[\s,]|$)/u
// Arabic operative verbs in the present tense open with ت (the Assembly) or ي (a council); too weak alone, so
// consulted after the punctuation.
const AR_OPERATIVE = /^و?[تي][\u0621-\u064A]{2,}(?=\s)/u

/** The kind grammar suggests, strong cues only. */
function kindByGrammar(text: string, lang: Lang): TopKind | null {
  if (PREAMBULAR_GRAMMAR[lang]?.test(text)) return 'preambular'
  if (lang === 'ru' && RU_OPERATIVE.test(text)) return 'operative'
  return null
}

/**
 * The kind a paragraph's opening phrase (in the lexicon) gives: "both" where the same phrase opens either kind,
 * as in Chinese ("重申" is "Reaffirming" and "Reaffirms"), null where the lexicon has no phrase for it.
 */
export function openingKind(text: string, lang: Lang): TopKind | 'both' | null {
  const pre = matchOpening(text, lang, 'preambular')
  const op = matchOpening(text, lang, 'operative')
  if (pre && op)
    return pre.length === op.length ? 'both' : pre.length > op.length ? 'preambular' : 'operative'
  return pre ? 'preambular' : op ? 'operative' : null
}

/**
 * The kind of an unnumbered paragraph judged by its words: the opening phrase in the lexicon, then grammar,
 * then the closing punctuation (first in Chinese, whose phrases open either kind); null when nothing tells.
 */
export function kindByWords(text: string, lang: Lang): TopKind | null {
  const punctuation = kindByPunctuation(text)
  if (lang === 'zh' && punctuation) return punctuation
  const opening = openingKind(text, lang)
  if (opening === 'both') return punctuation
  if (opening) return opening
  const grammar = kindByGrammar(text, lang)
  if (grammar) return grammar
  if (punctuation) return punctuation
  if (lang === 'ar' && AR_OPERATIVE.test(text)) return 'operative'
  return null
}

/** Whether a text opens with a phrase or grammar of a preambular paragraph (not with its punctuation). */
export function opensPreambular(text: string, lang: Lang): boolean {
  const opening = openingKind(text, lang)
  return opening ? opening !== 'operative' : kindByGrammar(text, lang) === 'preambular'
}

const LOWER_START = /^\p{Ll}/u
const TERMINAL_END = /[,;.:!?،؛，；。：][\s"”»’')\]]*$/u

/**
 * Whether a paragraph continues the previous one rather than starting a clause: it starts with a small letter
 * and the previous one ends without punctuation (a paragraph broken across a page: "... notamment" / "le
 * Conseil des droits de l'homme, ...").
 */
export function continuesPrevious(text: string, previous: string | null): boolean {
  return previous !== null && previous !== '' && LOWER_START.test(text) && !TERMINAL_END.test(previous)
}

/** How an unnumbered, unlabelled block in the body of a Markdown text or a typed draft is read. */
export type BlockReading = 'closing' | 'continuation' | TopKind

/**
 * How an unnumbered, unlabelled block in the body is read: the closing lines (the meeting and date, once a
 * paragraph has been read), the continuation of the previous paragraph, or a clause whose kind its opening
 * phrase tells (preambular until an operative paragraph has been read). Both the Markdown reader and the
 * Markdown writer call it, so that the writer knows when to state what the reader would not guess.
 */
export function readUnmarkedBlock(
  lines: readonly string[],
  previous: string | null,
  clauseSeen: boolean,
  operativeSeen: boolean,
  lang: Lang,
): BlockReading {
  const text = lines.join(' ')
  if (clauseSeen && text.trim() !== '' && lines.every((l) => l.trim() === '' || isClosingLine(l)))
    return 'closing'
  if (continuesPrevious(text, previous)) return 'continuation'
  if (operativeSeen) return 'operative'
  return openingKind(text, lang) === 'operative' ? 'operative' : 'preambular'
}
