import { TextRun } from 'docx'
import type { Numbering } from '../../../schema/index.ts'
import { DraftParagraph } from './draft-paragraph.ts'
import { type InlineContext, inlineRuns } from './runs.ts'
import { STYLE } from './styles.ts'

/** The footnotes option of a docx document: each footnote's paragraphs by its id. */
export type FootnotesOption = Record<string, { children: DraftParagraph[] }>

/**
 * The draft's footnotes as real Word footnotes (`word/footnotes.xml`), their ids the numbers `numberDocument`
 * gives them, so that Word, which numbers footnotes in the order they are cited, shows the editor's numbers.
 * Their text keeps its italics and superscript.
 */
export function footnotesOf(numbering: Numbering, context: InlineContext): FootnotesOption {
  const notes: FootnotesOption = {}
  for (const note of numbering.footnotes) {
    // docx puts the footnote's number first; a space keeps it off the first word, as the UN sets footnotes.
    const space = new TextRun({ ...context.format.run(' '), text: ' ' })
    const runs = [space, ...inlineRuns(note.node, note.pos + 1, { ...context, revisions: null })]
    notes[String(note.number)] = {
      children: [new DraftParagraph({ ...context.format.paragraph(), style: STYLE.footnote }, runs)],
    }
  }
  return notes
}
