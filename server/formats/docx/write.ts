import { Document, type FileChild, Packer } from 'docx'
import type { Node } from 'prosemirror-model'
import {
  cleanDoc,
  compile,
  type ExportView,
  isLang,
  type Lang,
  numberDocument,
  recordsWithImplied,
  STANDING_WORDS,
  writtenAmendments,
} from '../../../schema/index.ts'
import type { ExportSource } from '../file-formats.ts'
import { amendmentsParagraphs } from './amendments.ts'
import { type BodyContext, bodyParagraphs } from './body.ts'
import { CommentBook } from './comments.ts'
import { fontTableXml } from './fonts.ts'
import { type FootnotesOption, footnotesOf } from './footnotes.ts'
import { listDefinitions } from './numbering.ts'
import { section } from './page.ts'
import { RunFormat } from './run-format.ts'
import { StandingRuns } from './standing.ts'
import { draftStyles } from './styles.ts'
import { Revisions } from './tracked.ts'

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A header field's words on one line ('' when the draft has no such field). */
function fieldText(doc: Node, name: string): string {
  let text = ''
  doc.firstChild?.forEach((field) => {
    if (!text && field.attrs.name === name) text = oneLine(field.textContent)
  })
  return text
}

/** The title line of a draft, "71/194. Title", for the file's properties; else its symbol. */
function titleOf(doc: Node): string {
  let line = ''
  doc.forEach((child) => {
    if (child.type.name !== 'title') return
    const number = child.attrs.number as string | null
    line = oneLine(`${number ? `${number}. ` : ''}${child.textContent}`)
  })
  return line || fieldText(doc, 'symbol')
}

/**
 * A draft as a Word file (.docx), in a view as `writeView` has them: `clean`, the agreed text laid out as the UN
 * issues it; `compilation`, every pending proposal as a real Word tracked change by its delegation (accepting
 * all of them in Word gives the text of accepting every proposal, rejecting all the clean draft), with a comment
 * naming who proposes each and why; `amendments`, the formal amendments document of `delegation`. An amendment
 * the document carries without a record counts as pending, proposed by the delegation its marks name. Throws a
 * RangeError for the amendments view without a delegation, or with one that has no amendment in the draft.
 * Square brackets and alternative wordings show in the clean text and the compilation, the facilitator's
 * statuses (`source.statuses`) in the compilation.
 */
export async function writeDocx(
  source: ExportSource,
  request: { view: ExportView; delegation?: string },
): Promise<Uint8Array> {
  const { doc } = source
  const records = recordsWithImplied(doc, source.records)
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  const format = new RunFormat(lang)
  let children: FileChild[]
  let footnotes: FootnotesOption = {}
  let comments: CommentBook | null = null
  let title: string

  if (request.view === 'amendments') {
    const written = writtenAmendments(doc, records, request.delegation ?? '')
    children = amendmentsParagraphs(written, format)
    title = written.title
  } else {
    const compilation = request.view === 'compilation' ? compile(doc, records, source.statuses) : null
    const shown = compilation ? compilation.doc : cleanDoc(doc, records)
    const numbering = numberDocument(shown)
    const revisions = compilation ? new Revisions(records) : null
    comments =
      compilation && revisions
        ? new CommentBook(revisions, compilation, format, numbering.footnotes.length + 1)
        : null
    const context: BodyContext = {
      format,
      numbering,
      footnotes: new Map(numbering.footnotes.map((f) => [f.pos, f.number])),
      // A cross-reference reads as the number path of its clause ("5 (a)"), as `referenceText` writes it.
      reference: compilation
        ? (target) => compilation.reference(target)
        : (target) => numbering.byId.get(target)?.path.join(' ') ?? target,
      revisions,
      compilation,
      comments,
      standing: new StandingRuns(format, revisions, STANDING_WORDS[lang]),
    }
    children = bodyParagraphs(shown, context)
    footnotes = footnotesOf(numbering, context)
    title = titleOf(shown)
  }

  const document = new Document({
    creator: 'Penholder',
    title,
    styles: draftStyles(lang),
    numbering: { config: listDefinitions(lang) },
    footnotes,
    ...(comments ? { comments: comments.options() } : {}),
    sections: [section(children, fieldText(doc, 'symbol'), format)],
  })
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }])
}
