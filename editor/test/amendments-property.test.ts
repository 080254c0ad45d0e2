import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { Fragment, type Node } from 'prosemirror-model'
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import {
  AddMarkStep,
  AddNodeMarkStep,
  AttrStep,
  RemoveMarkStep,
  RemoveNodeMarkStep,
} from 'prosemirror-transform'
import { initProseMirrorDoc, prosemirrorToYXmlFragment, updateYFragment } from 'y-prosemirror'
import * as Y from 'yjs'
import {
  type AmendmentRecord,
  type AmendmentStatus,
  amendmentsIn,
  cleanDoc,
  decidedLeftovers,
  forEachBlock,
  isPending,
  type Rehoming,
  SHARED,
  schema,
  sweepDecided,
  toText,
  writeView,
} from '../../schema/index.ts'
import {
  type AmendmentStore,
  applyRecordChanges,
  decideAmendments,
  proposeDeleteClause,
  proposeMove,
  type SuggestionContext,
  suggestionMetaOf,
  suggestTransaction,
  supportAmendment,
  withdrawAmendment,
  yMapStore,
} from '../src/suggestion/index.ts'
import { delegation, sample } from './suggestion-fixture.ts'

// The origin of updates a peer receives, so that it sends on only what it made itself.
const REMOTE = Symbol('remote')
const NOW = () => 1_800_000_000_000
// More runs with PENHOLDER_RUNS=1000, to look harder for rare interleavings.
const RUNS = Number(process.env.PENHOLDER_RUNS) || 100
const CLAUSES = ['preambular', 'operative', 'subparagraph']

type Binding = ReturnType<typeof initProseMirrorDoc>['meta']

/**
 * One participant without a view: a Y.Doc, and the ProseMirror document read from its fragment. Edits are made
 * on the ProseMirror document and written into the fragment with y-prosemirror's `updateYFragment`, the way
 * its sync plugin does; after remote updates the document is read again (`initProseMirrorDoc`).
 */
class Peer {
  readonly ydoc = new Y.Doc({ gc: false })
  readonly fragment = this.ydoc.getXmlFragment(SHARED.document)
  readonly store: AmendmentStore = yMapStore(this.ydoc)
  /** Every update this peer made, in order, for the network to deliver. */
  readonly sent: Uint8Array[] = []
  readonly ctx: SuggestionContext | null
  doc!: Node
  private binding!: Binding
  private stale = true
  private clauses = 0
  private made = 0
  /** The new proposals this peer (the server) made for leftovers of decided amendments. */
  readonly rehomed: Rehoming[] = []

