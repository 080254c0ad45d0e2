import type { Node } from 'prosemirror-model'
import { proposalOf } from '../amendments/proposal.ts'
import { isLang, isOrgan, type Lang, type Organ } from '../lang.ts'
import { type ClauseInfo, clauseName, type Numbering, numberDocument } from '../numbering.ts'
import { matchOpening, type OpeningMatch } from '../opening.ts'
import { TextBlock } from './text.ts'
import type { LintFix, LintProblem, LintSeverity } from './types.ts'

/** A preambular or operative paragraph with the text of everything it holds. */
export interface Paragraph {
  info: ClauseInfo
  kind: 'preambular' | 'operative'
  name: string
  /** Its textblocks in document order: its first para, then those of its sub-paragraphs and quotations. */
  blocks: TextBlock[]
  /** Whether it is the last operative paragraph, which ends with a full stop. */
  last: boolean
  /** The opening phrase of its kind it starts with, from the lexicon of the document's language. */
  opening: OpeningMatch | null
}

/** What every rule reads: the document read once, in order. */
export interface LintContext {
  doc: Node
  lang: Lang
  organ: Organ
  numbering: Numbering
  paragraphs: Paragraph[]
  /** Every textblock of the document in order: header fields, title, formula, clause paras, closing lines. */
  blocks: TextBlock[]
  title: TextBlock | null
  /** Footnote numbers by the footnote's position. */
  footnoteNumbers: Map<number, number>
}

/** A rule: reads the context and appends the problems it finds. */
export type LintRule = (ctx: LintContext, out: LintProblem[]) => void

/**
 * Whether a clause is not in the agreed text: a new paragraph a delegation proposes, or the copy of a
 * paragraph at the place a delegation proposes to move it to (the paragraph itself stays where it is).
 */
function isProposedHere(clause: Node): boolean {
  const proposal = proposalOf(clause)
  return proposal !== null && (proposal.kind === 'insert' || proposal.from !== undefined)
}

/**
 * Reads a document once into the blocks and paragraphs the rules scan: the agreed text, so without the
 * paragraphs proposed for insertion (and the words, see TextBlock), which are linted once accepted.
 */
export function lintContext(doc: Node): LintContext {
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  const organ: Organ = isOrgan(doc.attrs.organ) ? doc.attrs.organ : 'ga'
  const numbering = numberDocument(doc)
  const blocks: TextBlock[] = []
  const paragraphs: Paragraph[] = []
  let title: TextBlock | null = null

  // Walks a clause or a quotation; `owner` is the clause whose name the blocks carry.
  const collect = (node: Node, pos: number, owner: ClauseInfo, name: string, quoted: boolean) => {
    const isClause = node.type.name !== 'quotation'
    node.forEach((child, offset, index) => {
      const at = pos + 1 + offset
      const type = child.type.name
      if (type === 'para') {
        const intro = isClause && index === 0 && node.childCount > 1
        blocks.push(new TextBlock(child, at, 'clause', name, owner.id, quoted, intro))
      } else if (type === 'subparagraph') {
        const info = numbering.byPos.get(at)!
        collect(child, at, info, clauseName(info), quoted)
      } else if (type === 'quotation') collect(child, at, owner, name, true)
    })
  }

  doc.forEach((child, pos) => {
    const type = child.type.name
    if ((type === 'preambular' || type === 'operative') && !isProposedHere(child)) {
      const info = numbering.byPos.get(pos)!
      const name = clauseName(info)
      const first = blocks.length
      collect(child, pos, info, name, false)
      const own = blocks.slice(first)
      paragraphs.push({
        info,
        kind: type,
        name,
        blocks: own,
        last: false,
        opening: matchOpening(own[0]!.text, lang, type),
      })
    } else if (type === 'title') {
      title = new TextBlock(child, pos, 'title', 'title', null)
      blocks.push(title)
    } else if (type === 'formula') blocks.push(new TextBlock(child, pos, 'formula', 'formula', null))
    else if (type === 'header' || type === 'closing') {
      child.forEach((line, offset) => {
        blocks.push(new TextBlock(line, pos + 1 + offset, type, type, null))
      })
    }
  })
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (paragraphs[i]!.kind === 'operative') {
      paragraphs[i]!.last = true
      break
    }
  }
  const footnoteNumbers = new Map<number, number>()
  for (const f of numbering.footnotes) footnoteNumbers.set(f.pos, f.number)
  return { doc, lang, organ, numbering, paragraphs, blocks, title, footnoteNumbers }
}

/** A problem on the characters [a, b) of a block, named after the block's clause. */
export function blockProblem(
  block: TextBlock,
  rule: string,
  severity: LintSeverity,
  a: number,
  b: number,
  message: string,
  fix?: LintFix,
): LintProblem {
  const { from, to } = block.range(a, b)
  const problem: LintProblem = {
    rule,
    severity,
    clause: block.name,
    clauseId: block.clauseId,
    message,
    from,
    to,
  }
  if (fix) problem.fix = fix
  return problem
}

/** A fix that replaces the characters [a, b) of a block (an insertion where a = b). */
export function blockFix(block: TextBlock, a: number, b: number, insert: string, label: string): LintFix {
  const { from, to } = block.range(a, b)
  return { label, from, to, insert }
}

/** How a fix label shows inserted text: no-break spaces as plain spaces. */
export const shown = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ')
