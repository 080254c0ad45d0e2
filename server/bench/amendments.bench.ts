// The amendment targets, on a 100-paragraph draft with 200 pending proposals of four delegations:
//   1. the server's check of a delegation's keystroke update (its insertion grows by a character and its
//      record's `updated` field changes): staging copy, describe-change, the delegation's policy and the schema validation,
//      as the room runs them (target: median under 1 ms); also the room's whole receive path, which stores,
//      applies, forwards and looks for outdated amendments;
//   2. accepting one amendment: schema's acceptAmendment on the document (target: median under 5 ms), and the
//      facilitator's accepting update through the room; also a facilitator's edit that outdates an amendment;
//   3. the formal wording of all 200 (amendmentsDocument for each delegation; target: median under 50 ms).
// Prints median and p95 of each, then one JSON line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  type AmendmentRecord,
  acceptAmendment,
  amendmentsDocument,
  blocksOf,
  SHARED,
  schema,
  seenOf,
  sharedBlocks,
  type WalkTypes,
} from '../../schema/index.ts'
import { markKey } from '../convert/index.ts'
import { draftFields } from '../drafts/fields.ts'
import { draftDocFrom, newDraftDoc } from '../drafts/ydoc.ts'
import { amendmentFollowUp } from '../follow-up/index.ts'
import { newDraftId, POLICIES, SqliteStorage, silentLog } from '../index.ts'
import { readRecord, writeRecord } from '../model/index.ts'
import type { Identity } from '../policy/index.ts'
import { describeChange, type Peer, Room } from '../room/index.ts'
import { validateChange } from '../validate/index.ts'
import { amendedDraft, DELEGATIONS } from './amended-draft.ts'
import { summarize } from './percentiles.ts'

const SAMPLE = new URL('./fixtures/fr_A-RES-71-194.md', import.meta.url).pathname
const KEYSTROKES = 1000
/** Runs not measured first, so that the figures are those of a server that has been running for a while. */
const WARMUP = 200
const ACCEPTS = 40
const WORDINGS = 30
const TARGETS = { checkMedianMs: 1, acceptMedianMs: 5, wordingMedianMs: 50 }

const { doc, records } = amendedDraft(readFileSync(SAMPLE, 'utf8'))
const byId = new Map(records.map((r) => [r.id, r]))

/** The draft's shared state, records included; every room, staging copy and client starts from it. */
const BASE: Uint8Array = (() => {
  const ydoc = draftDocFrom(doc)
  const map = ydoc.getMap(SHARED.amendments)
  ydoc.transact(() => {
    for (const record of records) writeRecord(map, record)
  })
  return Y.encodeStateAsUpdate(ydoc)
})()

/** A shared document holding the draft, as a client holds it after syncing. */
function sharedDraft(): Y.Doc {
  const copy = newDraftDoc()
  Y.applyUpdate(copy, BASE)
  return copy
}

/** The update one transaction on a client's document makes. */
function updateOf(ydoc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = []
  const keep = (u: Uint8Array) => updates.push(u)
  ydoc.on('update', keep)
  ydoc.transact(change)
  ydoc.off('update', keep)
  return Y.mergeUpdates(updates)
}

/** The text of the first paragraph of the clause with an id. */
function clauseText(ydoc: Y.Doc, id: string): Y.XmlText {
  for (const clause of sharedBlocks(ydoc.getXmlFragment(SHARED.document))) {
    if (clause instanceof Y.XmlElement && clause.getAttribute('id') === id) {
      return (clause.get(0) as Y.XmlElement).get(0) as Y.XmlText
    }
  }
  throw new RangeError(`the draft has no clause ${id}`)
}

type Delta = { insert: string; attributes?: Record<string, unknown> }[]

/** The attribute key of an amendment's insertion or deletion mark in a Y.XmlText. */
const keyOf = (kind: 'insertion' | 'deletion', record: AmendmentRecord) =>
  markKey(schema.marks[kind]!.create({ amendment: record.id, delegation: record.delegation }))

/** A keystroke of a delegation in one of its replacements: a character more at the end of its words. */
function keystroke(client: Y.Doc, record: AmendmentRecord, n: number): Uint8Array {
  const text = clauseText(client, record.clause)
  const key = keyOf('insertion', record)
  let end = 0
  let attributes: Record<string, unknown> = {}
  for (const part of text.toDelta() as Delta) {
    end += part.insert.length
    if (part.attributes?.[key]) {
      attributes = part.attributes
      break
    }
  }
  return updateOf(client, () => {
    text.insert(end, 'x', attributes)
    const map = client.getMap(SHARED.amendments)
    writeRecord(map, { ...readRecord(map.get(record.id), record.id), updated: record.updated + n + 1 })
  })
}

