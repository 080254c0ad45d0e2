import type { Node } from 'prosemirror-model'
import type { Transaction } from 'prosemirror-state'
import {
  type AmendmentRecord,
  type AmendmentStatus,
  type AmendmentTouch,
  amendmentsDocument,
  blockAt,
  forEachBlock,
  type Instruction,
  isPending,
  type Role,
  touchedPositions,
} from '../../../schema/index.ts'
import type { ClauseNumber } from '../draft-model/clause-labels.ts'
import { changedRanges } from '../plugins/changed-ranges.ts'
import { editsTextOnly } from '../plugins/decoration-diff.ts'

/** What the viewer of the panel may do with one amendment. */
export type PanelAction =
  | 'accept'
  | 'reject'
  | 'withdraw'
  | 'rebase'
  | 'support'
  | 'unsupport'
  | 'rationale'
  | 'split'
  | 'merge'

/** Who looks at the panel: the token's delegation and role. */
export interface Viewer {
  delegation: string
  role: Role
}

/** One amendment as the panel lists it. */
export interface PanelEntry {
  record: AmendmentRecord
  /** Its formal wording in the draft's language, one instruction per clause; empty when it cannot be written. */
  wording: Instruction[]
  /** Why the wording of a pending amendment cannot be written, or null. */
  problem: string | null
  /** Ids of the preambular and operative paragraphs it concerns, in the order of the text. */
  paragraphs: string[]
  /** Where it starts in the text; amendments no longer in it (decided ones) come after, by time. */
  start: number
  /** Whether the text still holds its marks or proposals (what accepting, rejecting and showing it need). */
  inText: boolean
  actions: PanelAction[]
  /** The next amendment of the same delegation in the same paragraph, which it can be merged with. */
  mergeWith: string | null
}

/** The status filter: pending (proposed or outdated), any, or one status. */
export type StatusFilter = 'pending' | 'all' | AmendmentStatus

/** The panel's filters; null means all. */
export interface PanelFilters {
  delegation: string | null
  paragraph: string | null
  status: StatusFilter
}

/** A preambular or operative paragraph the panel can filter by, with the number it has in the editor. */
export interface ParagraphChoice {
  id: string
  kind: 'preambular' | 'operative'
  /** "3", "5 bis": the number of the clean text, as the editor shows it (see `clauseNumbers`). */
  number: string
}

const WORD_KINDS: readonly string[] = ['replace-words', 'insert-words', 'delete-words']

/** The id of the preambular or operative paragraph at (or around) a position, or null. */
function topClauseId(doc: Node, pos: number): string | null {
  const node = blockAt(doc, pos)?.node
  if (!node || (node.type.name !== 'preambular' && node.type.name !== 'operative')) return null
  return typeof node.attrs.id === 'string' ? node.attrs.id : null
}

/** The preambular and operative paragraphs of a draft, in order, with their numbers as the editor shows them. */
export function paragraphChoices(doc: Node, numbers: ReadonlyMap<number, ClauseNumber>): ParagraphChoice[] {
  const out: ParagraphChoice[] = []
  forEachBlock(doc, (child, offset) => {
    const kind = child.type.name
    if ((kind !== 'preambular' && kind !== 'operative') || typeof child.attrs.id !== 'string') return
    out.push({ id: child.attrs.id, kind, number: numbers.get(offset)?.number ?? '?' })
  })
  return out
}

/** The paragraphs a touch concerns, each once, in the order of the text. */
function paragraphsOf(doc: Node, touch: AmendmentTouch): string[] {
  const ids: string[] = []
  for (const pos of touchedPositions(touch)) {
    const id = topClauseId(doc, pos)
    if (id && !ids.includes(id)) ids.push(id)
  }
  return ids
}

/** The paragraph that holds the clause with an id, for amendments no longer in the text. */
function paragraphsById(doc: Node): Map<string, string> {
  const out = new Map<string, string>()
  forEachBlock(doc, (child) => {
    const top = child.attrs.id
    if (typeof top !== 'string') return
    out.set(top, top)
    child.descendants((node) => {
      if (typeof node.attrs.id === 'string' && node.type.name !== 'footnote') out.set(node.attrs.id, top)
      return node.isBlock
    })
  })
  return out
}

/** The single paragraph block a word amendment changes, or null when it changes several or whole clauses. */
function singleBlock(touch: AmendmentTouch): number | null {
  if (touch.paragraphs.length > 0) return null
  const blocks = new Set([...touch.insertions, ...touch.deletions].map((r) => r.block))
  return blocks.size === 1 ? [...blocks][0]! : null
}

/**
 * What a viewer may do with an amendment: the facilitator accepts or rejects a pending one still in the text;
 * its delegation edits the rationale, withdraws it, re-bases it when outdated, splits a word amendment with
 * several changes and merges it with the next in the same paragraph; another delegation supports it or takes
 * its support back. Observers do nothing, and nobody acts on a decided amendment.
 */
