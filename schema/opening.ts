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

/**
 * Phrases grouped by how they start, so that a paragraph is compared with the few phrases that can open it
 * rather than with the whole lexicon (every import and every lint pass asks for every paragraph). Each group
 * keeps the order of the list it was built from (longest first).
 */
interface StartIndex<T> {
  /** The phrases of two characters or more, by their first two characters (the first as `start` folds it). */
  two: Map<string, T[]>
  /** The phrases of one character, by that character folded. */
  one: Map<string, T[]>
  /** The longest phrase, in characters: no text beyond it is compared. */
  longest: number
  start: (c: string) => string
}

function indexByStart<T>(list: readonly T[], text: (t: T) => string, start: (c: string) => string) {
  const index: StartIndex<T> = { two: new Map(), one: new Map(), longest: 0, start }
  for (const item of list) {
    const phrase = text(item)
    index.longest = Math.max(index.longest, phrase.length)
    const [map, key] =
      phrase.length >= 2
        ? [index.two, start(phrase[0]!) + phrase[1]]
        : [index.one, phrase.length === 1 ? start(phrase) : '']
    const group = map.get(key)
    if (group) group.push(item)
    else map.set(key, [item])
  }
  return index
}

const NONE: readonly never[] = []

/**
 * The phrases that may open a text, longest first: those sharing its first two characters, then (rare) those
 * of one character that is its first.
 */
function candidates<T>(index: StartIndex<T>, text: string): readonly T[] {
  const first = text.length >= 1 ? index.start(text[0]!) : ''
  const two = text.length >= 2 ? (index.two.get(first + text[1]) ?? NONE) : NONE
  if (index.one.size === 0) return two
  return [...two, ...(index.one.get(first) ?? NONE), ...(first ? (index.one.get('') ?? NONE) : NONE)]
}

const startIndexes = new Map<string, StartIndex<Compiled>>()

/** The forms of a language's phrases of one kind by their start, the first letter in either case. */
function formsByStart(lang: Lang, kind: OpeningKind): StartIndex<Compiled> {
  const key = `${lang}:${kind}`
  let index = startIndexes.get(key)
  if (!index) {
    index = indexByStart(
      forms(lang, kind),
      (f) => f.text,
      (c) => c.toLowerCase(),
    )
    startIndexes.set(key, index)
  }
  return index
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
  const index = formsByStart(lang, kind)
  // Typographic apostrophes (l’homme) compare equal to the straight ones the lexicons use; same length. One
  // character past the longest phrase is enough to tell where a word ends.
  const body = text.slice(start, start + index.longest + 1).replace(/[\u2019\u02bc]/g, "'")
  for (const form of candidates(index, body)) {
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

const looseForms = new Map<string, StartIndex<{ plain: string; form: Compiled }> & { strip: RegExp }>()

/**
 * The longest phrase of a language at the start of a text, where characters that do not change a phrase are
 * ignored and letters written two ways compared as one (on both sides); the length counted in the text as it is.
 */
function matchLoose(text: string, lang: 'zh' | 'ar', kind: OpeningKind): OpeningMatch | null {
  const ignored = IGNORED[lang]!
  const fold = FOLD[lang]!
  const key = `${lang}:${kind}`
  let index = looseForms.get(key)
  if (!index) {
    const strip = new RegExp(ignored.source, 'gu')
    const list = forms(lang, kind).map((form) => ({ plain: fold(form.text.replace(strip, '')), form }))
    list.sort((a, b) => b.plain.length - a.plain.length)
    index = {
      ...indexByStart(
        list,
        (p) => p.plain,
        (c) => c,
      ),
      strip,
    }
    looseForms.set(key, index)
  }
  const start = text.length - text.trimStart().length
  const body = fold(text.slice(start, start + 120))
  // The text without ignored characters; where a phrase found in it ends in the text is counted only on a match.
  const plain = body.replace(index.strip, '')
  for (const { plain: phrase, form } of candidates(index, plain)) {
    if (!plain.startsWith(phrase) || !endsWord(plain, phrase.length, lang)) continue
    let end = 0
    for (let kept = 0; kept < phrase.length; end++) if (!ignored.test(body[end]!)) kept++
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
