import { Fragment, type Node, type ResolvedPos, Slice } from 'prosemirror-model'
import type { EditorState, Transaction } from 'prosemirror-state'
import {
  AddMarkStep,
  AttrStep,
  RemoveMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
  replaceStep,
  type Step,
} from 'prosemirror-transform'
import {
  ID_TYPES,
  isPending,
  type ParagraphProposal,
  proposalAttr,
  proposalOf,
  type StatusOf,
  schema,
} from '../../../schema/index.ts'
import { Claimer } from './claim.ts'
import type { SuggestionContext } from './context.ts'
import { agreedUnchanged } from './guard.ts'
import { type SuggestionMeta, suggestionKey } from './meta.ts'
import { recordChanges } from './records.ts'
import { inlineRole, isChangeMark, isClause, type Region, regionAt } from './regions.ts'

interface Span {
  from: number
  to: number
}

/** What an insertion did: where the cursor belongs when its content was rearranged, else null. */
export interface Inserted {
  cursor: number | null
}

/** The inline content at the end of a chain of single nodes `open` levels deep, or null if it is no chain. */
function chainText(node: Node, open: number): Fragment | null {
  let current = node
  for (let depth = 0; depth < open - 1; depth++) {
    if (current.childCount !== 1) return null
    current = current.firstChild!
  }
  return current.isTextblock ? current.content : null
}

/**
 * One rewrite of user changes into proposals, on a transaction started from `state`. Its methods take positions
 * in the transaction's current document, change it the way suggestion mode allows, and remember which
 * amendments they started or changed, so that `finish` can report the records to write.
 */
export class SuggestionJob {
  readonly out: Transaction
  readonly claim: Claimer
  readonly statusOf: StatusOf
  /** Amendments this job started. */
  readonly created = new Set<string>()
  /** Existing amendments whose content this job changed. */
  readonly involved = new Set<string>()
  private readonly blockIds = new Map<number, string>()
  private paragraphAmendments: Set<string> | null = null

  constructor(
    readonly state: EditorState,
    readonly ctx: SuggestionContext,
  ) {
    this.out = state.tr
    this.claim = new Claimer(state.doc, ctx)
    this.statusOf = ctx.statusOf ?? (() => undefined)
  }

  get delegation(): string {
    return this.ctx.delegation
  }

  /** Starts a new user step: the amendment chosen for a paragraph holds within one step. */
  beginStep(): void {
    this.blockIds.clear()
  }

  /** A new amendment id, reported as created when anything carries it at the end. */
  freshAmendment(): string {
    const id = this.ctx.newAmendmentId()
    this.created.add(id)
    return id
  }

  /** The region of a position for this delegation. */
  region($pos: ResolvedPos): Region {
    return regionAt($pos, this.delegation, this.statusOf)
  }

  /** A proposal of this delegation. */
  proposal(amendment: string, kind: ParagraphProposal['kind'], from?: string): ParagraphProposal {
    return from === undefined
      ? { amendment, delegation: this.delegation, kind }
      : { amendment, delegation: this.delegation, kind, from }
  }

  private ownPending(mark: { attrs: Record<string, unknown> }): boolean {
    return (
      mark.attrs.delegation === this.delegation && isPending(this.statusOf(mark.attrs.amendment as string))
    )
  }

  /** Amendments that propose whole paragraphs; word edits next to them start amendments of their own. */
  private paragraphIds(): Set<string> {
    if (!this.paragraphAmendments) {
      const ids = new Set<string>()
      this.state.doc.descendants((node) => {
        if (node.isInline) return false
        const proposal = isClause(node) ? proposalOf(node) : null
        if (proposal) ids.add(proposal.amendment)
        return !node.inlineContent
      })
      this.paragraphAmendments = ids
    }
    return this.paragraphAmendments
  }

