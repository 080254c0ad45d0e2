import { LANGUAGES, ORGAN_FACTS, ORGANS, type Organ } from '../lang.ts'

const COMMA = /[,،，]$/
const key = (text: string) =>
  text
    .trim()
    .replace(/[’`]/g, "'")
    .replace(/[\s,،，:：]+$/u, '')
    .toLowerCase()

// Authoring formulas of every organ in every language, and the organs' bare names, which are a formula only
// when a comma follows them ("Генеральная Ассамблея,", "大会，") and a header line otherwise.
const FORMULAS = new Map<string, Organ>()
const NAMES = new Map<string, Organ>()
for (const organ of ORGANS) {
  for (const lang of LANGUAGES) {
    const facts = ORGAN_FACTS[organ]
    NAMES.set(key(facts.name[lang]), organ)
    if (key(facts.formula[lang]) !== key(facts.name[lang])) FORMULAS.set(key(facts.formula[lang]), organ)
  }
}

/**
 * The organ whose authoring formula a line is ("The General Assembly,", "Le Conseil des droits de l'homme,",
 * "إن مجلس الأمن،", "大会，"), or null.
 */
export function formulaOrgan(text: string): Organ | null {
  if (text.length > 80) return null
  const k = key(text)
  return FORMULAS.get(k) ?? (COMMA.test(text.trim()) ? (NAMES.get(k) ?? null) : null)
}
