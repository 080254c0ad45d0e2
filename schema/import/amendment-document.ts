import { formulaOf } from './formula.ts'
import { sourceLines, tidy } from './source.ts'

// The line that says what an amendments document is, in the six languages: "Amendments to the draft resolution
// proposed by the First Committee", "Amendements au projet de résolution A/C.3/71/L.23", "Enmiendas al proyecto
// de resolución", "Поправки к проекту резолюции", "تعديلات على مشروع القرار", "对决议草案的修正".
const AMENDMENTS =
  /^(?:[^:]{0,120}:\s*)?(?:amendments?\s+to\s+(?:the\s+)?(?:revised\s+)?draft\s+resolution|amendements?\s+au\s+projet\s+de\s+résolution|enmiendas?\s+al\s+proyecto\s+de\s+resolución|поправк[аи]\s+к\s+(?:пересмотренному\s+)?проекту\s+резолюции|تعديلات?\s+على\s+مشروع\s+(?:ال)?قرار|对.{0,40}决议草案的修正)/iu
// How far into the text the line that names the document stands.
const HEAD = 40

/**
 * The line (and its number) that names a text as an amendments document (instructions to delete or replace
 * words of a draft resolution, not a resolution), when the text has no authoring formula; else null.
 */
export function amendmentsDocumentLine(text: string): { line: number; text: string } | null {
  const lines = sourceLines(text)
  if (lines.some((l) => formulaOf(tidy(l.text)) !== null)) return null
  for (const l of lines.slice(0, HEAD)) {
    const t = tidy(l.text)
    if (AMENDMENTS.test(t)) return { line: l.no, text: t }
  }
  return null
}