  constructor(
    readonly name: string,
    start: Uint8Array,
    suggests: boolean,
    clientID: number,
  ) {
    // Fixed, so that a failing run replays: Yjs orders concurrent insertions at one place by client id.
    this.ydoc.clientID = clientID
    Y.applyUpdate(this.ydoc, start, REMOTE)
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) this.stale = true
      else this.sent.push(update)
    })
    this.ctx = suggests ? delegation(name, (id) => this.store.get(id)?.status) : null
    this.read()
  }

  /**
   * Forgets the document this peer wrote and reads it back from the fragment. What a peer wrote can differ from
   * what it reads back in the order of overlapping marks (two deletions of the same words), which Node.eq tells
   * apart; every peer reads the same from the same fragment.
   */
  reload(): Node {
    this.stale = true
    return this.read()
  }

  /** The document as the fragment holds it now (reading may itself repair the fragment, as the plugin does). */
  read(): Node {
    if (this.stale) {
      const { doc, meta } = initProseMirrorDoc(this.fragment, schema)
      this.doc = doc
      this.binding = meta
      this.stale = false
    }
    return this.doc
  }

  state(anchor?: number, head = anchor): EditorState {
    const state = EditorState.create({ doc: this.read() })
    if (anchor === undefined) return state
    return state.apply(state.tr.setSelection(TextSelection.create(state.doc, anchor, head)))
  }

  /** Writes a changed document and, in the same Yjs transaction, the records that go with it. */
  write(doc: Node, records: () => void = () => {}): void {
    this.ydoc.transact(() => {
      updateYFragment(this.ydoc, this.fragment, doc, this.binding)
      records()
    })
    this.doc = doc
  }

  /** Runs an editor command whose dispatch writes the document; the records it writes ride along. */
  run(command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): boolean {
    const state = this.state()
    let ran = false
    this.ydoc.transact(() => {
      ran = command(state, (tr) => {
        const doc = state.apply(tr).doc
        updateYFragment(this.ydoc, this.fragment, doc, this.binding)
        this.doc = doc
      })
    })
    return ran
  }

  freshClauseId(): string {
    return `${this.name.slice(0, 2).toLowerCase()}f${++this.clauses}`
  }

  records(): Record<string, unknown> {
    return this.ydoc.getMap(SHARED.amendments).toJSON()
  }

  /**
   * What the server does after an update (server/room/sweep.ts, on the shared types): gives the marks and
   * proposals of amendments whose records are decided to new proposals of their delegations, with their records,
   * in one update. Schema's `sweepDecided` is the same on the document. Checks that it deletes nothing and makes
   * nothing agreed that was not decided. Whether it wrote anything.
   */
  sweep(): boolean {
    const doc = this.read()
    const statusOf = (id: string) => this.store.get(id)?.status
    // The server derives the id from the decided one and its update; as the only writer, a count does here.
    const swept = sweepDecided(doc, statusOf, () => `sv${++this.made}`, NOW())
    if (!swept.tr.docChanged) return false
    for (const step of swept.tr.steps) {
      assert.ok(
        SWEEP_STEPS.some((type) => step instanceof type),
        `the sweep ${step.constructor.name}s`,
      )
    }
    // The leftovers read as pending before the sweep make the same agreed text as the new proposals after it.
    const leftovers = decidedLeftovers(doc, statusOf)
    const after = swept.tr.doc
    const made = new Set(swept.rehomed.map((r) => r.id))
    assert.ok(
      cleanDoc(doc, (id) => (leftovers.has(id) ? 'proposed' : statusOf(id))).eq(
        cleanDoc(after, (id) => (made.has(id) ? 'proposed' : statusOf(id))),
      ),
      'the sweep changes no agreed text',
    )
    const touches = amendmentsIn(after)
    for (const { id, delegation } of swept.rehomed) {
      const touch = touches.get(id)
      assert.ok(touch, `new amendment ${id} holds words or a paragraph`)
      assert.equal(touch.delegation, delegation)
      const record = swept.records.find((r) => r.id === id)
      assert.deepEqual([record?.delegation, record?.status], [delegation, 'proposed'], `record of ${id}`)
    }
    this.write(after, () => {
      for (const record of swept.records) this.store.set(record)
    })
    this.rehomed.push(...swept.rehomed)
    return true
  }
}

/** The steps a sweep may take: marks and attributes, never text. */
const SWEEP_STEPS = [AddMarkStep, RemoveMarkStep, AddNodeMarkStep, RemoveNodeMarkStep, AttrStep]

const EDITS = ['type', 'replace', 'erase', 'enter', 'move', 'drop'] as const

type Action =
  | { kind: 'edit'; who: number; edit: (typeof EDITS)[number]; a: number; b: number; text: string }
  | { kind: 'support'; who: number; a: number }
  | { kind: 'withdraw'; who: number; a: number }
  | { kind: 'decide'; accept: boolean; a: number }
  | { kind: 'deliver'; to: number; picks: number[]; again: number }

/** The facilitator is peer 0; Egypt and Chile are peers 1 and 2; the server, which only sweeps, is peer 3. */
const actions = fc.array(
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        who: fc.nat(2),
        edit: fc.constantFrom(...EDITS),
        a: fc.nat(10_000),
        b: fc.nat(10_000),
        text: fc.constantFrom('x', 'and ', ' new words', 'protect,'),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('support' as const),
        who: fc.integer({ min: 1, max: 2 }),
        a: fc.nat(100),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('withdraw' as const),
        who: fc.integer({ min: 1, max: 2 }),
        a: fc.nat(100),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('decide' as const), accept: fc.boolean(), a: fc.nat(100) }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('deliver' as const),
        to: fc.nat(3),
        picks: fc.array(fc.nat(1000), { maxLength: 12 }),
        again: fc.nat(1000),
      }),
    },
  ),
  { minLength: 5, maxLength: 40, size: 'max' },
)

/** Where a cursor can stand: inside each textblock of the clauses (footnotes excluded), with its block. */
function textPositions(doc: Node): { pos: number; start: number; end: number }[] {
  const out: { pos: number; start: number; end: number }[] = []
  forEachBlock(doc, (top, offset) => {
    if (!CLAUSES.includes(top.type.name)) return
    top.descendants((node, pos) => {
      if (node.type.name === 'footnote') return false
      if (!node.isTextblock) return true
      const start = offset + 1 + pos + 1
      for (let p = start; p <= start + node.content.size; p++)
        out.push({ pos: p, start, end: start + node.content.size })
      return false
    })
  })
  return out
}

