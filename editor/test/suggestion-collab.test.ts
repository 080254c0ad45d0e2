import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import { EditorState, type Transaction } from 'prosemirror-state'
import { prosemirrorToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror'
import * as Y from 'yjs'
import { type AmendmentRecord, acceptAmendment, forEachBlock, SHARED, schema } from '../../schema/index.ts'
import { acceptAmendmentCommand, proposeMove, yMapStore } from '../src/suggestion/index.ts'
import { agreedText, runs, Session, sample, stateOf, textPos } from './suggestion-fixture.ts'

/** A facilitator's editor on one Y.Doc, without a view: commands run in one Yjs transaction, as on the page. */
class Peer {
  readonly ydoc = new Y.Doc()
  readonly fragment = this.ydoc.getXmlFragment(SHARED.document)
  readonly store = yMapStore(this.ydoc)
  // What y-prosemirror's binding keeps between its updates of the shared document.
  private readonly binding = { mapping: new Map(), isOMark: new Map() }

  get doc(): Node {
    return yXmlFragmentToProseMirrorRootNode(this.fragment, schema)
  }

  /** Runs a command on the current document; its dispatch and record writes form one Yjs transaction. */
  run(command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): boolean {
    const state = EditorState.create({ doc: this.doc })
    let ran = false
    this.ydoc.transact(() => {
      ran = command(state, (tr) => {
        updateYFragment(this.ydoc, this.fragment, state.apply(tr).doc, this.binding)
      })
    })
    return ran
  }
}

/** Sends each peer what the other has and it has not. */
function sync(a: Peer, b: Peer) {
  const toB = Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc))
  const toA = Y.encodeStateAsUpdate(b.ydoc, Y.encodeStateVector(a.ydoc))
  Y.applyUpdate(b.ydoc, toB)
  Y.applyUpdate(a.ydoc, toA)
}

/** Two facilitators sharing a draft in which Egypt proposed a replacement, a new paragraph and a move. */
function twoFacilitators() {
  const records = new Map<string, AmendmentRecord>()
  const egypt = new Session(stateOf(sample()), 'Egypt', records)
  const promote = textPos(egypt.doc, 'promote')
  egypt.at(promote, promote + 'promote'.length).type('advance')
  egypt.at(textPos(egypt.doc, 'cooperate;', 10))
  egypt.edit((st) =>
    st.tr.split(st.selection.from, 2, [{ type: schema.nodes.operative, attrs: { id: null } }]),
  )
  egypt.type('Welcomes the report;')
  let o3 = -1
  forEachBlock(egypt.doc, (node, offset) => {
    if (node.attrs.id === 'o3') o3 = offset
  })
  // To the head of the operative part, where o1 stands.
  egypt.propose((st, ctx) => proposeMove(st, o3, 0, ctx))
  const a = new Peer()
  prosemirrorToYXmlFragment(egypt.doc, a.fragment)
  for (const record of records.values()) a.store.set(record)
  const b = new Peer()
  sync(a, b)
  return { a, b, draft: egypt.doc, records }
}

describe('two facilitators accepting the same amendment at once', () => {
  for (const id of ['eg1', 'eg2', 'eg3']) {
    it(`apply it once (${id})`, () => {
      const { a, b, draft } = twoFacilitators()
      const once = acceptAmendment(draft, id).doc
      assert.equal(b.doc.eq(draft), true, 'both start from the same draft')
      const ctx = (peer: Peer) => ({ store: peer.store, now: () => 1_800_000_000_000 })
      // Both click before either hears of the other.
      assert.equal(a.run(acceptAmendmentCommand(id, ctx(a))), true)
      assert.equal(b.run(acceptAmendmentCommand(id, ctx(b))), true)
      sync(a, b)
      assert.equal(a.doc.eq(b.doc), true, 'the peers agree')
      assert.equal(a.doc.eq(once), true, 'the amendment is applied once')
      assert.equal(a.store.get(id)?.status, 'accepted')
      assert.equal(b.store.get(id)?.status, 'accepted')
      // A third click, after both synced, finds it decided and does nothing.
      assert.equal(a.run(acceptAmendmentCommand(id, ctx(a))), false)
    })
  }

  it('keep the words of the accepted replacement once, the others still pending', () => {
    const { a, b, records } = twoFacilitators()
    const ctx = (peer: Peer) => ({ store: peer.store, now: () => 1_800_000_000_000 })
    a.run(acceptAmendmentCommand('eg1', ctx(a)))
    b.run(acceptAmendmentCommand('eg1', ctx(b)))
    sync(a, b)
    assert.deepEqual(runs(a.doc, 'o1'), ['Urges all States to advance the rights of women;'])
    const statuses = new Map(
      [...records].map(([id, r]) => [id, { ...r, status: id === 'eg1' ? 'accepted' : r.status }]),
    )
    assert.equal(
      agreedText(a.doc, statuses.values() as Iterable<AmendmentRecord>).match(/advance/g)?.length,
      1,
    )
  })
})
