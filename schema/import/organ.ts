import { LANGUAGES, ORGAN_FACTS, ORGANS, type Organ } from '../lang.ts'
import type { DocDraft } from './draft.ts'
import { formulaOrgan } from './formula.ts'
import { plainText } from './runs.ts'

const fold = (text: string) => text.replace(/[’`]/g, "'").toLowerCase()

/**
 * The organ of a resolution: as its reader found it (a formula without its comma, "安全理事会"), by its authoring formula ("The Security Council,"), else by the organ named in
 * the header (a Security Council text names the Council in its adoption line); the General Assembly when
 * nothing names another.
 */
export function detectOrgan(draft: DocDraft): Organ {
  if (draft.organ) return draft.organ
  const byFormula = formulaOrgan(plainText(draft.formula))
  if (byFormula) return byFormula
  for (const name of ['organ', 'adoption'] as const) {
    const field = draft.header.find((f) => f.name === name)
    if (!field) continue
    const text = fold(plainText(field.runs))
    for (const organ of ORGANS) {
      if (LANGUAGES.some((lang) => text.includes(fold(ORGAN_FACTS[organ].name[lang])))) return organ
    }
  }
  return 'ga'
}
