import * as Y from 'yjs'
import {
  type AmendmentRecord,
  CLAUSE_TYPES,
  decidedLeftovers,
  inRanges,
  isPending,
  type MarkedWords,
  parseProposal,
  proposalAttr,
  type Rehoming,
  Rehomings,
  rehomedRecords,
  type Seen,
  SHARED,
  schema,
} from '../../schema/index.ts'
import { markKey, markNameOfKey } from '../convert/index.ts'
import { proseMirrorDoc } from '../drafts/ydoc.ts'
import { readRecord, recordedAfter, recordStatus, type UpdateChange, writeRecord } from '../model/index.ts'
import { rehomedId } from './rehomed-id.ts'

// The server's sweep of amendments decided while their marks were still being written. A delegation typing in
// its amendment while the facilitator decides it makes two updates that cross: the facilitator resolves the
// marks she has, the delegation's new words arrive with the amendment's mark. Those words are what she did not
// see, so the room gives them to a new proposal of the same delegation, as its own update, which she then
// decides like any other: the server never deletes text and never makes words agreed without a decision
// (schema's `sweepDecided` is the same on a ProseMirror document). It works on the shared document directly
// (formats and attributes of Y types), so that it merges with typing that crosses it too.
//
// Words marked inside the run of an amendment as it is decided need more: Yjs keeps a mark as formatting
// items at the ends of its words, and the decision removes those, so words typed into the run lose the mark
// (they would become agreed), and a mark added at the run's start carries on over the agreed words after it.
// A decision therefore records what the facilitator's editor showed marked (the record's `seen`); the
// follow-up reads the words the amendment's marks covered before the decision (`crossedMarks`, over schema's
// `markedWords`), and the sweep gives those she did not see to the new proposal, and takes the amendment's mark
// off every other word.

const CLAUSES: readonly string[] = CLAUSE_TYPES

/**
 * The amendments an accepted update leaves marks or proposals of although their record is decided (accepted,
 * rejected or withdrawn), each with whether it was accepted: those the touched blocks name, and those
 * the update decided, whose marks may lie anywhere (the sweep looks, and finds nothing when the decision took
 * them all).
 */
export function leftoversOf(change: UpdateChange): Map<string, boolean> {
  const { statusOf } = recordedAfter(change)
  const out = new Map<string, boolean>()
  for (const block of change.blocks) {
    if (block.after)
      for (const [id, accepted] of decidedLeftovers(block.after, statusOf)) out.set(id, accepted)
  }
  for (const entry of change.amendments) {
    const status = statusOf(entry.key)
    if (status !== undefined && !isPending(status)) out.set(entry.key, status === 'accepted')
  }
  return out
}

/** What a sweep did, for the room's log. */
export interface Swept {
  /** The decided amendments whose words or paragraphs it gave to new proposals. */
  rehomed: Rehoming[]
  /** The records of the new proposals, as written. */
  records: AmendmentRecord[]
  /** Decided amendments of which it found only formatting boundaries around no words, which it removed. */
  emptied: string[]
}

/**
 * A mark of a decided amendment whose record says what the facilitator's editor showed of it: the words it
 * covered before the decision, and those she saw marked (see the note at the top).
 */
export interface Crossed {
  words: MarkedWords
  seen: Seen
}

/** What a sweep changes, found in one walk over the shared document before anything is changed. */
interface Plan {
  /** Formats that move a stretch of words from a decided amendment's mark to its new amendment's. */
  formats: { text: Y.XmlText; index: number; length: number; attributes: Record<string, unknown> }[]
  /** Clauses whose proposal goes to the new amendment. */
  proposals: { element: Y.XmlElement; value: string }[]
  /** Formatting items of decided amendments that mark no words in their text: boundaries around nothing. */
  boundaries: Y.Item[]
  emptied: Set<string>
}

/**
 * The formatting keys under which a text names decided amendments, each with the amendment; read from the
 * items, without a delta. A key is y-prosemirror's for one mark (its type and attributes), so it names one.
 */
