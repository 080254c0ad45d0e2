import { BorderStyle, type FileChild, type IParagraphOptions, Tab, TabStopType, TextRun } from 'docx'
import type { Node } from 'prosemirror-model'
import type { HeaderField } from '../../../schema/index.ts'
import { DraftParagraph } from './draft-paragraph.ts'
import { RIGHT_COLUMN, TITLE_INDENT } from './page.ts'
import { type InlineContext, inlineRuns } from './runs.ts'
import { STYLE } from './styles.ts'

type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text'>

// Where each field stands: on the first line (organ at the start, symbol in the right-hand column), in the
// right-hand column below it, at the margin, or at the indent of the title; and the group of lines it belongs to,
// groups being set apart by a blank line's space, as in the text export.
const PLACE: Record<HeaderField, { at: 'first' | 'column' | 'margin' | 'indent'; group: number }> = {
  organ: { at: 'first', group: 0 },
  symbol: { at: 'first', group: 0 },
  distribution: { at: 'column', group: 1 },
  date: { at: 'column', group: 1 },
  original: { at: 'column', group: 1 },
  session: { at: 'margin', group: 2 },
  agenda: { at: 'margin', group: 2 },
  agendaTitle: { at: 'margin', group: 2 },
  sponsors: { at: 'indent', group: 3 },
  adoption: { at: 'indent', group: 4 },
  basis: { at: 'indent', group: 4 },
}

const INDENT = { first: 0, column: RIGHT_COLUMN, margin: 0, indent: TITLE_INDENT }

// A field with nothing but white space, like the empty fields of a new draft (a footnote alone is not blank).
const blank = (field: Node) => {
  let empty = true
  field.forEach((child) => {
    if (!child.isText || child.text!.trim() !== '') empty = false
  })
  return empty
}

/**
 * The header block as the UN lays it out on a first page: the organ at the start of the first line and the
 * symbol in the right-hand column, a rule below them; distribution, date and "Original: ..." in the right-hand
 * column; session and agenda item at the margin; the sponsor line of an L document ("...: draft resolution")
 * and the adoption lines of an adopted text at the indent of the title. The two-column first line is a tab
 * stop rather than a table, so that LibreOffice's and pandoc's text read it as one line, organ then symbol.
 */
export function headerBlock(header: Node, pos: number, context: InlineContext): FileChild[] {
  const fields = new Map<HeaderField, { node: Node; pos: number }[]>()
  header.forEach((field, offset) => {
    if (blank(field)) return
    const name = field.attrs.name as HeaderField
    fields.set(name, [...(fields.get(name) ?? []), { node: field, pos: pos + 1 + offset }])
  })
  const runs = (name: HeaderField) =>
    (fields.get(name) ?? []).map((f) => inlineRuns(f.node, f.pos + 1, context))
  const direction = context.format.paragraph()
  const out: FileChild[] = []

  const organ = runs('organ')
  const symbol = runs('symbol')
  if (organ.length > 0 || symbol.length > 0) {
    const first = [
      ...organ.flat(),
      ...(symbol.length > 0 ? [new TextRun({ children: [new Tab()] }), ...symbol.flat()] : []),
    ]
    out.push(
      new DraftParagraph(
        {
          ...direction,
          style: STYLE.header,
          tabStops: [{ type: TabStopType.START, position: RIGHT_COLUMN }],
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, space: 4 } },
        },
        first,
      ),
    )
  }
  let group = 0
  for (const name of Object.keys(PLACE) as HeaderField[]) {
    const place = PLACE[name]
    if (place.at === 'first') continue
    for (const line of runs(name)) {
      const indent = INDENT[place.at]
      const options: ParagraphOptions = {
        ...direction,
        style: STYLE.header,
        ...(indent ? { indent: { left: indent } } : {}),
        ...(place.group !== group ? { spacing: { before: 240, after: 0 } } : {}),
      }
      out.push(new DraftParagraph(options, line))
      group = place.group
    }
  }
  return out
}
