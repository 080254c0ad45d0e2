import { quoted } from '../amendments/word-changes.ts'
import { arabic } from '../amendments/wording-ar.ts'
import { english } from '../amendments/wording-en.ts'
import { spanish } from '../amendments/wording-es.ts'
import { french } from '../amendments/wording-fr.ts'
import type { ClauseRef, WordingLanguage, Words } from '../amendments/wording-language.ts'
import { russian } from '../amendments/wording-ru.ts'
import { chinese } from '../amendments/wording-zh.ts'
import type { Lang } from '../lang.ts'

// How a change of words reads, in the wording of amendments: "after the word “promote”, insert the words “and
// protect”", "replace the word “resolution” with the word “resolutions”".

const WORDING: Record<Lang, WordingLanguage> = {
  ar: arabic,
  en: english,
  es: spanish,
  fr: french,
  ru: russian,
  zh: chinese,
}

const WORDISH = /[\p{L}\p{N}]/u
const JOINER = /[/.\-\u2010\u2011]/
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u

/** How many times a run of words occurs in a list of words. */
function occurrences(tokens: readonly string[], phrase: readonly string[]): number {
  let n = 0
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let same = true
    for (let j = 0; j < phrase.length && same; j++) same = tokens[i + j] === phrase[j]
    if (same) n++
  }
  return n
}

/**
 * The fewest words before `at` in `text` that, followed by `then`, occur once: what an instruction points at
 * when the words it changes occur more than once ("after the words “its resolution”"). Null with none before.
 */
function anchorBefore(text: string, at: number, then: readonly string[], lang: Lang): Words | null {
  const all = text.split(/\s+/).filter(Boolean)
  const before = text.slice(0, at).split(/\s+/).filter(Boolean)
  if (before.length === 0) return null
  for (let k = 1; k <= before.length; k++) {
    const phrase = before.slice(before.length - k)
    if (k === before.length || occurrences(all, [...phrase, ...then]) <= 1)
      return quoted(phrase.join(' '), lang)
  }
  return null
}

/** The amendment wording of a language. */
export const wordingOf = (lang: Lang): WordingLanguage => WORDING[lang]

/** Where a change lies in the earlier text (`s`, `e`) and in the later one (`sl`, `el`). */
export interface Span {
  s: number
  e: number
  sl: number
  el: number
}

/**
 * Widens a change glued to a word to the whole word ("resolution" replaced with "resolutions"; "70/1" with
 * "70/2", through a slash, dot or hyphen inside it), as the amendment wording does; outside a clause (a symbol,
 * a date) any character glues. Chinese words are the segmenter's already. `edge` is the change's own text.
 */
export function widen(earlier: string, span: Span, edge: string, inClause: boolean): void {
  const joined = (outer: string | undefined, inner: string | undefined, beyond: string | undefined) => {
    if (outer === undefined || inner === undefined || CJK.test(outer) || CJK.test(inner)) return false
    if (!inClause) return /\S/.test(outer) && /\S/.test(inner)
    if (!WORDISH.test(inner)) return false
    return WORDISH.test(outer) || (JOINER.test(outer) && beyond !== undefined && WORDISH.test(beyond))
  }
  if (joined(earlier[span.s - 1], edge[0], earlier[span.s - 2])) {
    const grow = /\S+$/.exec(earlier.slice(0, span.s))![0].length
    span.s -= grow
    span.sl -= grow
  }
  if (joined(earlier[span.e], edge[edge.length - 1], earlier[span.e + 1])) {
    const grow = /^\S+/.exec(earlier.slice(span.e))![0].length
    span.e += grow
    span.el += grow
  }
}

/**
 * The instruction for one change of words in a text, without the clause it is in: `deleted` and `inserted`
 * words at `at` in the earlier text, anchored on the words before them when they occur more than once.
 */
export function wordsPhrase(
  l: WordingLanguage,
  deleted: string,
  inserted: string,
  earlier: string,
  at: number,
  ref?: ClauseRef,
): string {
  const old = quoted(deleted, l.lang)
  const now = quoted(inserted, l.lang)
  if (old.text === '') {
    const before = earlier.slice(0, at)
    const after = earlier.slice(at)
    const place = !WORDISH.test(before) ? 'start' : !WORDISH.test(after) ? 'end' : 'after'
    const anchor = place === 'after' ? anchorBefore(earlier, at, [], l.lang) : null
    const phrase = l.insert(now, place, ref ?? { kind: 'operative', paragraph: 1, sub: [] })
    return anchor ? `${l.after(anchor)}${l.comma}${phrase}` : phrase
  }
  const oldWords = old.text.split(' ')
  const all = earlier.split(/\s+/).filter(Boolean)
  const anchor = occurrences(all, oldWords) > 1 ? anchorBefore(earlier, at, oldWords, l.lang) : null
  const phrase = now.text === '' ? l.delete(old) : l.replace(old, now)
  return anchor ? `${l.after(anchor)}${l.comma}${phrase}` : phrase
}