/**
 * The facilitator's acceptance of a replacement: its deleted words go, its inserted ones lose the mark; the
 * record says which words her editor showed marked, as the editor's does (so the room reads the amendment's
 * words before applying it).
 */
function acceptance(client: Y.Doc, record: AmendmentRecord): Uint8Array {
  const seen = seenOf(client.getXmlFragment(SHARED.document), [record.id], Y as unknown as WalkTypes).get(
    record.id,
  )
  const text = clauseText(client, record.clause)
  const inserted = keyOf('insertion', record)
  const deleted = keyOf('deletion', record)
  const parts: { at: number; length: number; deleted: boolean }[] = []
  let at = 0
  for (const part of text.toDelta() as Delta) {
    if (part.attributes?.[deleted]) parts.push({ at, length: part.insert.length, deleted: true })
    else if (part.attributes?.[inserted]) parts.push({ at, length: part.insert.length, deleted: false })
    at += part.insert.length
  }
  return updateOf(client, () => {
    for (const part of parts.reverse()) {
      if (part.deleted) text.delete(part.at, part.length)
      else text.format(part.at, part.length, { [inserted]: null })
    }
    const map = client.getMap(SHARED.amendments)
    writeRecord(map, { ...readRecord(map.get(record.id), record.id), status: 'accepted', seen })
  })
}

/** The facilitator's edit of a word another amendment deletes, which makes that amendment outdated. */
function editUnder(client: Y.Doc, record: AmendmentRecord): Uint8Array {
  const text = clauseText(client, record.clause)
  const deleted = keyOf('deletion', record)
  let at = 0
  for (const part of text.toDelta() as Delta) {
    if (part.attributes?.[deleted]) {
      return updateOf(client, () => text.insert(at + 1, 'z', part.attributes))
    }
    at += part.insert.length
  }
  throw new RangeError(`amendment ${record.id} deletes nothing`)
}

