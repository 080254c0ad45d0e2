// What the amendment tests of the server share: a delegation's or facilitator's client that edits the draft as
// the editor does (a new ProseMirror document written into the shared fragment by y-prosemirror, and the
// records in the same Yjs transaction), crafted updates, and snapshots of what a client or the store holds.
import type { Mark, Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror'
import * as Y from 'yjs'
import {
  type AmendmentRecord,
  acceptAmendment,
  type ParagraphProposal,
  proposalAttr,
  type Role,
  referredWords,
  rejectAmendment,
  SHARED,
  schema,
  seenOf,
  type WalkTypes,
} from '../../schema/index.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import type { RunningServer } from '../index.ts'
import { readRecord, writeRecord } from '../model/index.ts'
import { connect, draftWithTokens } from './helpers.ts'

/** An insertion mark of an amendment. */
export const ins = (amendment: string, delegation: string): Mark =>
  schema.marks.insertion.create({ amendment, delegation })

/** A deletion mark of an amendment. */
export const del = (amendment: string, delegation: string): Mark =>
  schema.marks.deletion.create({ amendment, delegation })

/** The `proposal` attribute of a clause. */
export const proposal = (p: ParagraphProposal): string => proposalAttr(p)

/** The position of the first occurrence of `needle` in any textblock, plus `offset`. */
export function textPos(doc: Node, needle: string, offset = 0): number {
  let found = -1
  doc.descendants((node, pos) => {
    if (found >= 0) return false
    if (!node.isTextblock) return true
    const index = node.textContent.indexOf(needle)
    if (index >= 0) {
      // Counts characters of text nodes only; the test drafts have no footnotes in their paragraphs.
      found = pos + 1 + index + offset
    }
    return false
  })
  if (found < 0) throw new Error(`the draft holds no '${needle}'`)
  return found
}

/** The position and node of the clause with an id. */
export function clauseAt(doc: Node, id: string): { pos: number; node: Node } {
  let out: { pos: number; node: Node } | null = null
  doc.descendants((node, pos) => {
    if (out) return false
    if (node.attrs.id === id && node.type.name !== 'footnote') out = { pos, node }
    return true
  })
  if (!out) throw new Error(`no clause ${id}`)
  return out
}

/** A record as a delegation's editor writes it for an amendment the document holds. */
export function recordFor(
  doc: Node,
  fields: Pick<AmendmentRecord, 'id' | 'delegation' | 'clause' | 'kind'> & Partial<AmendmentRecord>,
  records: Iterable<AmendmentRecord> = [],
): AmendmentRecord {
  const statuses = new Map([...records].map((r) => [r.id, r]))
  return {
    status: 'proposed',
    rationale: '',
    supporters: [],
    created: 1_700_000_000_000,
    updated: 1_700_000_000_000,
    original: referredWords(doc, fields.id, statuses),
    ...fields,
  }
}

/** What a client or the store holds of a draft, as one comparable string. */
export function snapshot(doc: Y.Doc): string {
  // Each client's maps list their keys in the order it learnt of them.
  const sorted = (name: string) =>
    Object.entries(doc.getMap(name).toJSON()).sort(([a], [b]) => (a < b ? -1 : 1))
  return JSON.stringify({
    text: doc.getXmlFragment(SHARED.document).toString(),
    amendments: sorted(SHARED.amendments),
    meta: sorted(SHARED.meta),
    sponsors: sorted(SHARED.sponsors),
  })
}

/** The snapshot of a draft as stored (compacted state plus log), read without the server. */
export async function storedSnapshot(server: RunningServer, id: string): Promise<string> {
  const stored = await server.storage.loadDraft(id)
  return snapshot(draftDocFromStore(stored!))
}

/** The update a change of a shared document makes, made in one transaction on that document. */
export function craft(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = []
  const keep = (u: Uint8Array) => updates.push(u)
  doc.on('update', keep)
  doc.transact(change)
  doc.off('update', keep)
  return Y.mergeUpdates(updates)
}

/** Writes a new version of a ProseMirror document into a shared fragment, as y-prosemirror's binding does. */
export function writeDoc(ydoc: Y.Doc, doc: Node): void {
  updateYFragment(ydoc, ydoc.getXmlFragment(SHARED.document), doc, { mapping: new Map(), isOMark: new Map() })
}

/** The ProseMirror document a shared document holds. */
export const pmDoc = (ydoc: Y.Doc): Node =>
  yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(SHARED.document), schema)