/** The positions of every clause, sub-paragraphs included. */
function clausePositions(doc: Node): number[] {
  const out: number[] = []
  doc.descendants((node, pos) => {
    if (CLAUSES.includes(node.type.name)) out.push(pos)
    return !node.isTextblock
  })
  return out
}

/** Enter at a cursor: a new clause after the one it is in at its end, else the clause split there. */
function enter(state: EditorState, pos: number, id: string | null): Transaction | null {
  const $pos = state.doc.resolve(pos)
  const depth = $pos.depth - 1
  if (depth < 1 || $pos.index(depth) !== 0 || !CLAUSES.includes($pos.node(depth).type.name)) return null
  const type = $pos.node(depth).type
  if ($pos.parentOffset === $pos.parent.content.size) {
    const at = $pos.after(depth)
    return state.tr.insert(at, type.create({ id }, schema.nodes.para.create()))
  }
  return state.tr.split(pos, 2, [{ type, attrs: { id } }])
}

/** The user's transaction for an edit, or a ready-made proposal for moves and deletions of paragraphs. */
function userEdit(peer: Peer, action: Extract<Action, { kind: 'edit' }>): Transaction | null {
  const doc = peer.read()
  const positions = textPositions(doc)
  if (positions.length === 0) return null
  const at = positions[action.a % positions.length]!
  const other = at.start + (action.b % (at.end - at.start + 1))
  const [from, to] = at.pos <= other ? [at.pos, other] : [other, at.pos]
  const clauses = clausePositions(doc)
  // The facilitator may have deleted every clause.
  const clause = clauses.length ? clauses[action.a % clauses.length]! : -1
  switch (action.edit) {
    case 'type':
      return peer.state(at.pos).tr.insertText(action.text)
    case 'replace':
      return peer.state(from, to).tr.insertText(action.text)
    case 'erase':
      return from === to ? null : peer.state(from, to).tr.deleteSelection()
    case 'enter':
      return enter(peer.state(at.pos), at.pos, peer.ctx ? null : peer.freshClauseId())
    case 'move':
      if (clause < 0) return null
      return peer.ctx
        ? proposeMove(peer.state(), clause, action.b % doc.resolve(clause).parent.childCount, peer.ctx)
        : null
    case 'drop':
      if (clause < 0) return null
      if (peer.ctx) return proposeDeleteClause(peer.state(), clause, peer.ctx)
      return peer.state().tr.delete(clause, clause + doc.nodeAt(clause)!.nodeSize)
  }
}

/** Makes an edit: the facilitator's as it is, a delegation's as a proposal with its records. */
function edit(peer: Peer, action: Extract<Action, { kind: 'edit' }>): void {
  const made = userEdit(peer, action)
  if (!made?.docChanged) return
  const state = peer.state()
  if (!peer.ctx) {
    peer.write(state.apply(made).doc)
    return
  }
  const ctx = peer.ctx
  const out = suggestionMetaOf(made) ? made : suggestTransaction(state, made, ctx)
  if (!out) return
  const meta = suggestionMetaOf(out)
  peer.write(state.apply(out).doc, () => {
    if (meta?.type === 'suggestion') applyRecordChanges(peer.store, meta, ctx.delegation)
  })
}

/** The pending amendments of the document, in the order of the text. */
const pendingIds = (peer: Peer): string[] =>
  [...amendmentsIn(peer.read()).values()]
    .filter((t) => isPending(peer.store.get(t.id)?.status))
    .sort((x, y) => x.start - y.start)
    .map((t) => t.id)

/** The network: every update made so far, and which of them each peer has received. */
class Network {
  private readonly received: Set<Uint8Array>[]

  constructor(
    private readonly peers: Peer[],
    private readonly server: Peer,
  ) {
    this.received = peers.map((p) => new Set(p.sent))
  }

  private waiting(to: number): Uint8Array[] {
    const got = this.received[to]!
    return this.peers.flatMap((p, i) => (i === to ? [] : p.sent.filter((u) => !got.has(u))))
  }

  /** Delivers some of what a peer has not received, in the order `picks` choose, and one update again. */
  deliver(to: number, picks: number[], again: number): void {
    const peer = this.peers[to]!
    const got = this.received[to]!
    for (const pick of picks) {
      const waiting = this.waiting(to)
      if (waiting.length === 0) break
      const update = waiting[pick % waiting.length]!
      Y.applyUpdate(peer.ydoc, update, REMOTE)
      got.add(update)
    }
    const old = [...got]
    if (old.length) Y.applyUpdate(peer.ydoc, old[again % old.length]!, REMOTE)
    if (peer === this.server) peer.sweep()
  }

