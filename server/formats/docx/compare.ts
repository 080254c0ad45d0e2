import { Document, Packer } from 'docx'
import {
  COMPARE_WORDS,
  type Comparison,
  comparisonDoc,
  numberDocument,
  STANDING_WORDS,
} from '../../../schema/index.ts'
import { type BodyContext, bodyParagraphs } from './body.ts'
import { ComparisonComments } from './comparison-comments.ts'
import { fontTableXml } from './fonts.ts'
import { footnotesOf } from './footnotes.ts'
import { listDefinitions } from './numbering.ts'
import { section } from './page.ts'
import { RunFormat } from './run-format.ts'
import { StandingRuns } from './standing.ts'
import { draftStyles } from './styles.ts'
import { Revisions } from './tracked.ts'

/**
 * A comparison of two versions as a Word file with tracked changes, laid out as the Word export lays out a
 * draft: its base is the earlier version, and every change is a Word revision (`w:ins`, `w:del`) whose author is
 * who made it (the delegation whose accepted proposal it was, or the facilitator) dated when it was made, so
 * that accepting all changes gives the later version and rejecting all the earlier one. A moved paragraph is a
 * deletion where it stood and an insertion where it went; paragraphs are numbered by Word's own numbering, with
 * a comment on a renumbered one ("operative paragraph 6 (formerly 7)") and on an oral revision's changes.
 */
export async function writeComparisonDocx(c: Comparison): Promise<Uint8Array> {
  const { doc, records, remarks } = comparisonDoc(c)
  const format = new RunFormat(c.lang)
  const numbering = numberDocument(doc)
  const comments = new ComparisonComments(format, numbering.footnotes.length + 1)
  const revisions = new Revisions(records)
  const context: BodyContext = {
    format,
    numbering,
    footnotes: new Map(numbering.footnotes.map((f) => [f.pos, f.number])),
    reference: (target) => numbering.byId.get(target)?.path.join(' ') ?? target,
    revisions,
    compilation: null,
    comments,
    remarks,
    // Brackets and alternatives read as in the compilation, with who asked for them.
    standing: new StandingRuns(format, revisions, STANDING_WORDS[c.lang]),
  }
  const children = bodyParagraphs(doc, context)
  let symbol = ''
  // The later version's symbol heads the pages after the first, as it would in that version's own file.
  c.to.firstChild?.forEach((field) => {
    if (!symbol && field.attrs.name === 'symbol') symbol = field.textContent.replace(/\s+/g, ' ').trim()
  })
  const document = new Document({
    creator: 'Penholder',
    title: COMPARE_WORDS[c.lang].heading(c.fromLabel, c.toLabel),
    styles: draftStyles(c.lang),
    numbering: { config: listDefinitions(c.lang) },
    footnotes: footnotesOf(numbering, context),
    comments: comments.options(),
    sections: [section(children, symbol, format)],
  })
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }])
}