  /**
   * The amendment for word changes between `from` and `to` in the paragraph around `$pos`: the paragraph's
   * own amendment inside a paragraph this delegation proposes; else a pending word amendment of this
   * delegation that the change touches, so adjacent edits join one amendment; else a new one.
   */
  wordsId($pos: ResolvedPos, from: number, to: number): string {
    const start = $pos.start()
    const known = this.blockIds.get(start)
    if (known) return known
    const region = this.region($pos)
    let id: string | null = region.kind === 'own' ? region.amendment : null
    if (!id) {
      const lo = Math.max(from, start)
      const hi = Math.min(to, $pos.end())
      $pos.parent.forEach((child, offset) => {
        const s = start + offset
        if (id || s + child.nodeSize < lo || s > hi) return
        for (const mark of child.marks) {
          const amendment = mark.attrs.amendment as string
          if (isChangeMark(mark) && this.ownPending(mark) && !this.paragraphIds().has(amendment)) {
            id = amendment
            break
          }
        }
      })
    }
    if (id) this.involved.add(id)
    else id = this.freshAmendment()
    this.blockIds.set(start, id)
    return id
  }

  /** Notes the amendments of this delegation whose marks or proposals lie in a range about to be removed. */
  private noteRemoved(doc: Node, from: number, to: number): void {
    doc.nodesBetween(from, to, (node) => {
      for (const mark of node.marks) {
        if (isChangeMark(mark) && mark.attrs.delegation === this.delegation) {
          this.involved.add(mark.attrs.amendment as string)
        }
      }
      const proposal = isClause(node) ? proposalOf(node) : null
      if (proposal?.delegation === this.delegation) this.involved.add(proposal.amendment)
      return true
    })
  }

  /** Position of the clause that stays where it is while the amendment proposes to move it, or null. */
  private moveOriginal(doc: Node, amendment: string): number | null {
    let found: number | null = null
    doc.descendants((node, pos) => {
      if (found !== null || node.isInline) return false
      const proposal = isClause(node) ? proposalOf(node) : null
      if (proposal?.amendment === amendment && proposal.kind === 'move' && proposal.from === undefined) {
        found = pos
      }
      return found === null
    })
    return found
  }

  /** What deleting a whole clause means: a proposal to delete it, or really removing a proposal of one's own. */
  private coveredClause(
    doc: Node,
    node: Node,
    pos: number,
    cuts: Span[],
    attrs: { pos: number; value: string | null }[],
  ) {
    const region = this.region(doc.resolve(pos))
    if (region.kind === 'foreign' || region.kind === 'outside') return
    const span = { from: pos, to: pos + node.nodeSize }
    if (region.kind === 'own') {
      cuts.push(span)
      return
    }
    const proposal = proposalOf(node)
    if (!proposal) {
      attrs.push({ pos, value: proposalAttr(this.proposal(this.freshAmendment(), 'delete')) })
      return
    }
    if (proposal.delegation !== this.delegation || !isPending(this.statusOf(proposal.amendment))) return
    if (proposal.kind === 'insert') cuts.push(span)
    else if (proposal.kind === 'move' && proposal.from !== undefined) {
      // Deleting the copy of a moved paragraph withdraws the move: the paragraph stays where it is.
      cuts.push(span)
      const original = this.moveOriginal(doc, proposal.amendment)
      if (original !== null) attrs.push({ pos: original, value: null })
    }
  }

