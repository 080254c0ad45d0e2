import { type FileChild, type IParagraphOptions, Tab, TextRun, type XmlComponent } from 'docx'
import type { Node } from 'prosemirror-model'
import {
  type Compilation,
  forEachBlock,
  type Numbering,
  paragraphBrackets,
  proposalOf,
  type Remark,
} from '../../../schema/index.ts'
import type { ParagraphComments, Proposer } from './comments.ts'
import { DraftParagraph } from './draft-paragraph.ts'
import { headerBlock } from './header-block.ts'
import { OPERATIVE_LIST, SUBPARAGRAPH_LIST, subparagraphLevel, subparagraphListLevel } from './numbering.ts'
import { STEP, TITLE_INDENT } from './page.ts'
import { type InlineContext, inlineRuns, type ParagraphChange } from './runs.ts'
import { STYLE } from './styles.ts'
import { DeletedText } from './tracked.ts'

/** What writing a draft's body needs: its inline context, its numbers, and for a compilation its comments. */
export interface BodyContext extends InlineContext {
  /** The numbers of the document written (labels of sub-paragraphs written as text, the operative count). */
  numbering: Numbering
  compilation: Compilation | null
  comments: ParagraphComments | null
  /** Notes on clauses by their position, written as a comment on their first paragraph (a comparison's). */
  remarks?: ReadonlyMap<number, readonly Remark[]>
}

type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text'>

// The instance of the operative list; each parent of sub-paragraphs takes the next ones.
const OPERATIVE_INSTANCE = 1

/** A whole-paragraph change, its amendments, and what it adds to the changes of the paragraphs around it. */
interface Whole extends ParagraphChange {
  /** The amendments whose proposals on a whole clause this paragraph is part of. */
  amendments: readonly string[]
}

const NONE: Whole = { amendments: [] }

/**
 * The body of a draft as Word paragraphs, in order: the header block, the title ("71/194." hanging before it),
 * the authoring formula, preambular paragraphs (first line indented), operative paragraphs numbered by Word's
 * list numbering with a hanging indent (a lone one unnumbered), sub-paragraphs with their labels, quotations
 * indented, and the closing lines. In a compilation, each proposal on a whole clause makes the clause's
 * paragraphs, marks included, an inserted or a deleted paragraph (a move: deleted where it stands, inserted at its
 * new place), and each paragraph an amendment changes carries a comment naming who proposes it.
 */
