import type { Node } from 'prosemirror-model'
import {
  alternativesOf,
  type ParagraphBrackets,
  proposalOf,
  type StandingWords,
} from '../../../schema/index.ts'
import { ABBREVIATIONS, eIdOf } from './eids.ts'
import { escapeXml } from './escape.ts'
import type { References } from './references.ts'
import { INLINE_NAMES, PH, QUOTATION, QUOTED_TEXT } from './vocabulary.ts'
import { type InlineContext, type Out, writeInline } from './write-inline.ts'

/** What writing the clauses of a draft shares: the output, the inline context, labels and notes by position. */
export interface ClauseContext {
  out: Out
  inline: InlineContext
  references: References
  /** The printed number or label of the clause at a position ("5.", "(a)", "OP5 bis"); empty for none. */
  labelAt(pos: number): string
  /** A compilation's note on the proposal of the clause at a position. */
  noteAt(pos: number): string | undefined
  /** A compilation's status of the clause at a position (the value and its words); none in a clean text. */
  statusAt(pos: number): { status: string; text: string } | undefined
  /** Square brackets of whole paragraphs, by the position of the textblock they stand in. */
  brackets: Map<number, ParagraphBrackets>
  /** The words of labels ("Alt 1") in the draft's language. */
  standing: StandingWords
}

type Item = { node: Node; pos: number }

/** The children of a node from index `from`, in runs: consecutive sub-paragraphs or paragraphs; each quotation alone. */
function runsOf(node: Node, pos: number, from: number): { kind: string; items: Item[] }[] {
  const found: { kind: string; items: Item[] }[] = []
  node.forEach((child, offset, index) => {
    if (index < from) return
    const kind = child.type.name
    const last = found[found.length - 1]
    const item = { node: child, pos: pos + 1 + offset }
    if (last && last.kind === kind && kind !== 'quotation') last.items.push(item)
    else found.push({ kind, items: [item] })
  })
  return found
}

/** The attributes of a clause's element: its eId, and a proposal on the whole clause in Penholder's namespace. */
function clauseAttrs(c: ClauseContext, node: Node, pos: number, eId: string): string {
  if (node.attrs.id) c.inline.clauseEIds.set(node.attrs.id, eId)
  let attrs = ` eId="${escapeXml(eId)}"`
  // Where it stands, in Penholder's namespace: its square brackets, and in a compilation its status.
  if (node.attrs.bracketed) attrs += ` ${PH}:bracketed="${escapeXml(node.attrs.bracketed)}"`
  const status = c.statusAt(pos)
  if (status) attrs += ` ${PH}:status="${escapeXml(status.status)}"`
  const proposal = proposalOf(node)
  if (!proposal) return attrs
  const by = c.references.delegation(proposal.delegation)
  attrs += ` refersTo="#${escapeXml(by)}" ${PH}:proposal="${proposal.kind}"`
  attrs += ` ${PH}:amendment="${escapeXml(proposal.amendment)}"`
  if (proposal.from !== undefined) attrs += ` ${PH}:from="${escapeXml(proposal.from)}"`
  const note = c.noteAt(pos)
  return note ? `${attrs} title="${escapeXml(note)}"` : attrs
}

function num(c: ClauseContext, pos: number): void {
  const label = c.labelAt(pos)
  if (label) c.out.push(`<num>${escapeXml(label)}</num>`)
}

const shown = (name: string, text: string) => `<inline name="${name}">${escapeXml(text)}</inline>`

/**
 * A textblock as a `p`, with the square brackets of paragraphs that open or close in it. `head` stands before
 * its words (a status, "[Alt 1]"), `eId` identifies it (a first line that alternatives name), `close` false
 * leaves the closing brackets to the alternatives after it.
 */
function paragraph(
  c: ClauseContext,
  para: Node,
  pos: number,
  owner: string,
  options: { head?: string; eId?: string; close?: boolean } = {},
): void {
  const ends = c.brackets.get(pos)
  c.out.push(options.eId ? `<p eId="${escapeXml(options.eId)}">` : '<p>', options.head ?? '')
  for (const _ of ends?.open ?? []) c.out.push(shown(INLINE_NAMES.paragraphBracket, '['))
  writeInline(para, pos + 1, owner, c.inline, c.out)
  if (options.close !== false) closeBrackets(c, ends)
  c.out.push('</p>')
}

function closeBrackets(c: ClauseContext, ends: ParagraphBrackets | undefined): void {
  for (const by of ends?.close ?? []) {
    const who = c.references.delegation(by)
    c.out.push(`<inline name="${INLINE_NAMES.paragraphBracket}" refersTo="#${escapeXml(who)}">]</inline>`)
  }
}

/**
 * A clause's first line with what stands before it (a compilation's status, "[Alt 1]"), then its other
 * wordings as paragraphs that are `alternativeTo` it, each `refersTo` the delegation that asked for it.
 */
