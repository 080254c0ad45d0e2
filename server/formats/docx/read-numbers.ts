import type { StyledParagraph } from '../../../schema/index.ts'
import type { SettledParagraph } from './read-changes.ts'
import { ListCounter, type WordNumbering } from './read-numbering.ts'

/**
 * The paragraphs for the importer, with the number or label Word shows before each list paragraph put in front
 * of its text as if typed ("3. ", "(b) "), so that one recogniser reads numbered lists and typed numbers. Lists
 * are counted over the paragraphs as they stand once the tracked changes are settled: accepted, a deleted
 * paragraph no longer counts; kept as proposals, it still does, as Word shows it.
 */
export function numberParagraphs(
  paragraphs: readonly SettledParagraph[],
  numbering: WordNumbering,
): StyledParagraph[] {
  const counter = new ListCounter(numbering)
  return paragraphs.map((p) => {
    const label = p.numbering ? counter.next(p.numbering) : null
    // Word numbers an empty list paragraph too; it counts, but a number alone is no paragraph.
    const content =
      label && p.content.some((c) => c.type !== 'text' || c.text.trim() !== '')
        ? [{ type: 'text' as const, text: `${label} `, italic: false, sup: false, changes: [] }, ...p.content]
        : p.content
    return { line: p.index, content, role: p.role, proposal: p.proposal, id: p.id }
  })
}
