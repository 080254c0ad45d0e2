import type { Gender, Lang, Organ } from './lang.ts'
import { ORGAN_FACTS } from './lang.ts'
import { LEXICONS } from './lexicon/lexicons.ts'
import { entryForms } from './lexicon/types.ts'
import { simplifiedChinese } from './lexicon/zh-traditional.ts'

/** The paragraph kinds that open with a phrase from the lexicon. */
export type OpeningKind = 'preambular' | 'operative'

/** An opening phrase found at the start of a paragraph. */
export interface OpeningMatch {
  /** The phrase as it stands in the lexicon. */
  phrase: string
  /** Number of characters of the paragraph it covers. */
  length: number
  kind: OpeningKind
  /** The gender the phrase agrees with (French, Spanish, Arabic, Russian); null where it does not vary. */
  gender: Gender | null
}

interface Compiled {
  text: string
  gender: Gender | null
}

const compiled = new Map<string, Compiled[]>()

/** The forms of a language's phrases of one kind, longest first, so that matching picks the longest phrase. */
function forms(lang: Lang, kind: OpeningKind): Compiled[] {
  const key = `${lang}:${kind}`
  let list = compiled.get(key)
  if (!list) {
    list = LEXICONS[lang][kind].flatMap(entryForms)
    list.sort((a, b) => b.text.length - a.text.length)
    compiled.set(key, list)
  }
  return list
}

const LETTER = /[\p{L}\p{M}]/u

/** Whether a phrase ends at a word boundary in the text (Chinese has no spaces, so any end is one). */
function endsWord(text: string, end: number, lang: Lang): boolean {
  if (lang === 'zh' || end >= text.length) return true
  return !LETTER.test(text[end]!)
}

/**
 * The longest opening phrase of the given kind at the start of a paragraph's text, or null. The first letter
 * may differ in case ("also requests" after an edit still matches "Also requests").
 */
export function matchOpening(text: string, lang: Lang, kind: OpeningKind): OpeningMatch | null {
  if (lang === 'zh' || lang === 'ar') return matchLoose(text, lang, kind)
  const start = text.length - text.trimStart().length
  // Typographic apostrophes (l’homme) compare equal to the straight ones the lexicons use; same length.
  const body = text.slice(start).replace(/[\u2019\u02bc]/g, "'")
  for (const form of forms(lang, kind)) {
    const phrase = form.text
    if (body.length < phrase.length) continue
    const head = body.slice(0, phrase.length)
    const same =
      head === phrase ||
      (head.slice(1) === phrase.slice(1) && head[0]!.toLowerCase() === phrase[0]!.toLowerCase())
    if (same && endsWord(body, phrase.length, lang)) {
      return { phrase, length: start + phrase.length, kind, gender: form.gender }
    }
  }
  return null
}

// Characters a copied text has or lacks that do not change a phrase: Chinese title marks, which a copy sometimes
// loses one of ("根据联合国宪章》第七章采取行动"); Arabic vowel marks and the tatweel ("واقتناعاً منه").
const IGNORED: Partial<Record<Lang, RegExp>> = { zh: /[《》〈〉]/u, ar: /[\u064B-\u065F\u0670\u0640]/u }
// One character for one: Chinese traditional characters as simplified; Arabic alef with hamza or madda as bare
// alef and alef maqsura as ya, as texts typed without them write them.
const FOLD: Partial<Record<Lang, (text: string) => string>> = {
  zh: simplifiedChinese,
  ar: (text) => text.replace(/[أإآ]/gu, 'ا').replace(/ى/gu, 'ي'),
}

const looseForms = new Map<string, { plain: string; form: Compiled }[]>()

/**
 * The longest phrase of a language at the start of a text, where characters that do not change a phrase are
 * ignored and letters written two ways compared as one (on both sides); the length counted in the text as it is.
 */
function matchLoose(text: string, lang: 'zh' | 'ar', kind: OpeningKind): OpeningMatch | null {
  const ignored = IGNORED[lang]!
  const fold = FOLD[lang]!
  const key = `${lang}:${kind}`
  let list = looseForms.get(key)
  if (!list) {
    const strip = new RegExp(ignored.source, 'gu')
    list = forms(lang, kind).map((form) => ({ plain: fold(form.text.replace(strip, '')), form }))
    list.sort((a, b) => b.plain.length - a.plain.length)
    looseForms.set(key, list)
  }
  const start = text.length - text.trimStart().length
  const body = fold(text.slice(start, start + 120))
  // The text without ignored characters, and where each of its characters stands in the text.
  let plain = ''
  const at: number[] = []
  for (let i = 0; i < body.length; i++) {
    if (ignored.test(body[i]!)) continue
    plain += body[i]
    at.push(i)
  }
  for (const { plain: phrase, form } of list) {
    if (!plain.startsWith(phrase) || !endsWord(plain, phrase.length, lang)) continue
    let end = at[phrase.length - 1]! + 1
    // Ignored characters right after the phrase (a closing title mark, a vowel mark) belong to it.
    while (end < body.length && ignored.test(body[end]!)) end++
    return { phrase: form.text, length: start + end, kind, gender: form.gender }
  }
  return null
}

/**
 * The kind a paragraph's opening suggests: operative if it opens with a present-tense verb, preambular if it
 * opens with a participle or adjective phrase, null if neither. Where both match, the longer phrase wins.
 */
export function classifyOpening(text: string, lang: Lang): OpeningMatch | null {
  const pre = matchOpening(text, lang, 'preambular')
  const op = matchOpening(text, lang, 'operative')
  if (pre && op) return op.length >= pre.length ? op : pre
  return pre ?? op
}

/**
 * Phrases of a kind that begin with what the delegate has typed, in the form that agrees with the organ,
 * shortest first so that "Recalling" comes before "Recalling also".
 */
export function openingSuggestions(
  prefix: string,
  lang: Lang,
  kind: OpeningKind,
  organ: Organ,
  limit = 8,
): string[] {
  const gender = organGender(lang, organ)
  const p = prefix.toLocaleLowerCase(lang)
  const out = forms(lang, kind)
    .filter((f) => (f.gender === null || f.gender === gender) && f.text.toLocaleLowerCase(lang).startsWith(p))
    .map((f) => f.text)
  out.sort((a, b) => a.length - b.length || a.localeCompare(b, lang))
  return out.slice(0, limit)
}

/** The gender of an organ's name in a language whose openings agree with it (null in English and Chinese). */
export function organGender(lang: Lang, organ: Organ): Gender | null {
  const genders: Partial<Record<Lang, Gender>> = ORGAN_FACTS[organ].gender
  return genders[lang] ?? null
}
