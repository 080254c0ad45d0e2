import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'
import { draftDocFrom, draftDocFromStore } from '../drafts/ydoc.ts'
import { SqliteStorage } from '../storage/index.ts'
import { firstText, sampleDoc, tempDir } from './helpers.ts'

const fields = { title: 'Cooperation', symbol: 'A/C.3/71/L.23', lang: 'en' as const, organ: 'ga' as const }

/** An edit made on a replica of the stored draft, as the update Yjs produces for it. */
function edit(doc: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array | null = null
  const keep = (u: Uint8Array) => {
    update = u
  }
  doc.on('update', keep)
  firstText(doc.getXmlFragment(SHARED.document))!.insert(0, text)
  doc.off('update', keep)
  return update!
}

const textOf = (doc: Y.Doc) => doc.getXmlFragment(SHARED.document).toString()

describe('SqliteStorage', () => {
  const data = tempDir()
  after(() => data.remove())

  it('appends updates, loads snapshot and log, and keeps them across reopening the file', async () => {
    const storage = new SqliteStorage(data.dir)
    const replica = draftDocFrom(sampleDoc())
    await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(replica))
    const seq1 = await storage.appendUpdate('d1', edit(replica, 'one '))
    const seq2 = await storage.appendUpdate('d1', edit(replica, 'two '))
    assert.ok(seq2 > seq1)
    await storage.close()

    const reopened = new SqliteStorage(data.dir)
    const stored = (await reopened.loadDraft('d1'))!
    assert.equal(stored.updates.length, 2)
    assert.equal(stored.lastSeq, seq2)
    assert.equal(textOf(draftDocFromStore(stored)), textOf(replica))
    assert.equal(await reopened.loadDraft('nope'), null)
    assert.deepEqual(
      (await reopened.listDrafts()).map((d) => [d.id, d.title, d.symbol]),
      [['d1', 'Cooperation', 'A/C.3/71/L.23']],
    )
    await reopened.close()
  })

  it('compacts up to a sequence number without losing an update appended meanwhile', async () => {
    const storage = new SqliteStorage(data.dir)
    const replica = draftDocFromStore((await storage.loadDraft('d1'))!)
    const seq3 = await storage.appendUpdate('d1', edit(replica, 'three '))
    // The state to compact is taken here; an update arrives before the compaction is written.
    const state = Y.encodeStateAsUpdate(replica)
    const late = edit(replica, 'four ')
    const seq4 = await storage.appendUpdate('d1', late)
    await storage.compact('d1', state, seq3, { ...fields, title: 'Renamed' })
    const stored = (await storage.loadDraft('d1'))!
    assert.deepEqual(stored.updates, [late])
    assert.equal(stored.lastSeq, seq4)
    const loaded = draftDocFromStore(stored)
    assert.match(textOf(loaded), /four three two one /)
    assert.equal((await storage.draft('d1'))!.title, 'Renamed')
    await storage.close()
  })

  it('records, lists and revokes invitations', async () => {
    const storage = new SqliteStorage(data.dir)
    const base = { draft: 'd1', role: 'observer' as const, expires: null, revoked: null }
    await storage.addInvitation({ ...base, id: 'i1', delegation: 'Press', created: 1 })
    await storage.addInvitation({ ...base, id: 'i2', delegation: 'France', role: 'delegate', created: 2 })
    assert.deepEqual(
      (await storage.invitations('d1')).map((i) => i.id),
      ['i2', 'i1'],
    )
    assert.equal(await storage.revokeInvitation('i1'), true)
    assert.equal(await storage.revokeInvitation('i1'), false)
    assert.equal(await storage.revokeInvitation('nope'), false)
    assert.notEqual((await storage.invitation('i1'))!.revoked, null)
    assert.equal((await storage.invitation('i2'))!.revoked, null)
    await storage.close()
  })

  it('keeps one signing secret', async () => {
    const a = new SqliteStorage(data.dir)
    const b = new SqliteStorage(data.dir)
    const secret = await a.signingSecret()
    assert.equal(secret.length, 32)
    assert.deepEqual(await b.signingSecret(), secret)
    await a.close()
    await b.close()
  })
})