function firstLine(c: ClauseContext, node: Node, pos: number, eId: string): void {
  const status = c.statusAt(pos)
  const alternatives = alternativesOf(node)
  let head = status ? shown(INLINE_NAMES.status, `[${status.text}] `) : ''
  if (alternatives.length > 0) head += shown(INLINE_NAMES.alternativeLabel, `[${c.standing.alternative(1)}] `)
  if (alternatives.length === 0) {
    paragraph(c, node.firstChild!, pos + 1, eId, { head })
    return
  }
  const first = `${eId}__p_1`
  paragraph(c, node.firstChild!, pos + 1, eId, { head, eId: first, close: false })
  alternatives.forEach((a, i) => {
    const by = a.by ? ` refersTo="#${escapeXml(c.references.delegation(a.by))}"` : ''
    const alt = `${escapeXml(eId)}__p_${a.n}`
    c.out.push(`<p eId="${alt}" alternativeTo="${escapeXml(first)}"${by}>`)
    c.out.push(shown(INLINE_NAMES.alternativeLabel, `[${c.standing.alternative(a.n)}] `))
    c.out.push(escapeXml(a.text.replace(/\s+/g, ' ').trim()))
    if (i === alternatives.length - 1) closeBrackets(c, c.brackets.get(pos + 1))
    c.out.push('</p>')
  })
}

/**
 * An operative paragraph (`paragraph`) or a sub-paragraph of one (`point`): a hierarchy element with its `num`,
 * then its words as `content`, or, when sub-paragraphs or quotations follow, its words as `intro` and the rest as
 * lists of points and `hcontainer name="quotation"`.
 */
export function writeHierClause(
  c: ClauseContext,
  element: string,
  node: Node,
  pos: number,
  eId: string,
): void {
  c.out.push(`<${element}${clauseAttrs(c, node, pos, eId)}>`)
  num(c, pos)
  const wrapper = node.childCount === 1 ? 'content' : 'intro'
  c.out.push(`<${wrapper}>`)
  firstLine(c, node, pos, eId)
  c.out.push(`</${wrapper}>\n`)
  if (node.childCount > 1) hierChildren(c, node, pos, eId, 1)
  c.out.push(`</${element}>\n`)
}

function hierChildren(c: ClauseContext, node: Node, pos: number, eId: string, from: number): void {
  let lists = 0
  let containers = 0
  for (const run of runsOf(node, pos, from)) {
    if (run.kind === 'subparagraph') {
      const list = eIdOf(eId, ABBREVIATIONS.list, ++lists)
      c.out.push(`<list eId="${escapeXml(list)}">\n`)
      run.items.forEach((item, i) => {
        const point = eIdOf(list, ABBREVIATIONS.subparagraph, item.node.attrs.id ?? i + 1)
        writeHierClause(c, 'point', item.node, item.pos, point)
      })
      c.out.push('</list>\n')
      continue
    }
    const container = escapeXml(eIdOf(eId, ABBREVIATIONS.quotation, ++containers))
    if (run.kind === 'quotation') {
      const quote = run.items[0]!
      c.out.push(`<hcontainer name="${QUOTATION}" eId="${container}">`)
      let plain = true
      quote.node.forEach((child) => {
        if (child.type.name !== 'para') plain = false
      })
      if (plain) quotedParagraphs(c, quote.node.content, quote.pos, container)
      else {
        c.out.push('\n')
        hierChildren(c, quote.node, quote.pos, container, 0)
      }
      c.out.push('</hcontainer>\n')
    } else {
      // Paragraphs of a quotation among its sub-paragraphs.
      c.out.push(`<hcontainer name="${QUOTED_TEXT}" eId="${container}">`)
      c.out.push('<content>')
      for (const item of run.items) paragraph(c, item.node, item.pos, container)
      c.out.push('</content></hcontainer>\n')
    }
  }
}

function quotedParagraphs(c: ClauseContext, paras: Node['content'], pos: number, owner: string): void {
  c.out.push('<content>')
  paras.forEach((para, offset) => {
    paragraph(c, para, pos + 1 + offset, owner)
  })
  c.out.push('</content>')
}

/**
 * A preambular paragraph (`recital`) or a sub-paragraph inside one (`item`): the preamble holds blocks, not a
 * hierarchy, so its sub-paragraphs are items of a `blockList` (with their `num`) and its quotations
 * `blockContainer class="quotation"`.
 */
export function writeBlockClause(
  c: ClauseContext,
  element: string,
  node: Node,
  pos: number,
  eId: string,
): void {
  c.out.push(`<${element}${clauseAttrs(c, node, pos, eId)}>`)
  num(c, pos)
  firstLine(c, node, pos, eId)
  blockChildren(c, node, pos, eId, 1)
  c.out.push(`</${element}>\n`)
}

function blockChildren(c: ClauseContext, node: Node, pos: number, eId: string, from: number): void {
  let lists = 0
  let containers = 0
  for (const run of runsOf(node, pos, from)) {
    if (run.kind === 'subparagraph') {
      const list = eIdOf(eId, ABBREVIATIONS.list, ++lists)
      c.out.push(`\n<blockList eId="${escapeXml(list)}">\n`)
      run.items.forEach((item, i) => {
        const id = eIdOf(list, ABBREVIATIONS.preambularSub, item.node.attrs.id ?? i + 1)
        writeBlockClause(c, 'item', item.node, item.pos, id)
      })
      c.out.push('</blockList>\n')
    } else if (run.kind === 'quotation') {
      const quote = run.items[0]!
      const container = eIdOf(eId, ABBREVIATIONS.blockQuotation, ++containers)
      c.out.push(`\n<blockContainer class="${QUOTATION}" eId="${escapeXml(container)}">`)
      blockChildren(c, quote.node, quote.pos, container, 0)
      c.out.push('</blockContainer>\n')
    } else {
      for (const item of run.items) paragraph(c, item.node, item.pos, eId)
    }
  }
}
