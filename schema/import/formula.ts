import { LANGUAGES, type Lang, ORGAN_FACTS, ORGANS, type Organ } from '../lang.ts'
import { simplifiedChinese } from '../lexicon/zh-traditional.ts'

const COMMA = /[,،，]$/
const key = (text: string) =>
  simplifiedChinese(
    text
      .trim()
      .replace(/[’`]/g, "'")
      .replace(/[\s,،，:：]+$/u, '')
      .toLowerCase(),
  )

/** An organ and the language of the words that name it. */
interface Named {
  organ: Organ
  lang: Lang
}

// Authoring formulas of every organ in every language, and the organs' bare names, which are a formula only
// when a comma follows them ("Генеральная Ассамблея,", "大会，") or a paragraph does, and a header line otherwise.
const FORMULAS = new Map<string, Named>()
const NAMES = new Map<string, Named>()
for (const organ of ORGANS) {
  for (const lang of LANGUAGES) {
    const facts = ORGAN_FACTS[organ]
    NAMES.set(key(facts.name[lang]), { organ, lang })
    if (key(facts.formula[lang]) !== key(facts.name[lang]))
      FORMULAS.set(key(facts.formula[lang]), { organ, lang })
  }
}

/**
 * The organ whose authoring formula a line is ("The General Assembly,", "Le Conseil des droits de l'homme,",
 * "إن مجلس الأمن،", "大会，"), or null.
 */
export function formulaOrgan(text: string): Organ | null {
  return formulaOf(text)?.organ ?? null
}

/**
 * The organ and language of the authoring formula a line is, or null. With `bare`, an organ's name alone
 * counts too ("安全理事会", "Совет Безопасности"): the caller knows a paragraph follows it.
 */
export function formulaOf(text: string, bare = false): Named | null {
  if (text.length > 80) return null
  const k = key(text)
  return FORMULAS.get(k) ?? (bare || COMMA.test(text.trim()) ? (NAMES.get(k) ?? null) : null)
}

// The formulas of each language, longest first, to find one at the end of a line.
const ENDINGS: Record<Lang, { text: string; organ: Organ }[]> = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    ORGANS.map((organ) => ({ text: ORGAN_FACTS[organ].formula[lang].replace(/[,،，]$/u, ''), organ })).sort(
      (a, b) => b.text.length - a.text.length,
    ),
  ]),
) as Record<Lang, { text: string; organ: Organ }[]>

/**
 * Where the authoring formula of a language starts at the end of a line that has other words before it (a web
 * page's date run into it: "date 2024-09 La Asamblea General,"), or -1.
 */
export function formulaAtEnd(text: string, lang: Lang): number {
  const body = text.replace(/[\s,،，:：]+$/u, '')
  if (body.length > 120) return -1
  for (const { text: formula } of ENDINGS[lang]) {
    if (!body.endsWith(formula) || body.length === formula.length) continue
    const at = body.length - formula.length
    if (/\s/u.test(body[at - 1]!)) return at
  }
  return -1
}

/** The length of the authoring formula of a language at the start of a text (with its comma), or -1. */
export function formulaAtStart(text: string, lang: Lang): number {
  for (const { text: formula } of ENDINGS[lang]) {
    if (!text.startsWith(formula)) continue
    const comma = /^[\s]*[,،，]/u.exec(text.slice(formula.length))
    if (comma) return formula.length + comma[0].length
  }
  return -1
}