/** The records a shared document holds, by id. */
export function recordsOf(ydoc: Y.Doc): Map<string, AmendmentRecord> {
  const out = new Map<string, AmendmentRecord>()
  ydoc.getMap<unknown>(SHARED.amendments).forEach((value, id) => {
    out.set(id, readRecord(value, `amendments.${id}`))
  })
  return out
}

/**
 * A client of a draft (a y-websocket provider) that edits as the editor does: each edit is a transform of the
 * current document, written into the shared fragment together with its record changes in one transaction.
 */
export class EditingClient {
  readonly client: ReturnType<typeof connect>

  constructor(
    server: { url: string },
    draft: string,
    token: string,
    readonly delegation: string,
  ) {
    this.client = connect(server, draft, token)
  }

  get doc(): Node {
    return pmDoc(this.client.doc)
  }

  get records(): Map<string, AmendmentRecord> {
    return recordsOf(this.client.doc)
  }

  /** Edits the document (and writes or deletes records) in one Yjs transaction. */
  edit(
    change: ((tr: Transform) => void) | null,
    records: (current: Node) => AmendmentRecord[] = () => [],
    deleted: string[] = [],
  ): Node {
    const ydoc = this.client.doc
    let next = this.doc
    ydoc.transact(() => {
      if (change) {
        const tr = new Transform(next)
        change(tr)
        next = tr.doc
        writeDoc(ydoc, next)
      }
      const map = ydoc.getMap(SHARED.amendments)
      for (const record of records(next)) writeRecord(map, record)
      for (const id of deleted) map.delete(id)
    })
    return next
  }

  /**
   * Decides an amendment as the editor's buttons do, in one update: its marks resolved (accepted: applied;
   * rejected or withdrawn: undone) and its record's status written, `later` milliseconds on.
   */
  decide(record: AmendmentRecord, status: 'accepted' | 'rejected' | 'withdrawn', later = 1): Node {
    const resolve = status === 'accepted' ? acceptAmendment : rejectAmendment
    const ydoc = this.client.doc
    // A decision records what this client shows of the amendment, as the editor's does; a withdrawal does not.
    const seen =
      status === 'withdrawn'
        ? undefined
        : seenOf(ydoc.getXmlFragment(SHARED.document), [record.id], Y as unknown as WalkTypes).get(record.id)
    return this.edit(
      (tr) => {
        for (const step of resolve(tr.doc, record.id).steps) tr.step(step)
      },
      () => [{ ...record, status, updated: record.updated + later, ...(seen === undefined ? {} : { seen }) }],
    )
  }
}

/** Who the amendment tests' drafts give tokens to: the chair, two delegations, and an observer (the press). */
const ROLES: Record<string, [string, Role]> = {
  chair: ['Chair', 'chair'],
  egypt: ['Egypt', 'delegate'],
  brazil: ['Brazil', 'delegate'],
  observer: ['Press', 'observer'],
}

/** A draft of the sample on a test server, with a token for each of the chair, Egypt, Brazil and the press. */
export const amendmentsDraft = (
  server: RunningServer,
): Promise<{ id: string; tokens: Record<string, string> }> => draftWithTokens(server, ROLES)

/** The chair, Egypt and Brazil editing a draft, each over its own connection, once all three have synced. */
export async function editingClients(
  server: { url: string },
  draft: { id: string; tokens: Record<string, string> },
): Promise<{ chair: EditingClient; egypt: EditingClient; brazil: EditingClient }> {
  const clients = {
    chair: new EditingClient(server, draft.id, draft.tokens.chair!, 'Chair'),
    egypt: new EditingClient(server, draft.id, draft.tokens.egypt!, 'Egypt'),
    brazil: new EditingClient(server, draft.id, draft.tokens.brazil!, 'Brazil'),
  }
  await Promise.all(Object.values(clients).map((c) => c.client.synced))
  return clients
}