  /**
   * Deletes `from`-`to` the suggestion way: agreed words get this delegation's deletion mark (with `fixedId`, or
   * the amendment of their paragraph), its own proposed words and paragraphs really go, clauses covered whole
   * are proposed for deletion, and the structure between paragraphs stays. Words other delegations propose
   * are left alone: they are not agreed text, so there is nothing to propose deleting (a delegation that
   * disagrees does not support them), and a deletion of them could not be worded against the agreed text.
   * Returns where the range now ends, or null when it reaches outside the clauses.
   */
  deleteRange(from: number, to: number, fixedId?: string): number | null {
    const doc = this.out.doc
    const marks: (Span & { id: string })[] = []
    const cuts: Span[] = []
    const attrs: { pos: number; value: string | null }[] = []
    let refused = false
    doc.nodesBetween(from, to, (node, pos) => {
      if (refused) return false
      if (node.isInline) {
        const a = Math.max(pos, from)
        const b = Math.min(pos + node.nodeSize, to)
        if (a >= b) return false
        const $a = doc.resolve(a)
        const region = this.region($a)
        if (region.kind === 'outside') refused = true
        else if (region.kind === 'own') cuts.push({ from: a, to: b })
        else if (region.kind === 'agreed') {
          const role = inlineRole(node, this.delegation, this.statusOf)
          if (role === 'own-insertion') cuts.push({ from: a, to: b })
          else if (role === 'agreed')
            marks.push({ from: a, to: b, id: fixedId ?? this.wordsId($a, from, to) })
        }
        return false
      }
      if (isClause(node) && pos >= from && pos + node.nodeSize <= to) {
        this.coveredClause(doc, node, pos, cuts, attrs)
        return false
      }
      return true
    })
    if (refused) return null
    const start = this.out.mapping.maps.length
    for (const m of marks) {
      this.out.addMark(
        m.from,
        m.to,
        schema.marks.deletion.create({ amendment: m.id, delegation: this.delegation }),
      )
    }
    for (const a of attrs) this.out.setNodeAttribute(a.pos, 'proposal', a.value)
    const merged: Span[] = []
    for (const cut of cuts.sort((x, y) => x.from - y.from)) {
      const last = merged[merged.length - 1]
      if (last && cut.from <= last.to) last.to = Math.max(last.to, cut.to)
      else merged.push({ ...cut })
    }
    for (const cut of merged) this.noteRemoved(doc, cut.from, cut.to)
    for (let i = merged.length - 1; i >= 0; i--) this.out.delete(merged[i]!.from, merged[i]!.to)
    return this.out.mapping.slice(start).map(to, -1)
  }

  /**
   * Inserts what a user step inserted, at `at`, as proposals: inline content as words of the amendment
   * `wordsId` gives, whole clauses as proposed paragraphs, and content that splits a paragraph as a proposed
   * new paragraph holding the rest of it (see `insertSplit`). Null when the place or content cannot be
   * proposed (outside the clauses, inside another delegation's proposal, a non-clause block in agreed text).
   */
  insert(at: number, slice: Slice, wordsId: () => string): Inserted | null {
    const doc = this.out.doc
    let content = slice.content
    let open = slice.openStart
    if (slice.openStart !== slice.openEnd) {
      const fitted = replaceStep(doc, at, at, slice)
      if (!(fitted instanceof ReplaceStep) || fitted.from !== at || fitted.to !== at) return null
      if (fitted.slice.openStart !== fitted.slice.openEnd) return null
      content = fitted.slice.content
      open = fitted.slice.openStart
    }
    // Levels open on both sides through a single node are the place's own ancestors.
    while (open > 0 && content.childCount === 1) {
      content = content.firstChild!.content
      open--
    }
    const $at = doc.resolve(at)
    const region = this.region($at)
    if (region.kind === 'outside' || region.kind === 'foreign') return null
    if (open > 0) return this.insertSplit(at, content, open, region, wordsId)
    if ($at.parent.inlineContent) {
      this.insertInline(at, content, wordsId())
      return { cursor: null }
    }
    return this.insertBlocks(at, content, region) ? { cursor: null } : null
  }

  /** Inserts inline content as words of an amendment. */
  insertInline(at: number, content: Fragment, amendment: string): void {
    const nodes: Node[] = []
    content.forEach((node) => {
      nodes.push(this.claim.inline(node, amendment))
    })
    this.out.insert(at, Fragment.fromArray(nodes))
  }

  /** Inserts whole blocks at a place between blocks: each clause a proposed paragraph of its own. */
  private insertBlocks(at: number, content: Fragment, region: Region): boolean {
    const nodes: Node[] = []
    let ok = true
    content.forEach((node) => {
      if (region.kind === 'own') nodes.push(this.claim.block(node, region.amendment, null))
      else if (!isClause(node)) ok = false
      else {
        const id = this.freshAmendment()
        nodes.push(this.claim.block(node, id, this.proposal(id, 'insert')))
      }
    })
    if (!ok) return false
    if (region.kind === 'own') this.involved.add(region.amendment)
    const fragment = Fragment.fromArray(nodes)
    const $at = this.out.doc.resolve(at)
    if (!$at.parent.canReplace($at.index(), $at.index(), fragment)) return false
    this.out.insert(at, fragment)
    return true
  }