  /**
   * Delivers everything to everyone, in an order `order` shuffles, some updates twice, until no peer makes
   * anything new (reading a document may repair the fragment, which is news to the others).
   */
  settle(order: number[]): void {
    for (let round = 0; round < 10; round++) {
      let moved = false
      this.peers.forEach((peer, to) => {
        const waiting = this.waiting(to)
        if (waiting.length === 0) return
        moved = true
        const shuffled = [...waiting]
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (order[i % order.length] ?? 0) % (i + 1)
          ;[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]
        }
        for (const [i, update] of shuffled.entries()) {
          Y.applyUpdate(peer.ydoc, update, REMOTE)
          if ((order[i % order.length] ?? 0) % 3 === 0) Y.applyUpdate(peer.ydoc, update, REMOTE)
          this.received[to]!.add(update)
        }
      })
      for (const peer of this.peers) peer.reload()
      if (this.server.sweep()) moved = true
      if (!moved) return
    }
    assert.fail('the peers kept making updates after everything was delivered')
  }
}

function act(peers: Peer[], network: Network, action: Action): void {
  const chair = peers[0]!
  switch (action.kind) {
    case 'edit':
      edit(peers[action.who]!, action)
      return
    case 'support': {
      const peer = peers[action.who]!
      const others = [...peer.store.values()].filter((r) => r.delegation !== peer.name && isPending(r.status))
      const record = others[action.a % Math.max(others.length, 1)]
      if (record) supportAmendment(peer.store, record.id, peer.name, NOW())
      return
    }
    case 'withdraw': {
      const peer = peers[action.who]!
      const own = [...peer.store.values()].filter((r) => r.delegation === peer.name && isPending(r.status))
      const record = own[action.a % Math.max(own.length, 1)]
      if (record) {
        const ctx = {
          delegation: peer.name,
          store: peer.store,
          now: NOW,
          newAmendmentId: peer.ctx!.newAmendmentId,
        }
        peer.run(withdrawAmendment(record.id, ctx))
      }
      return
    }
    case 'decide': {
      const ids = pendingIds(chair)
      const id = ids[action.a % Math.max(ids.length, 1)]
      if (id) chair.run(decideAmendments([id], action.accept, { store: chair.store, now: NOW }))
      return
    }
    case 'deliver':
      network.deliver(action.to, action.picks, action.again)
  }
}

/**
 * Whether the schema accepts a document: false when its only fault is a paragraph of the operative part
 * standing before one of the preamble, and a failed test for any other fault. y-prosemirror writes a split of
 * the first operative paragraph as a new paragraph before it, on the border between the parts, where another
 * peer's new last preambular paragraph (or the copy of a moved one) can land at the same moment; Yjs then
 * orders the two by client id. Through the server, the second of the two updates is refused (close code 4422);
 * without a server, this test sees the merged document.
 */
function valid(doc: Node): boolean {
  try {
    doc.check()
    return true
  } catch (e) {
    assert.ok(onlyInterleaved(doc), `a peer holds an invalid document: ${(e as Error).message}`)
    return false
  }
}

/** Whether the document is valid once its preambular paragraphs are put before its operative ones. */
function onlyInterleaved(doc: Node): boolean {
  const children: Node[] = []
  forEachBlock(doc, (child) => {
    children.push(child)
  })
  const rank = (n: Node) => (n.type.name === 'preambular' ? 1 : n.type.name === 'operative' ? 2 : 0)
  const body = children.filter((n) => rank(n) > 0).sort((a, b) => rank(a) - rank(b))
  const sorted = [...children.filter((n) => rank(n) === 0 && n.type.name !== 'closing'), ...body]
  sorted.push(...children.filter((n) => n.type.name === 'closing'))
  try {
    doc.copy(Fragment.fromArray(sorted)).check()
    return true
  } catch {
    return false
  }
}

/** Whether a document still carries an insertion or deletion mark or a paragraph proposal. */
function proposalsLeft(doc: Node): string[] {
  const left: string[] = []
  doc.descendants((node, pos) => {
    if (node.marks.some((m) => m.type.name === 'insertion' || m.type.name === 'deletion'))
      left.push(`mark at ${pos}`)
    if (node.attrs.proposal) left.push(`proposal at ${pos}`)
    return true
  })
  return left
}