function named(
  text: Y.XmlText,
  decisions: ReadonlyMap<string, boolean>,
  crossed: ReadonlyMap<string, Crossed>,
) {
  const out = new Map<string, string>()
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentFormat)) continue
    const id = (item.content.value as { amendment?: unknown } | null)?.amendment
    if (typeof id !== 'string' || !decisions.has(id) || crossed.has(item.content.key)) continue
    out.set(item.content.key, id)
  }
  return out
}

/**
 * The formatting items of a text under keys whose amendment marks none of its words: the start and end of
 * runs whose words were all deleted. Taking them away changes the formatting of no word.
 */
function boundariesOf(text: Y.XmlText, keys: ReadonlySet<string>): Y.Item[] {
  const out: Y.Item[] = []
  for (let item = text._start; item !== null; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentFormat && keys.has(item.content.key)) out.push(item)
  }
  return out
}

/**
 * The parts of a run of words `[clock, clock + length)` of `client` that a crossed mark covered and the
 * facilitator did not see marked, and the other parts: [offset, length, unseen].
 */
function parts(client: number, clock: number, length: number, crossed: Crossed): [number, number, boolean][] {
  const ranges = crossed.words.ranges.get(client)
  // Most words are none of the mark's: one part, without looking at each character.
  if (!ranges?.some(([from, to]) => from < clock + length && to > clock)) return [[0, length, false]]
  const out: [number, number, boolean][] = []
  for (let i = 0; i < length; i++) {
    const unseen =
      inRanges(crossed.words.ranges, client, clock + i) && !inRanges(crossed.seen, client, clock + i)
    const last = out.at(-1)
    if (last && last[2] === unseen) last[1]++
    else out.push([i, 1, unseen])
  }
  return out
}

/**
 * Plans the crossed marks in a text (each a mark of a decided amendment, under its key): the words a mark
 * covered that the facilitator did not see marked go to the amendment's new proposal, whatever mark they carry
 * now; every other word loses the mark.
 */
function planCrossed(text: Y.XmlText, crossed: ReadonlyMap<string, Crossed>, homes: Rehomings, plan: Plan) {
  const on = new Set<string>()
  let index = 0
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted) continue
    if (item.content instanceof Y.ContentFormat) {
      if (item.content.value === null) on.delete(item.content.key)
      else on.add(item.content.key)
      continue
    }
    if (!item.countable) continue
    for (const [key, one] of crossed) {
      const { id, kind, attributes } = one.words
      for (const [offset, length, unseen] of parts(item.id.client, item.id.clock, item.length, one)) {
        if (!unseen && !on.has(key)) continue
        const format: Record<string, unknown> = { [key]: null }
        if (unseen) {
          const amendment = homes.idFor(id, String(attributes.delegation))
          const mark = schema.marks[kind]!.create({ ...attributes, amendment })
          format[markKey(mark)] = mark.attrs
        }
        plan.formats.push({ text, index: index + offset, length, attributes: format })
      }
    }
    index += item.length
  }
}

function planText(
  text: Y.XmlText,
  decisions: ReadonlyMap<string, boolean>,
  crossed: ReadonlyMap<string, Crossed>,
  homes: Rehomings,
  plan: Plan,
) {
  if (crossed.size > 0) planCrossed(text, crossed, homes, plan)
  // Most texts hold none of them: a walk over their items is cheaper than their delta.
  const keys = named(text, decisions, crossed)
  if (keys.size === 0) return
  const marked = new Set<string>()
  let index = 0
  for (const part of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const length = typeof part.insert === 'string' ? part.insert.length : 1
    let attributes: Record<string, unknown> | null = null
    for (const [key, value] of Object.entries(part.attributes ?? {})) {
      const name = markNameOfKey(key)
      if (name !== 'insertion' && name !== 'deletion') continue
      const { amendment, delegation } = (value ?? {}) as { amendment?: unknown; delegation?: unknown }
      if (typeof amendment !== 'string' || !decisions.has(amendment)) continue
      if (crossed.has(key)) continue // planned by planCrossed
      // Same kind of change, same delegation, the new amendment; y-prosemirror's key for that mark.
      const mark = schema.marks[name]!.create({
        ...(value as object),
        amendment: homes.idFor(amendment, String(delegation)),
      })
      attributes ??= {}
      attributes[key] = null
      attributes[markKey(mark)] = mark.attrs
      marked.add(key)
    }
    if (attributes) plan.formats.push({ text, index, length, attributes })
    index += length
  }
  const empty = new Set([...keys.keys()].filter((key) => !marked.has(key)))
  if (empty.size === 0) return
  plan.boundaries.push(...boundariesOf(text, empty))
  for (const key of empty) plan.emptied.add(keys.get(key)!)
}

