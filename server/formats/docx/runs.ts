import { FootnoteReferenceRun, TextRun, type XmlComponent } from 'docx'
import type { Mark, Node } from 'prosemirror-model'
import type { RunFormat } from './run-format.ts'
import type { StandingRuns } from './standing.ts'
import { type Change, DeletedText, type Revision, type Revisions } from './tracked.ts'

/** A tracked change on a whole paragraph: inserted, deleted, or both (inserted by one, deleted by another). */
export interface ParagraphChange {
  insert?: Revision
  delete?: Revision
}

/** What writing a textblock's inline content needs from the document being written. */
export interface InlineContext {
  format: RunFormat
  /** Footnote numbers by the position of their node, as `numberDocument` counts them. */
  footnotes: ReadonlyMap<number, number>
  /** The printed form of a cross-reference to a clause id. */
  reference(target: string): string
  /** The tracked changes of a compilation text; null where proposals are not shown. */
  revisions: Revisions | null
  /** The square brackets and labels written around words for where paragraphs stand. */
  standing: StandingRuns
}

/** The insertion and deletion marks on an inline node, each as the amendment and delegation it names. */
function changesOn(node: Node): { inserted: Change[]; deleted: Change[] } {
  const inserted: Change[] = []
  const deleted: Change[] = []
  for (const mark of node.marks) {
    const kind = mark.type.name
    if (kind !== 'insertion' && kind !== 'deletion') continue
    const change = { amendment: mark.attrs.amendment as string, delegation: mark.attrs.delegation as string }
    ;(kind === 'insertion' ? inserted : deleted).push(change)
  }
  return { inserted, deleted }
}

/**
 * The runs of a textblock whose content starts at document position `start`: text with italics (opening phrase,
 * emphasis) and superscript, footnote references, cross-references as the numbers they point to, line breaks.
 * In a compilation, words carrying proposals are tracked changes (`w:ins`, `w:del`, and words inserted by one
 * delegation and deleted by another as `w:del` inside `w:ins`, as Word writes them), and every run of a paragraph
 * proposed whole carries that paragraph's change. Words in square brackets are written between "[" and "]"
 * (in a compilation, the delegation that asked for them after it).
 */
export function inlineRuns(
  block: Node,
  start: number,
  context: InlineContext,
  whole: ParagraphChange = {},
): XmlComponent[] {
  const { revisions, standing } = context
  const out: XmlComponent[] = []
  // The pair of square brackets the words written last stand in: "[" before its first word, "]" after its last.
  let bracket: Mark | null = null
  block.forEach((child, offset) => {
    const mark = child.marks.find((m) => m.type.name === 'bracket') ?? null
    if (bracket && !mark?.eq(bracket)) out.push(...standing.close(bracket.attrs.by, whole))
    if (mark && !bracket?.eq(mark)) out.push(...standing.text('[', whole))
    bracket = mark
    let insert = whole.insert
    let remove = whole.delete
    if (revisions && child.marks.length > 0) {
      const { inserted, deleted } = changesOn(child)
      if (!insert && inserted.length > 0) insert = revisions.of(inserted)
      if (!remove && deleted.length > 0) remove = revisions.of(deleted)
    }
    const run = runOf(child, start + offset, context, remove !== undefined)
    if (!run) return
    let element: XmlComponent = run
    if (revisions && remove) element = revisions.wrap('w:del', remove, [element])
    if (revisions && insert) element = revisions.wrap('w:ins', insert, [element])
    out.push(element)
  })
  if (bracket) out.push(...standing.close((bracket as Mark).attrs.by, whole))
  return out
}

/** One inline node as a run; deleted text is written as `w:delText`. Null for a node that writes nothing. */
function runOf(node: Node, pos: number, context: InlineContext, deleted: boolean): XmlComponent | null {
  const { format } = context
  switch (node.type.name) {
    case 'text': {
      const text = node.text ?? ''
      let italics = false
      let superScript = false
      for (const mark of node.marks) {
        if (mark.type.name === 'opening' || mark.type.name === 'em') italics = true
        else if (mark.type.name === 'sup') superScript = true
      }
      const options = format.run(text, { italics, superScript })
      return new TextRun(deleted ? { ...options, children: [new DeletedText(text)] } : { ...options, text })
    }
    case 'footnote': {
      const number = context.footnotes.get(pos)
      return number === undefined ? null : new FootnoteReferenceRun(number)
    }
    case 'xref': {
      const text = context.reference(node.attrs.target as string)
      const options = format.run(text)
      return new TextRun(deleted ? { ...options, children: [new DeletedText(text)] } : { ...options, text })
    }
    case 'hard_break':
      return new TextRun({ ...format.run(''), break: 1 })
    default:
      return null
  }
}
