import type { Node } from 'prosemirror-model'
import {
  type Alternative,
  alternativesAttr,
  type ClauseType,
  MAX_ALTERNATIVES,
  MAX_NAME_LENGTH,
  PROPOSAL_KINDS,
  type ProposalKind,
  proposalAttr,
  schema,
} from '../../../schema/index.ts'
import { childElements, textContent, type XmlElement } from '../xml/parse.ts'
import { ABBREVIATIONS, stableIdIn } from './eids.ts'
import { type AknReadContext, phAttr, referredName, warn } from './read-context.ts'
import { readInline } from './read-inline.ts'
import { AKN_NS, QUOTATION, QUOTED_TEXT } from './vocabulary.ts'

const { nodes: N } = schema

// Hierarchical elements another tool may number operative paragraphs and sub-paragraphs with.
const HIER_CLAUSES = new Set(['paragraph', 'point', 'subparagraph', 'article', 'alinea', 'indent', 'clause'])
// Hierarchical groupings that Penholder's drafts do not have: their paragraphs are read, the grouping dropped.
const GROUPS = new Set([
  'hcontainer',
  'section',
  'part',
  'chapter',
  'division',
  'level',
  'title',
  'container',
  'tblock',
])

/** What a clause is being read into: its first paragraph's words, then sub-paragraphs and quotations. */
class ClauseParts {
  words: Node[] | null = null
  readonly rest: Node[] = []
  // Other wordings of the first line: paragraphs Penholder wrote `alternativeTo` it.
  private readonly alternatives: Alternative[] = []
  constructor(private readonly rc: AknReadContext) {}

  /** Words of a paragraph: the clause's own, or, after them, joined to them by a line break. */
  text(block: XmlElement): void {
    if (block.attrs.alternativeTo && this.rc.penholder && this.words !== null) {
      this.alternative(block)
      return
    }
    const words = readInline(block, this.rc)
    if (this.words === null) this.words = words
    else if (this.rest.length === 0) {
      if (!this.rc.penholder)
        warn(this.rc, block, 'a second paragraph in one clause: joined to the first by a line break')
      this.words.push(N.hard_break.create(), ...words)
    } else
      warn(
        this.rc,
        block,
        `words after the sub-paragraphs of a clause have no place in a draft: "${textContent(block).trim().slice(0, 60)}" skipped`,
      )
  }

  /** An alternative wording: its words as plain text, who asked for it from `refersTo`. */
  private alternative(block: XmlElement): void {
    const text = readInline(block, this.rc)
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
    const by = referredName(this.rc, block.attrs.refersTo)
    if (!text || this.alternatives.length >= MAX_ALTERNATIVES) {
      warn(this.rc, block, 'an alternative wording without words, or one too many, is not read')
      return
    }
    this.alternatives.push(by ? { text, by } : { text })
  }

  node(type: ClauseType, element: XmlElement): Node {
    const eId = element.attrs.eId
    // A sub-paragraph is a `point` in the main body and an `item` in the preamble.
    const id =
      stableIdIn(eId, ABBREVIATION[type]) ??
      (type === 'subparagraph' ? stableIdIn(eId, ABBREVIATIONS.preambularSub) : null)
    const bracketed = phAttr(element, 'bracketed')?.trim() || null
    const attrs = {
      id,
      proposal: proposalOf(element, this.rc),
      bracketed: bracketed && bracketed.length <= MAX_NAME_LENGTH ? bracketed : null,
      alternatives: alternativesAttr(this.alternatives),
    }
    let words = this.words ?? []
    if (!this.rc.penholder && type !== 'subparagraph') words = openingPhrase(words)
    return N[type]!.create(attrs, [N.para.create(null, words), ...this.rest])
  }
}

/**
 * Another tool's paragraph with the opening phrase marked as UN texts print it, in italics at its start
 * ("*Recalling* its resolution …"): those italic words become the opening phrase.
 */
function openingPhrase(words: Node[]): Node[] {
  const out = [...words]
  for (let i = 0; i < out.length; i++) {
    const node = out[i]!
    if (!node.isText || !schema.marks.em.isInSet(node.marks)) break
    out[i] = node.mark(schema.marks.opening.create().addToSet(schema.marks.em.removeFromSet(node.marks)))
  }
  return out
}

// The abbreviation whose eId carries the stable id, by clause type.
const ABBREVIATION: Record<ClauseType, string> = {
  preambular: ABBREVIATIONS.preambular,
  operative: ABBREVIATIONS.operative,
  subparagraph: ABBREVIATIONS.subparagraph,
}

/** The proposal on a whole clause that Penholder wrote in its namespace, or null. */
function proposalOf(element: XmlElement, rc: AknReadContext): string | null {
  const kind = phAttr(element, 'proposal')
  if (!kind) return null
  const amendment = phAttr(element, 'amendment') ?? ''
  const delegation = referredName(rc, element.attrs.refersTo) ?? ''
  const from = phAttr(element, 'from')
  try {
    if (!(PROPOSAL_KINDS as readonly string[]).includes(kind)) throw new RangeError(`unknown kind '${kind}'`)
    return proposalAttr({ amendment, delegation, kind: kind as ProposalKind, ...(from ? { from } : {}) })
  } catch (e) {
    warn(
      rc,
      element,
      `a proposal on the paragraph could not be read (${(e as Error).message}): the paragraph is kept without it`,
    )
    return null
  }
}

/**
 * A preambular paragraph, or a sub-paragraph inside one, from a block container: a `recital` (Penholder's),
 * an AKN4UN `container`, a `citation`, an `item` of a `blockList`, or a lone `p`. Its first paragraph is the
 * clause's words; `blockList` items are sub-paragraphs, a `blockContainer` a quotation.
 */