/** A y-websocket update message. */
function message(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A connection of the room that only counts what it is sent, and fails the run if it is closed. */
function benchPeer(delegation: string, role: Identity['role']): Peer & { received: number } {
  return {
    identity: { draftId: 'bench', delegation, role, tokenId: 'bench' },
    closed: false,
    received: 0,
    send() {
      this.received++
    },
    close(code, reason) {
      throw new Error(`the room closed ${delegation}'s connection: ${code} ${reason}`)
    },
  }
}

/** Times `fn` once for each input, in order, after running it unmeasured on the first `warmup` ones. */
async function time<T>(inputs: T[], fn: (input: T) => unknown, warmup = 0): Promise<number[]> {
  for (const input of inputs.slice(0, warmup)) await fn(input)
  const samples: number[] = []
  for (const input of inputs.slice(warmup)) {
    const started = performance.now()
    await fn(input)
    samples.push(performance.now() - started)
  }
  return samples
}

const print = (name: string, samples: number[]) => {
  const s = summarize(samples)
  console.log(`${name.padEnd(48)} median ${s.p50.toFixed(3)} ms   p95 ${s.p95.toFixed(3)} ms   (${s.count})`)
  return { median: s.p50, p95: s.p95, count: s.count }
}

const egypt = records.filter((r) => r.delegation === 'Egypt' && r.kind === 'replace-words')
const replacements = records.filter((r) => r.kind === 'replace-words').slice(0, ACCEPTS)
console.log(
  `100 paragraphs (${blocksOf(doc).length - 3} with the proposed and moved ones), ${records.length} pending amendments of ${DELEGATIONS.length} delegations`,
)

// 1. Keystrokes: made on Egypt's client, then checked as the room checks them, then through a room.
const client = sharedDraft()
const keystrokes = Array.from({ length: WARMUP + KEYSTROKES }, (_, n) =>
  keystroke(client, egypt[n % egypt.length]!, n),
)
const egyptIdentity: Identity = { draftId: 'bench', delegation: 'Egypt', role: 'delegate', tokenId: 'bench' }
const draft = sharedDraft()
const staging = sharedDraft()
const STAGING = Symbol('staging')
let staged: Y.Transaction | null = null
staging.on('afterTransaction', (tr: Y.Transaction) => {
  if (tr.origin === STAGING && !staged) staged = tr
})
const check = await time(
  keystrokes,
  (update) => {
    staged = null
    Y.applyUpdate(staging, update, STAGING)
    const change = describeChange(staged!, staging, draft)
    const verdict = POLICIES.delegate(change, egyptIdentity)
    if (!verdict.allow) throw new Error(`an honest keystroke was refused: ${verdict.reason}`)
    validateChange(change)
    Y.applyUpdate(draft, update) // accepted: the draft catches up with the staging copy
  },
  WARMUP,
)

const dataDir = mkdtempSync(join(tmpdir(), 'penholder-bench-amendments-'))
const storage = new SqliteStorage(dataDir)
const options = {
  storage,
  policies: POLICIES,
  hooks: [amendmentFollowUp],
  log: silentLog,
  compactEvery: 500,
  awarenessDelay: 30,
  maxDraftBytes: 64 * 1024 * 1024,
}

/** A room on a fresh copy of the draft, with a connection of each given delegation. */
async function openRoom(...who: [string, Identity['role']][]) {
  const meta = await storage.createDraft(newDraftId(), draftFields(doc), BASE)
  const room = (await Room.load(meta.id, options))!
  const peers = who.map(([delegation, role]) => {
    const peer = benchPeer(delegation, role)
    room.reserve()
    room.join(peer)
    return peer
  })
  return { room, peers, client: sharedDraft() }
}

const typing = await openRoom(['Egypt', 'delegate'], ['Chair', 'chair'])
// The room sends what it accepted when the event loop turns (update-fan-out.ts): the path ends there.
const turn = () => new Promise((resolve) => setImmediate(resolve))
const receive = await time(
  keystrokes,
  async (update) => {
    await typing.room.receive(typing.peers[0]!, message(update))
    await turn()
  },
  WARMUP,
)
if (typing.peers[1]!.received < WARMUP + KEYSTROKES)
  throw new Error('the chair did not receive every keystroke')

// 2. Accepting one amendment: on the document, then as the facilitator's update through a room.
const acceptDoc = await time(
  [...replacements, ...replacements],
  (record) => acceptAmendment(doc, record.id),
  replacements.length,
)
const accepting = await openRoom(['Chair', 'chair'], ['Egypt', 'delegate'])
const acceptances = replacements.map((record) => acceptance(accepting.client, record))
const acceptRoom = await time(acceptances, (update) =>
  accepting.room.receive(accepting.peers[0]!, message(update)),
)
const deletions = records.filter((r) => r.kind === 'delete-words').slice(0, ACCEPTS)
const outdating = await openRoom(['Chair', 'chair'])
const edits = deletions.map((record) => editUnder(outdating.client, record))
const outdate = await time(edits, (update) => outdating.room.receive(outdating.peers[0]!, message(update)))
const stillProposed = deletions.filter(
  (r) => readRecord(outdating.room.doc.getMap(SHARED.amendments).get(r.id), r.id).status !== 'outdated',
)
if (stillProposed.length > 0) throw new Error(`not outdated: ${stillProposed.map((r) => r.id).join(', ')}`)

// 3. The wording of all 200 amendments: one amendments document per delegation.
const wording = await time(
  Array.from({ length: 3 + WORDINGS }),
  () => {
    for (const delegation of DELEGATIONS) amendmentsDocument(doc, byId, delegation)
  },
  3,
)
const words = DELEGATIONS.reduce((n, d) => n + amendmentsDocument(doc, byId, d).items.length, 0)
if (words !== records.length) throw new Error(`${words} instructions for ${records.length} amendments`)

for (const room of [typing.room, accepting.room, outdating.room]) {
  await room.compact()
  room.destroy()
}
await storage.close()
rmSync(dataDir, { recursive: true, force: true })

const results = {
  check: print("check of a delegation's keystroke", check),
  receive: print('  the room receiving it (stored, forwarded)', receive),
  acceptDoc: print('accept one amendment (acceptAmendment)', acceptDoc),
  acceptRoom: print("  the facilitator's acceptance through the room", acceptRoom),
  outdate: print("facilitator's edit outdating an amendment", outdate),
  wording: print('wording of all 200 amendments', wording),
}
const ok = {
  check: results.check.median < TARGETS.checkMedianMs,
  accept: results.acceptDoc.median < TARGETS.acceptMedianMs,
  wording: results.wording.median < TARGETS.wordingMedianMs,
}
console.log(
  JSON.stringify({
    bench: 'amendments',
    paragraphs: 100,
    amendments: records.length,
    results,
    targets: TARGETS,
    ok,
    pass: Object.values(ok).every(Boolean),
  }),
)