describe('amendments between a facilitator and two delegations, updates delivered out of order', () => {
  it('all peers converge, and deciding every proposal leaves exactly the accepted changes', () => {
    let interleaved = 0
    let rehomings = 0
    fc.assert(
      fc.property(
        actions,
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }),
        // Which peer's insertions Yjs puts first where two land at one place: the order of their client ids.
        fc.shuffledSubarray([1, 2, 3, 4], { minLength: 4, maxLength: 4 }),
        (list, order, accepts, ids) => {
          const origin = new Y.Doc()
          origin.clientID = 100
          prosemirrorToYXmlFragment(sample(), origin.getXmlFragment(SHARED.document))
          const start = Y.encodeStateAsUpdate(origin)
          const peers = [
            new Peer('Chair', start, false, ids[0]!),
            new Peer('Egypt', start, true, ids[1]!),
            new Peer('Chile', start, true, ids[2]!),
            new Peer('Server', start, false, ids[3]!),
          ]
          const network = new Network(peers, peers[3]!)
          // A peer that receives interleaved parts holds a document the server would have refused; the run
          // then stops acting and checks only that the peers converge.
          for (const action of list) {
            if (peers.some((peer) => !valid(peer.read()))) break
            act(peers, network, action)
          }

          // 1. Everything delivered, in a random order and some of it twice: every peer holds the same.
          network.settle(order)
          const [chair, ...others] = peers as [Peer, ...Peer[]]
          const synced = chair.read()
          for (const peer of others) {
            assert.ok(peer.read().eq(synced), `${peer.name} ends with the facilitator's document`)
            assert.equal(peer.fragment.toString(), chair.fragment.toString())
            assert.deepEqual(
              peer.records(),
              chair.records(),
              `${peer.name} ends with the facilitator's records`,
            )
          }
          if (!valid(synced)) {
            interleaved++
            return
          }

          // 2. The server has given every leftover of an amendment decided while its delegation was still editing
          // it to a new proposal: what is left in the text is pending, those new proposals included. The
          // facilitator decides it, one amendment at a time, until nothing pending is left.
          const server = peers[3]!
          rehomings += server.rehomed.length
          const made = server.rehomed.length
          const statuses = new Map<string, AmendmentStatus>()
          for (const record of chair.store.values()) statuses.set(record.id, record.status)
          for (const { id } of server.rehomed) {
            if (amendmentsIn(synced).has(id)) assert.equal(statuses.get(id), 'proposed', `new proposal ${id}`)
          }
          const decided = new Map<string, AmendmentStatus>()
          for (let i = 0; ; i++) {
            const left = [...amendmentsIn(chair.read()).values()].sort((x, y) => x.start - y.start)
            if (left.length === 0) {
              // Decisions on a settled text cross nothing; the server must not find anything to give away.
              network.settle(order)
              if (amendmentsIn(chair.read()).size === 0) break
              continue
            }
            assert.ok(i < 200, 'deciding amendments one by one comes to an end')
            const id = left[0]!.id
            const status = chair.store.get(id)?.status
            assert.ok(isPending(status), `amendment ${id} is ${status} but its marks are still in the text`)
            const accept = accepts[i % accepts.length]!
            const ran = chair.run(decideAmendments([id], accept, { store: chair.store, now: NOW }))
            assert.ok(ran, `pending amendment ${id} can be decided`)
            decided.set(id, accept ? 'accepted' : 'rejected')
          }
          assert.equal(
            server.rehomed.length,
            made,
            'no new proposal comes out of decisions that cross nothing',
          )

          // 3. No marks or proposals remain anywhere, and the clean export is the synced text with exactly the
          // accepted changes: cleanDoc of the synced document, each amendment taken as its decision (or, for one
          // not decided above, as its record stood).
          const final = chair.read()
          final.check()
          assert.deepEqual(proposalsLeft(final), [])
          for (const peer of others)
            assert.ok(peer.read().eq(final), `${peer.name} ends with the decided text`)
          const status = (id: string) => decided.get(id) ?? statuses.get(id)
          const expected = toText(cleanDoc(synced, status))
          const records = [...chair.store.values()] as AmendmentRecord[]
          assert.equal(writeView(final, records, { view: 'clean', format: 'txt' }), expected)
          assert.equal(toText(final), expected)
        },
      ),
      { numRuns: RUNS },
    )
    if (process.env.PENHOLDER_DEBUG) {
      console.log(`runs that ended with interleaved parts: ${interleaved}`)
      console.log(`leftovers the server gave to new proposals: ${rehomings}`)
    }
  })
})