export function actionsFor(
  record: AmendmentRecord,
  viewer: Viewer,
  touch: AmendmentTouch | undefined,
  mergeWith: string | null,
): PanelAction[] {
  if (viewer.role === 'observer' || !isPending(record.status)) return []
  const out: PanelAction[] = []
  if (viewer.role === 'chair' && touch) out.push('accept', 'reject')
  if (record.delegation === viewer.delegation) {
    out.push('rationale', 'withdraw')
    if (record.status === 'outdated') out.push('rebase')
    const changes = touch ? touch.insertions.length + touch.deletions.length : 0
    if (touch && touch.paragraphs.length === 0 && WORD_KINDS.includes(record.kind) && changes > 1) {
      out.push('split')
    }
    if (mergeWith) out.push('merge')
  } else if (viewer.role === 'delegate') {
    out.push(record.supporters.includes(viewer.delegation) ? 'unsupport' : 'support')
  }
  return out
}

/**
 * Every amendment record as the panel lists it, in the order of the text (those no longer in it last): its
 * wording (from `amendmentsDocument`, one computation per delegation, numbered by the clean text), the
 * paragraphs it concerns and what the viewer may do. `remembered` holds wordings computed while amendments were
 * pending, shown for them once decided (the text no longer holds what they changed); it is updated.
 */
export function panelEntries(
  doc: Node,
  records: readonly AmendmentRecord[],
  touches: ReadonlyMap<string, AmendmentTouch>,
  viewer: Viewer,
  remembered: Map<string, Instruction[]> = new Map(),
): PanelEntry[] {
  const wording = new Map<string, Instruction[]>()
  const problems = new Map<string, string>()
  const delegations = new Set(records.filter((r) => isPending(r.status)).map((r) => r.delegation))
  for (const delegation of delegations) {
    const formal = amendmentsDocument(doc, records, delegation, { symbol: '' })
    for (const item of formal.items) {
      const list = wording.get(item.amendment) ?? []
      list.push({ text: item.text, quote: item.quote })
      wording.set(item.amendment, list)
    }
    for (const { amendment, reason } of formal.unplaced) problems.set(amendment, reason)
  }
  for (const [id, list] of wording) remembered.set(id, list)

  const byId = paragraphsById(doc)
  const recordOf = new Map(records.map((r) => [r.id, r]))
  const mergeTargets = new Map<string, string>()
  const own = [...touches.values()]
    .filter((touch) => {
      const record = recordOf.get(touch.id)
      return record && isPending(record.status) && record.delegation === viewer.delegation
    })
    .sort((a, b) => a.start - b.start)
  own.forEach((touch, i) => {
    const block = singleBlock(touch)
    if (block === null) return
    const next = own.slice(i + 1).find((other) => singleBlock(other) === block)
    if (next) mergeTargets.set(touch.id, next.id)
  })

  const entries = records.map((record): PanelEntry => {
    const touch = touches.get(record.id)
    const mergeWith = mergeTargets.get(record.id) ?? null
    const paragraphs = touch
      ? paragraphsOf(doc, touch)
      : [byId.get(record.clause) ?? byId.get(record.after ?? '')].filter((id): id is string => !!id)
    return {
      record,
      wording: wording.get(record.id) ?? remembered.get(record.id) ?? [],
      problem: isPending(record.status) ? (problems.get(record.id) ?? null) : null,
      paragraphs,
      start: touch ? touch.start : Number.POSITIVE_INFINITY,
      inText: touch !== undefined,
      actions: actionsFor(record, viewer, touch, mergeWith),
      mergeWith,
    }
  })
  return entries.sort(
    (a, b) =>
      a.start - b.start || a.record.created - b.record.created || a.record.id.localeCompare(b.record.id),
  )
}

/** Whether an entry's status passes the status filter. */
export function statusMatches(status: AmendmentStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true
  if (filter === 'pending') return isPending(status)
  return status === filter
}

/** The entries that pass the filters. */
export function filterEntries(entries: readonly PanelEntry[], filters: PanelFilters): PanelEntry[] {
  return entries.filter(
    (e) =>
      (filters.delegation === null || e.record.delegation === filters.delegation) &&
      (filters.paragraph === null || e.paragraphs.includes(filters.paragraph)) &&
      statusMatches(e.record.status, filters.status),
  )
}

/** The delegations that proposed amendments, in alphabetical order. */
export function delegationsOf(records: Iterable<AmendmentRecord>): string[] {
  return [...new Set([...records].map((r) => r.delegation))].sort((a, b) => a.localeCompare(b))
}

/** The pending amendments still in the text that concern a paragraph, in the order of the text. */
export function pendingInParagraph(entries: readonly PanelEntry[], paragraph: string): string[] {
  return entries
    .filter((e) => e.inText && isPending(e.record.status) && e.paragraphs.includes(paragraph))
    .map((e) => e.record.id)
}

/**
 * Whether a change of the document can change what the panel shows. It cannot when it only types or deletes
 * characters in paragraphs (or the header) that no amendment touches (`touches`, after the change): the
 * wording of an amendment quotes words of its own paragraph only, and no paragraph was added, removed or split,
 * so no number changed. The facilitator typing agreed text then costs no redrawing of the panel.
 */
export function mayChangePanel(tr: Transaction, touches: ReadonlyMap<string, AmendmentTouch>): boolean {
  if (!tr.docChanged) return false
  if (!editsTextOnly(tr)) return true
  const { doc } = tr
  const amended: [number, number][] = []
  for (const touch of touches.values()) {
    for (const pos of touchedPositions(touch)) {
      const block = blockAt(doc, pos)
      if (block) amended.push([block.pos, block.pos + block.node.nodeSize])
    }
  }
  return changedRanges([tr]).some(([from, to]) => amended.some(([start, end]) => from <= end && to >= start))
}