function planElement(
  parent: Y.XmlElement | Y.XmlFragment,
  decisions: ReadonlyMap<string, boolean>,
  crossed: ReadonlyMap<string, Crossed>,
  homes: Rehomings,
  plan: Plan,
) {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      planText(child, decisions, crossed, homes, plan)
      continue
    }
    if (!(child instanceof Y.XmlElement)) continue
    if (CLAUSES.includes(child.nodeName)) {
      let proposal = null
      try {
        proposal = parseProposal(child.getAttribute('proposal') ?? null)
      } catch (e) {
        if (!(e instanceof RangeError)) throw e
      }
      if (proposal && decisions.has(proposal.amendment)) {
        const amendment = homes.idFor(proposal.amendment, proposal.delegation)
        plan.proposals.push({ element: child, value: proposalAttr({ ...proposal, amendment }) })
      }
    }
    planElement(child, decisions, crossed, homes, plan)
  }
}

/**
 * Gives the leftovers of decided amendments (id → accepted) in a draft's shared document to new proposals, one
 * for each decided amendment and delegation: their insertion and deletion marks (stored by y-prosemirror as
 * formatting attributes under keys hashed from the mark) and their clause proposals are re-keyed to the new
 * amendment, and its record is written (status proposed, the delegation's name, kind, clause and words as the
 * editor works them out, no rationale, proposed `now`). Nothing is deleted and the decided amendments' records
 * are left as they are. A decided amendment found only in formatting boundaries around no words in a text gets
 * no new proposal there: the boundaries are removed, as Yjs's own clean-up of formatting removes those it
 * finds. The `crossed` marks (of decided amendments whose decision says what the facilitator saw, by key) go
 * by what she saw instead: see the note at the top. Call it inside a transaction. The swept
 * document is read back against the schema (an InvalidDocumentError if that fails, a RangeError for a record
 * that does not read back: the caller then discards the copy it swept).
 */
export function sweepLeftovers(
  ydoc: Y.Doc,
  decisions: ReadonlyMap<string, boolean>,
  now: number,
  crossed: ReadonlyMap<string, Crossed> = new Map(),
): Swept {
  const none: Swept = { rehomed: [], records: [], emptied: [] }
  if (decisions.size === 0) return none
  const map = ydoc.getMap<unknown>(SHARED.amendments)
  const start = { client: ydoc.clientID, clock: Y.getState(ydoc.store, ydoc.clientID) }
  const homes = new Rehomings((decided, delegation) =>
    rehomedId(decided, delegation, start, (id) => map.has(id)),
  )
  const plan: Plan = { formats: [], proposals: [], boundaries: [], emptied: new Set() }
  planElement(ydoc.getXmlFragment(SHARED.document), decisions, crossed, homes, plan)
  for (const { text, index, length, attributes } of plan.formats) text.format(index, length, attributes)
  for (const { element, value } of plan.proposals) element.setAttribute('proposal', value)
  if (plan.boundaries.length > 0) {
    ydoc.transact((transaction) => {
      for (const item of plan.boundaries) item.delete(transaction)
    })
  }
  const rehomed = homes.list
  const emptied = [...plan.emptied]
  if (rehomed.length === 0) return { ...none, emptied }
  const doc = proseMirrorDoc(ydoc)
  const records = rehomedRecords(doc, rehomed, (id) => recordStatus(map.get(id)), now)
  for (const record of records) {
    writeRecord(map, record)
    readRecord(map.get(record.id), `amendments.${record.id}`)
  }
  return { rehomed, records, emptied }
}
