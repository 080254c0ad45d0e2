import type { Node } from 'prosemirror-model'
import { proposalOf } from '../amendments/proposal.ts'
import { forEachBlock } from '../blocks.ts'
import { isLang, isOrgan, type Lang, type Organ } from '../lang.ts'
import { type ClauseInfo, type Numbering, numberDocument } from '../numbering.ts'
import { matchOpening, type OpeningMatch } from '../opening.ts'
import type { LintFixMessage, LintMessage, LintPlace } from './messages.ts'
import { TextBlock } from './text.ts'
import type { LintFix, LintProblem, LintSeverity } from './types.ts'
import { englishLint, lintFixText, lintMessageText, lintPlaceText } from './wording.ts'

/** A preambular or operative paragraph with the text of everything it holds. */
export interface Paragraph {
  info: ClauseInfo
  kind: 'preambular' | 'operative'
  place: LintPlace
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

/** The place of a clause, as lint names it. */
const placeOf = (info: ClauseInfo): LintPlace => ({
  kind: info.paragraphKind,
  number: info.paragraph,
  labels: info.path.slice(1),
})

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

  // Walks a clause or a quotation; `owner` is the clause whose place the blocks carry.
  const collect = (node: Node, pos: number, owner: ClauseInfo, place: LintPlace, quoted: boolean) => {
    const isClause = node.type.name !== 'quotation'
    node.forEach((child, offset, index) => {
      const at = pos + 1 + offset
      const type = child.type.name
      if (type === 'para') {
        const intro = isClause && index === 0 && node.childCount > 1
        blocks.push(new TextBlock(child, at, 'clause', place, owner.id, quoted, intro))
      } else if (type === 'subparagraph') {
        const info = numbering.byPos.get(at)!
        collect(child, at, info, placeOf(info), quoted)
      } else if (type === 'quotation') collect(child, at, owner, place, true)
    })
  }

  forEachBlock(doc, (child, pos) => {
    const type = child.type.name
    if ((type === 'preambular' || type === 'operative') && !isProposedHere(child)) {
      const info = numbering.byPos.get(pos)!
      const place = placeOf(info)
      const first = blocks.length
      collect(child, pos, info, place, false)
      const own = blocks.slice(first)
      paragraphs.push({
        info,
        kind: type,
        place,
        blocks: own,
        last: false,
        opening: matchOpening(own[0]!.text, lang, type),
      })
    } else if (type === 'title') {
      title = new TextBlock(child, pos, 'title', { kind: 'title' }, null)
      blocks.push(title)
    } else if (type === 'formula') {
      blocks.push(new TextBlock(child, pos, 'formula', { kind: 'formula' }, null))
    } else if (type === 'header' || type === 'closing') {
      child.forEach((line, offset) => {
        blocks.push(new TextBlock(line, pos + 1 + offset, type, { kind: type }, null))
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

/** A problem at a place, with its English text written from its message. */
export function placeProblem(
  place: LintPlace,
  clauseId: string | null,
  rule: string,
  severity: LintSeverity,
  from: number,
  to: number,
  message: LintMessage,
  fix?: LintFix,
): LintProblem {
  const problem: LintProblem = {
    rule,
    severity,
    clause: lintPlaceText(place, englishLint),
    place,
    clauseId,
    message: lintMessageText(message, englishLint),
    from,
    to,
    ...message,
  }
  if (fix) problem.fix = fix
  return problem
}

/** A problem on the characters [a, b) of a block, named after the block's clause. */
export function blockProblem(
  block: TextBlock,
  rule: string,
  severity: LintSeverity,
  a: number,
  b: number,
  message: LintMessage,
  fix?: LintFix,
): LintProblem {
  const { from, to } = block.range(a, b)
  return placeProblem(block.place, block.clauseId, rule, severity, from, to, message, fix)
}

/** A fix that replaces the characters [a, b) of a block (an insertion where a = b), with its English label. */
export function blockFix(
  block: TextBlock,
  a: number,
  b: number,
  insert: string,
  label: LintFixMessage,
): LintFix {
  const { from, to } = block.range(a, b)
  return { label: lintFixText(label, englishLint), from, to, insert, ...label }
}

/** How a fix label shows inserted text: no-break spaces as plain spaces. */
export const shown = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ')
