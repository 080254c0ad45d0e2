// The batches of plain typing (`server/room/plain-typing.ts`): keystrokes accepted together are stored in one
// append; one that the draft's moving made no longer plain (another process's update taken meanwhile, or taken
// after a lost race) is checked again and goes the full way instead of being stored as it was checked.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import * as Y from 'yjs'
import { SHARED, sharedBlocks } from '../../schema/index.ts'
import { draftDocFrom } from '../drafts/ydoc.ts'
import type { Peer } from '../room/index.ts'
import type { LiveDraft } from '../room/live-draft.ts'
import { PlainTyping } from '../room/plain-typing.ts'
import type { StagingCopy } from '../room/staging.ts'
import { StoreMoved } from '../room/stored-log.ts'
import { sampleDoc } from './helpers.ts'

/** The first text of the top-level block with this clause id. */
function clauseText(doc: Y.Doc, clause: string): Y.XmlText {
  for (const top of sharedBlocks(doc.getXmlFragment(SHARED.document))) {
    if (!(top instanceof Y.XmlElement) || top.getAttribute('id') !== clause) continue
    const para = top.get(0)
    const text = para instanceof Y.XmlElement ? para.get(0) : para
    if (text instanceof Y.XmlText) return text
  }
  throw new Error(`no text in ${clause}`)
}

/** The update a change made on a fresh replica of `draft` produces. */
function updateOn(draft: Y.Doc, change: (replica: Y.Doc) => void): Uint8Array {
  const replica = new Y.Doc({ gc: false })
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(draft))
  const updates: Uint8Array[] = []
  replica.on('update', (u: Uint8Array) => updates.push(u))
  replica.transact(() => change(replica))
  assert.equal(updates.length, 1)
  return updates[0]!
}

/** A draft of the sample, plain typing over it, and what it stored, queued and sent the full way. */
function setUp(options: { loseFirstRace?: (doc: Y.Doc) => void } = {}) {
  const doc = draftDocFrom(sampleDoc())
  let lastSeq = 0
  const appends: Uint8Array[][] = []
  const full: Uint8Array[] = []
  const queued: (() => Promise<void>)[] = []
  let lose = options.loseFirstRace
  // Another process's update, taken as the room takes one: applied to the draft, the sequence moved on.
  const takeRemote = (update: Uint8Array) => {
    Y.applyUpdate(doc, update)
    lastSeq++
  }
  const draft = {
    get lastSeq() {
      return lastSeq
    },
    admit() {},
    apply(updates: Uint8Array[]) {
      for (const u of updates) Y.applyUpdate(doc, u)
    },
    compactIfLong: async () => {},
  } as unknown as LiveDraft
  const typing = new PlainTyping({
    doc,
    draft,
    staging: { lagBehind() {} } as unknown as StagingCopy,
    store: async (updates) => {
      appends.push(updates)
      if (lose) throw new StoreMoved('d', lastSeq)
      lastSeq++
    },
    // The winner's update caught up, as the cluster link does: the draft has it, its sequence number moved on.
    caughtUp: async () => {
      lose!(doc)
      lose = undefined
      lastSeq++
    },
    inQueue: (work) => void queued.push(work),
    fullPath: async (_peer, update) => void full.push(update),
    failed: (_peer, error) => assert.fail(`no update fails here: ${String(error)}`),
  })
  return { doc, typing, appends, full, queued, takeRemote }
}

const peer = (name: string) => ({ identity: { delegation: name } }) as unknown as Peer
const deleteClause = (clause: string) => (replica: Y.Doc) => {
  const fragment = replica.getXmlFragment(SHARED.document)
  for (const top of sharedBlocks(fragment))
    if (top instanceof Y.XmlElement && top.getAttribute('id') === clause) {
      const parent = top.parent as Y.XmlElement | Y.XmlFragment
      parent.delete(parent.toArray().indexOf(top), 1)
      return
    }
}

describe('plain typing in batches', () => {
  it('stores the keystrokes of several clients accepted together in one append, once', async () => {
    const { doc, typing, appends, queued } = setUp()
    const one = updateOn(doc, (r) => clauseText(r, 'cop1').insert(0, 'A'))
    const two = updateOn(doc, (r) => clauseText(r, 'cop2').insert(0, 'B'))
    assert.ok(typing.accept(peer('one'), one))
    assert.ok(typing.accept(peer('two'), two))
    assert.equal(queued.length, 1, 'one store queued for the batch')
    await queued[0]!()
    assert.deepEqual(appends, [[one, two]])
    assert.ok(clauseText(doc, 'cop1').toString().startsWith('A'))
    assert.ok(clauseText(doc, 'cop2').toString().startsWith('B'))
  })

  it("takes a keystroke the full way when another process's update taken meanwhile made it no longer plain", async () => {
    const { doc, typing, appends, full, queued, takeRemote } = setUp()
    const typed = updateOn(doc, (r) => clauseText(r, 'cop1').insert(0, 'A'))
    const kept = updateOn(doc, (r) => clauseText(r, 'cop2').insert(0, 'B'))
    assert.ok(typing.accept(peer('one'), typed))
    assert.ok(typing.accept(peer('two'), kept))
    takeRemote(updateOn(doc, deleteClause('cop1')))
    await queued[0]!()
    assert.deepEqual(appends, [[kept]], 'only the one still plain stored in the batch')
    assert.deepEqual(full, [typed], 'the other taken the full way')
  })

  it('checks the batch again after a lost race, against the draft with the winner in it', async () => {
    const { doc, typing, appends, full, queued } = setUp({
      loseFirstRace: (draft) => Y.applyUpdate(draft, updateOn(draft, deleteClause('cop1'))),
    })
    const typed = updateOn(doc, (r) => clauseText(r, 'cop1').insert(0, 'A'))
    assert.ok(typing.accept(peer('one'), typed))
    await queued[0]!()
    assert.deepEqual(appends, [[typed]], 'the append that lost, and none after it')
    assert.deepEqual(full, [typed], 'taken the full way once the winner was caught up')
  })

  it('leaves a keystroke that continues one waiting in the batch to the full path', () => {
    const { doc, typing } = setUp()
    const replica = new Y.Doc({ gc: false })
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
    const updates: Uint8Array[] = []
    replica.on('update', (u: Uint8Array) => updates.push(u))
    clauseText(replica, 'cop1').insert(0, 'A')
    clauseText(replica, 'cop1').insert(1, 'B')
    assert.ok(typing.accept(peer('one'), updates[0]!))
    assert.equal(typing.accept(peer('one'), updates[1]!), false, 'it depends on the first, not yet stored')
  })
})