  /** The rest of a paragraph as the copy in a new paragraph holds it: the words as this delegation reads them. */
  private copyRest(rest: Fragment, region: Region, amendment: string): Fragment {
    const nodes: Node[] = []
    rest.forEach((node) => {
      if (region.kind !== 'own') {
        const role = inlineRole(node, this.delegation, this.statusOf)
        if (role === 'foreign-insertion' || role === 'own-deletion' || role === 'gone') return
      }
      nodes.push(this.claim.inline(node, amendment))
    })
    return Fragment.fromArray(nodes)
  }

  /** The last node of a split: the chain of nodes the slice ends with, around the new paragraph's words. */
  private rebuildChain(node: Node, open: number, words: Fragment, amendment: string): Node | null {
    const build = (current: Node, depth: number): Node | null => {
      if (depth === open - 1) {
        if (!current.isTextblock || !current.type.validContent(words)) return null
        return current.type.create(current.attrs, words, current.marks)
      }
      if (current.childCount !== 1) return null
      const child = build(current.firstChild!, depth + 1)
      if (!child) return null
      let attrs = current.attrs
      if (isClause(current)) {
        const proposal = depth === 0 ? proposalAttr(this.proposal(amendment, 'insert')) : null
        // The new paragraph has no square brackets or alternatives of its own: those are the facilitator's.
        attrs = { ...attrs, id: this.claim.idFor(attrs.id), proposal, bracketed: null, alternatives: null }
      }
      const content = Fragment.from(child)
      if (!current.type.validContent(content)) return null
      return current.type.create(attrs, content, current.marks)
    }
    return build(node, 0)
  }

  /**
   * Content that splits a paragraph (Enter in the middle, a paste of several paragraphs): the words before
   * the first break join the paragraph as inserted words; every whole clause after it becomes a proposed
   * paragraph; the last one holds the rest of the paragraph, which stays in the agreed paragraph marked as
   * deleted, so that one amendment reads "delete these words here, insert a new paragraph reading them
   * there". Sub-paragraphs stay with the agreed paragraph. Inside a paragraph of one's own, a split below it
   * is made as it is.
   */
  private insertSplit(at: number, content: Fragment, open: number, region: Region, wordsId: () => string) {
    const doc = this.out.doc
    const $at = doc.resolve(at)
    if (!$at.parent.inlineContent || content.childCount < 2) return null
    const head = chainText(content.firstChild!, open)
    const tail = chainText(content.lastChild!, open)
    const top = $at.depth - open
    if (!head || !tail || top < 0) return null
    if (region.kind === 'own' && top >= region.depth) {
      return this.insertWithin(at, new Slice(content, open, open), region.amendment)
    }
    const blockEnd = $at.end()
    const rest = doc.slice(at, blockEnd).content
    const splitId = this.freshAmendment()
    const nodes: Node[] = []
    for (let i = 1; i < content.childCount - 1; i++) {
      const node = content.child(i)
      if (!isClause(node)) return null
      const id = this.freshAmendment()
      nodes.push(this.claim.block(node, id, this.proposal(id, 'insert')))
    }
    const tailNodes: Node[] = []
    tail.forEach((node) => {
      tailNodes.push(this.claim.inline(node, splitId))
    })
    const tailWords = Fragment.fromArray(tailNodes)
    const last = this.rebuildChain(
      content.lastChild!,
      open,
      tailWords.append(this.copyRest(rest, region, splitId)),
      splitId,
    )
    if (!last || !isClause(last)) return null
    nodes.push(last)
    const fragment = Fragment.fromArray(nodes)
    const anchorEnd = $at.after(top + 1)
    const start = this.out.mapping.maps.length
    if (rest.size > 0 && this.deleteRange(at, blockEnd, splitId) === null) return null
    if (head.size > 0) this.insertInline(at, head, wordsId())
    const place = this.out.mapping.slice(start).map(anchorEnd)
    const $place = this.out.doc.resolve(place)
    if (!$place.parent.canReplace($place.index(), $place.index(), fragment)) return null
    this.out.insert(place, fragment)
    return { cursor: place + fragment.size - last.nodeSize + open + tailWords.size }
  }