export function readBlockClause(type: ClauseType, element: XmlElement, rc: AknReadContext): Node {
  const parts = new ClauseParts(rc)
  if (element.local === 'p') parts.text(element)
  else blockChildren(element, rc, parts)
  return parts.node(type, element)
}

function blockChildren(element: XmlElement, rc: AknReadContext, parts: ClauseParts): void {
  for (const child of childElements(element)) {
    switch (child.uri === AKN_NS ? child.local : '') {
      case 'num':
      case 'heading':
        break
      case 'blockList':
        for (const item of childElements(child, AKN_NS)) {
          if (item.local === 'item') parts.rest.push(readBlockClause('subparagraph', item, rc))
          else if (item.local === 'listIntroduction') parts.text(item)
          else parts.text(item)
        }
        break
      case 'blockContainer': {
        const quote = readBlockQuotation(child, rc)
        if (quote) parts.rest.push(quote)
        break
      }
      case '':
        warn(rc, child, `<${child.local}> of another namespace is not read`)
        break
      default:
        parts.text(child)
    }
  }
}

function readBlockQuotation(element: XmlElement, rc: AknReadContext): Node | null {
  const content: Node[] = []
  for (const child of childElements(element, AKN_NS)) {
    if (child.local === 'blockList') {
      for (const item of childElements(child, AKN_NS, 'item'))
        content.push(readBlockClause('subparagraph', item, rc))
    } else if (child.local !== 'num') content.push(N.para.create(null, readInline(child, rc)))
  }
  return content.length ? N.quotation.create(null, content) : null
}

/**
 * An operative paragraph, or a sub-paragraph, from a hierarchy element (`paragraph`, `point`, or another tool's
 * `article` …): its words from `content` or `intro` (or the `intro` of its first `list`), its `list`s' points as
 * sub-paragraphs, an `hcontainer name="quotation"` as a quotation.
 */
export function readHierClause(type: ClauseType, element: XmlElement, rc: AknReadContext): Node {
  const parts = new ClauseParts(rc)
  hierChildren(element, rc, parts)
  return parts.node(type, element)
}

function hierChildren(element: XmlElement, rc: AknReadContext, parts: ClauseParts): void {
  for (const child of childElements(element)) {
    const local = child.uri === AKN_NS ? child.local : ''
    if (local === 'num' || local === 'heading' || local === 'subheading') continue
    if (local === 'content' || local === 'intro') {
      for (const block of childElements(child, AKN_NS)) parts.text(block)
    } else if (local === 'list') hierChildren(child, rc, parts)
    else if (local === 'hcontainer' && child.attrs.name === QUOTATION)
      parts.rest.push(readHierQuotation(child, rc))
    else if (HIER_CLAUSES.has(local)) parts.rest.push(readHierClause('subparagraph', child, rc))
    else if (local === 'wrapUp') {
      warn(
        rc,
        child,
        `a closing sentence after sub-paragraphs (wrapUp) has no place in a draft: "${textContent(child).trim().slice(0, 60)}" skipped`,
      )
    } else warn(rc, child, `<${child.local}> inside a paragraph is not read`)
  }
}

function readHierQuotation(element: XmlElement, rc: AknReadContext): Node {
  const content: Node[] = []
  const read = (container: XmlElement) => {
    for (const child of childElements(container, AKN_NS)) {
      if (child.local === 'content' || child.local === 'intro' || child.local === 'wrapUp') {
        for (const block of childElements(child, AKN_NS))
          content.push(N.para.create(null, readInline(block, rc)))
      } else if (child.local === 'hcontainer' && child.attrs.name === QUOTED_TEXT) read(child)
      else if (child.local === 'list') read(child)
      else if (HIER_CLAUSES.has(child.local)) content.push(readHierClause('subparagraph', child, rc))
    }
  }
  read(element)
  return N.quotation.create(null, content.length ? content : [N.para.create()])
}

/**
 * The operative paragraphs of a `mainBody` (or an act's `body`): its hierarchy elements, the paragraphs inside
 * groupings (sections, parts, another tool's containers; the grouping's heading is dropped with a warning), and
 * loose `p`s with words.
 */
export function readMainBody(body: XmlElement, rc: AknReadContext, out: Node[]): void {
  for (const child of childElements(body)) {
    const local = child.uri === AKN_NS ? child.local : ''
    if (HIER_CLAUSES.has(local)) out.push(readHierClause('operative', child, rc))
    else if (local === 'p' || local === 'blockContainer') {
      if (textContent(child).trim()) out.push(readBlockClause('operative', child, rc))
    } else if (GROUPS.has(local) && !(local === 'hcontainer' && child.attrs.name === QUOTATION)) {
      const inner = childElements(child, AKN_NS)
      if (inner.some((e) => e.local === 'content') && !inner.some((e) => HIER_CLAUSES.has(e.local))) {
        out.push(readHierClause('operative', child, rc))
        continue
      }
      for (const e of inner) {
        if (e.local === 'heading' || e.local === 'intro' || e.local === 'num') {
          const words = textContent(e).trim()
          if (words)
            warn(
              rc,
              e,
              `the ${e.local} of a <${local}> grouping has no place in a draft: "${words.slice(0, 60)}" skipped`,
            )
        }
      }
      readMainBody(child, rc, out)
    } else if (local !== 'num' && local !== 'heading' && local !== 'intro') {
      warn(rc, child, `<${child.local}> in the main body is not read`)
    }
  }
}
