import { type FileChild, Paragraph, TextRun } from 'docx'
import type { WrittenAmendments } from '../../../schema/index.ts'
import { OPERATIVE_LIST } from './numbering.ts'
import { STEP } from './page.ts'
import type { RunFormat } from './run-format.ts'
import { STYLE } from './styles.ts'

/**
 * One delegation's amendments document as Word paragraphs: the title ("Egypt: amendments to draft resolution
 * A/C.3/71/L.23"), the instructions numbered by Word's list numbering exactly as the Markdown version numbers
 * them ("1.", Arabic "1 -"), a quoted new paragraph indented below its instruction, and the amendments whose
 * wording could not be written, with the reason.
 */
export function amendmentsParagraphs(written: WrittenAmendments, format: RunFormat): FileChild[] {
  const line = (
    text: string,
    options: Omit<ConstructorParameters<typeof Paragraph>[0] & object, 'children'>,
  ) =>
    new Paragraph({
      ...format.paragraph(),
      ...options,
      children: [new TextRun({ ...format.run(text), text })],
    })
  const out: FileChild[] = [line(written.title, { style: STYLE.title })]
  if (written.items.length === 0) out.push(line(written.words.noPending(written.delegation), {}))
  for (const item of written.items) {
    out.push(
      line(item.text, {
        style: STYLE.instruction,
        indent: { left: STEP, hanging: STEP },
        numbering: { reference: OPERATIVE_LIST, level: 0, instance: 1 },
      }),
    )
    for (const quoted of item.quote)
      out.push(line(quoted, { style: STYLE.quotation, indent: { left: 2 * STEP } }))
  }
  if (written.unplaced.length > 0) {
    out.push(line(written.words.unworded, { spacing: { before: 480 } }))
    for (const u of written.unplaced) out.push(line(`- ${u.reason}`, { indent: { left: STEP } }))
  }
  return out
}