  /** A structural insertion inside a paragraph of one's own, made as it is, its content claimed. */
  private insertWithin(at: number, slice: Slice, amendment: string): Inserted | null {
    const size = this.out.doc.content.size
    this.out.replace(at, at, slice)
    if (this.out.doc.content.size !== size + slice.size) return null
    const end = at + slice.size
    this.involved.add(amendment)
    this.out.doc.nodesBetween(at, end, (node, pos) => {
      if (pos >= at && ID_TYPES.includes(node.type.name)) {
        this.out.setNodeAttribute(pos, 'id', this.claim.idFor(node.attrs.id))
        if (isClause(node) && node.attrs.proposal !== null) this.out.setNodeAttribute(pos, 'proposal', null)
      }
      return !node.isInline
    })
    this.out.removeMark(at, end, schema.marks.insertion)
    this.out.removeMark(at, end, schema.marks.deletion)
    this.out.addMark(at, end, this.claim.insertionMark(amendment))
    return { cursor: null }
  }

  /**
   * An edit inside a footnote's text, which cannot carry marks: allowed in a footnote this delegation
   * inserted itself (or inside its own paragraph), refused in an agreed one.
   */
  editFootnote(from: number, to: number, slice: Slice): boolean {
    const doc = this.out.doc
    const $from = doc.resolve(from)
    const $to = doc.resolve(to)
    if (
      $from.parent.type.name !== 'footnote' ||
      $from.depth !== $to.depth ||
      $from.before() !== $to.before()
    ) {
      return false
    }
    const footnote = $from.parent
    const region = this.region(doc.resolve($from.before()))
    const own = footnote.marks.find((m) => m.type.name === 'insertion' && this.ownPending(m))
    if (region.kind === 'own') this.involved.add(region.amendment)
    else if (own) this.involved.add(own.attrs.amendment as string)
    else return false
    const size = doc.content.size
    this.out.replace(from, to, slice)
    return this.out.doc.content.size === size - (to - from) + slice.size
  }

  /**
   * Whether a step that is not a replacement (marks, attributes, wrapping) touches only what this delegation
   * owns: its own proposed paragraphs and its own inserted words. Such steps are made as they are; on agreed
   * text or on other delegations' proposals they are refused.
   */
  ownsStep(step: Step): boolean {
    const doc = this.out.doc
    const own = (pos: number) => this.region(doc.resolve(pos)).kind === 'own'
    if (step instanceof AttrStep) return step.pos < doc.content.size && own(step.pos + 1)
    if (step instanceof ReplaceAroundStep) {
      const region = this.region(doc.resolve(step.from))
      const end = this.region(doc.resolve(step.to))
      return region.kind === 'own' && end.kind === 'own' && region.amendment === end.amendment
    }
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      let owned = true
      doc.nodesBetween(step.from, step.to, (node, pos) => {
        if (!owned || !node.isInline) return owned
        owned = own(pos) || inlineRole(node, this.delegation, this.statusOf) === 'own-insertion'
        return false
      })
      return owned
    }
    return false
  }

  /**
   * The rewritten transaction with the records it implies as its meta, or null if it would change the agreed
   * text after all: the check the server makes, made first, so that nothing the server refuses is sent.
   */
  finish(): Transaction | null {
    if (!agreedUnchanged(this.state.doc, this.out.doc, this.statusOf)) return null
    const meta: SuggestionMeta = {
      type: 'suggestion',
      delegation: this.delegation,
      ...recordChanges(this.out.doc, this.created, this.involved, this.ctx),
    }
    return this.out.setMeta(suggestionKey, meta)
  }
}