export function bodyParagraphs(doc: Node, context: BodyContext): FileChild[] {
  const { format, numbering, revisions } = context
  const lang = format.lang
  const out: FileChild[] = []
  let instances = OPERATIVE_INSTANCE
  const numberOperatives = numbering.operativeCount > 1
  const { standing } = context
  // Square brackets of whole paragraphs, by the textblock they stand in.
  const brackets = paragraphBrackets(doc)
  const closing = (pos: number, whole: ParagraphChange) =>
    (brackets.get(pos)?.close ?? []).flatMap((by) => standing.close(by, whole))

  /** The change a clause's own proposal makes to all its paragraphs, added to the one it is part of. */
  const wholeOf = (clause: Node, outer: Whole): Whole => {
    const proposal = revisions ? proposalOf(clause) : null
    if (!revisions || !proposal || outer.amendments.includes(proposal.amendment)) return outer
    const revision = revisions.of([proposal])
    const inserts = proposal.kind === 'insert' || (proposal.kind === 'move' && proposal.from !== undefined)
    return {
      insert: outer.insert ?? (inserts ? revision : undefined),
      delete: outer.delete ?? (inserts ? undefined : revision),
      amendments: [...outer.amendments, proposal.amendment],
    }
  }

  /** A paragraph of the draft: its runs, with the whole-paragraph change on its mark and comments around it. */
  const paragraph = (
    options: ParagraphOptions,
    text: Node,
    pos: number,
    whole: Whole,
    prefix: XmlComponent[] = [],
    proposers: Proposer[] = [],
    remarks?: readonly Remark[],
    closeHere = true,
  ) => {
    const open = (brackets.get(pos)?.open ?? []).flatMap(() => standing.text('[', whole))
    const close = closeHere ? closing(pos, whole) : []
    let runs = [...prefix, ...open, ...inlineRuns(text, pos + 1, context, whole), ...close]
    if (context.comments) {
      const named = new Set(whole.amendments)
      const all = [...proposers]
      for (const p of proposers) named.add(p.change.amendment)
      text.forEach((child) => {
        for (const mark of child.marks) {
          if (mark.type.name !== 'insertion' && mark.type.name !== 'deletion') continue
          const amendment = mark.attrs.amendment as string
          if (named.has(amendment)) continue
          named.add(amendment)
          all.push({ change: { amendment, delegation: mark.attrs.delegation as string } })
        }
      })
      runs = context.comments.around(all, runs, remarks)
    }
    const mark = revisions && (whole.insert || whole.delete) ? markChange(whole) : null
    out.push(new DraftParagraph({ ...format.paragraph(), ...options, ...(mark ? { run: mark } : {}) }, runs))
  }

  const markChange = (whole: Whole) => ({
    ...(whole.insert ? { insertion: revisions!.mark(whole.insert) } : {}),
    ...(whole.delete ? { deletion: revisions!.mark(whole.delete) } : {}),
  })

  /** A label written as text before a paragraph's words, tracked with the paragraph. */
  const labelRuns = (label: string, whole: Whole): XmlComponent[] => {
    const run = (text: string) =>
      whole.delete
        ? new TextRun({ ...format.run(text), children: [new DeletedText(text)] })
        : new TextRun({ ...format.run(text), text })
    let runs: XmlComponent[] = [run(label), new TextRun({ children: [new Tab()] })]
    if (revisions && whole.delete) runs = [revisions.wrap('w:del', whole.delete, runs)]
    if (revisions && whole.insert) runs = [revisions.wrap('w:ins', whole.insert, runs)]
    return runs
  }

  /**
   * A clause whose label stands at `column` (its text one step further): its first paragraph labelled as its
   * kind is, then its sub-paragraphs (labels under its text) and quotations (one step further in).
   */
  const clause = (node: Node, pos: number, column: number, outer: Whole, instance: number) => {
    const whole = wholeOf(node, outer)
    const kind = node.type.name
    const info = numbering.byPos.get(pos)
    const note = context.compilation?.notes.get(pos)
    const proposal = context.comments ? proposalOf(node) : null
    const proposers: Proposer[] =
      proposal && whole !== outer ? [{ change: proposal, ...(note ? { note } : {}) }] : []
    const remarks = context.remarks?.get(pos)
    let subs = 0
    // The status a compilation gives the clause and "[Alt 1]" before its words; its other wordings after them.
    const head = standing.head(node, context.compilation?.status(pos)?.text, whole)
    const others = standing.alternatives(node, whole)
    const style =
      kind === 'preambular' ? STYLE.preambular : kind === 'operative' ? STYLE.operative : STYLE.subparagraph
    node.forEach((child, offset) => {
      const at = pos + 1 + offset
      if (child.type.name === 'para') {
        const closeHere = others.length === 0
        if (kind === 'preambular' || (kind === 'operative' && !numberOperatives)) {
          const indent = { left: column, firstLine: STEP }
          paragraph({ style, indent }, child, at, whole, head, proposers, remarks, closeHere)
        } else if (kind === 'operative') {
          const options: ParagraphOptions = {
            style: STYLE.operative,
            indent: { left: column + STEP, hanging: STEP },
            numbering: { reference: OPERATIVE_LIST, level: 0, instance: OPERATIVE_INSTANCE },
          }
          paragraph(options, child, at, whole, head, proposers, remarks, closeHere)
        } else {
          const depth = info?.depth ?? 1
          const indent = { left: column + STEP, hanging: STEP }
          if (subparagraphLevel(lang, depth)) {
            const list = { reference: SUBPARAGRAPH_LIST, level: subparagraphListLevel(depth), instance }
            const options = { style: STYLE.subparagraph, indent, numbering: list }
            paragraph(options, child, at, whole, head, proposers, remarks, closeHere)
          } else {
            // Word's sequence for this level is not the editor's (see numbering.ts): the label is text.
            const prefix = [...labelRuns(info?.label ?? '', whole), ...head]
            const options = { style: STYLE.subparagraph, indent }
            paragraph(options, child, at, whole, prefix, proposers, remarks, closeHere)
          }
        }
        // Each other wording under the first, at its text's margin; the last takes the line's closing brackets.
        others.forEach((runs, i) => {
          const tail = i === others.length - 1 ? closing(at, whole) : []
          const mark = revisions && (whole.insert || whole.delete) ? markChange(whole) : null
          const options = { ...format.paragraph(), style, indent: { left: column + STEP } }
          out.push(new DraftParagraph({ ...options, ...(mark ? { run: mark } : {}) }, [...runs, ...tail]))
        })
      } else if (child.type.name === 'subparagraph') {
        if (subs === 0) subs = ++instances
        clause(child, at, column + STEP, whole, subs)
      } else quotation(child, at, column + 2 * STEP, whole)
    })
  }

  // Quoted text keeps its own sub-paragraph sequence, starting again at (a), as numbering.ts counts it.
  const quotation = (node: Node, pos: number, column: number, outer: Whole) => {
    let subs = 0
    node.forEach((child, offset) => {
      const at = pos + 1 + offset
      if (child.type.name === 'para')
        paragraph({ style: STYLE.quotation, indent: { left: column } }, child, at, outer)
      else {
        if (subs === 0) subs = ++instances
        clause(child, at, column, outer, subs)
      }
    })
  }

  forEachBlock(doc, (node, pos) => {
    switch (node.type.name) {
      case 'header':
        out.push(...headerBlock(node, pos, context))
        break
      case 'title': {
        const number = node.attrs.number as string | null
        if (!number && node.childCount === 0) break
        // "71/194." hangs before the title; a Security Council text may have its number alone.
        const prefix: XmlComponent[] = number
          ? [new TextRun({ ...format.run(number), text: `${number}.` })]
          : []
        if (number && node.childCount > 0) prefix.push(new TextRun({ children: [new Tab()] }))
        const indent = number ? { left: TITLE_INDENT, hanging: TITLE_INDENT } : { left: TITLE_INDENT }
        paragraph({ style: STYLE.title, indent }, node, pos, NONE, prefix)
        break
      }
      case 'formula':
        if (node.childCount > 0) paragraph({ style: STYLE.formula }, node, pos, NONE)
        break
      case 'preambular':
      case 'operative':
        clause(node, pos, 0, NONE, OPERATIVE_INSTANCE)
        break
      case 'closing':
        node.forEach((line, offset) => {
          paragraph({ style: STYLE.closing }, line, pos + 1 + offset, NONE)
        })
        break
    }
  })
  return out
}
