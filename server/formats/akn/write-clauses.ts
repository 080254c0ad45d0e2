import type { Node } from 'prosemirror-model'
import { proposalOf } from '../../../schema/index.ts'
import { ABBREVIATIONS, eIdOf } from './eids.ts'
import { escapeXml } from './escape.ts'
import type { References } from './references.ts'
import { PH, QUOTATION, QUOTED_TEXT } from './vocabulary.ts'
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

function paragraph(c: ClauseContext, para: Node, pos: number, owner: string): void {
  c.out.push('<p>')
  writeInline(para, pos + 1, owner, c.inline, c.out)
  c.out.push('</p>')
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
  paragraph(c, node.firstChild!, pos + 1, eId)
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
  paragraph(c, node.firstChild!, pos + 1, eId)
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
