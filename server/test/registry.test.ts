import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { SHARED } from '../../schema/index.ts'
import { createDraft } from '../drafts/create.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import { amendmentFollowUp } from '../follow-up/index.ts'
import { silentLog } from '../log.ts'
import { POLICIES } from '../policy/index.ts'
import { RoomRegistry } from '../room/index.ts'
import { SqliteStorage, type Storage } from '../storage/index.ts'
import { firstText, sampleDoc, sleep, tempDir, updateMessage } from './helpers.ts'

/** The SQLite store with loading and compacting slowed down, and counted, to widen the windows races need. */
function slowStorage(dir: string) {
  const inner = new SqliteStorage(dir)
  const counts = { loads: 0, compactions: 0 }
  const storage: Storage = Object.create(inner, {
    loadDraft: {
      value: async (id: string) => {
        counts.loads++
        await sleep(50)
        return inner.loadDraft(id)
      },
    },
    compact: {
      value: async (...args: Parameters<Storage['compact']>) => {
        counts.compactions++
        await sleep(50)
        return inner.compact(...args)
      },
    },
  })
  return { storage, counts, inner }
}

describe('RoomRegistry', () => {
  const data = tempDir()
  after(() => data.remove())

  it('never holds two copies of a draft: while it loads, while it unloads, and loads it again afterwards', async () => {
    const { storage, counts, inner } = slowStorage(data.dir)
    const { id } = await createDraft(inner, sampleDoc())
    const registry = new RoomRegistry({
      storage,
      log: silentLog,
      policies: POLICIES,
      hooks: [amendmentFollowUp],
      compactEvery: 500,
      awarenessDelay: 30,
      maxDraftBytes: 8 * 1024 * 1024,
    })

    const [a, b, c] = await Promise.all([registry.reserve(id), registry.reserve(id), registry.reserve(id)])
    assert.ok(a && a === b && b === c)
    assert.equal(counts.loads, 1)
    assert.equal(await registry.reserve('nope'), null)
    counts.loads = 0

    // A chair connection edits, then every connection goes: the room compacts to unload (slowly), and a
    // connection arriving meanwhile keeps it.
    const peer = {
      identity: { draftId: id, delegation: 'Chair', role: 'chair' as const, tokenId: 't' },
      closed: false,
      send() {},
      close() {},
    }
    a.join(peer)
    const replica = draftDocFromStore((await inner.loadDraft(id))!)
    let update: Uint8Array | null = null
    replica.on('update', (u: Uint8Array) => {
      update = u
    })
    firstText(replica.getXmlFragment(SHARED.document))!.insert(0, 'Edited ')
    await a.receive(peer, updateMessage(update!))
    b.release()
    c.release()
    a.leave(peer)
    const kept = await sleep(10).then(() => registry.reserve(id))
    assert.equal(kept, a)
    await sleep(120)
    assert.equal(counts.compactions, 1)
    assert.equal(a.destroyed, false)
    assert.equal(counts.loads, 0)

    kept!.release()
    await sleep(120)
    assert.equal(a.destroyed, true)
    assert.match(
      draftDocFromStore((await inner.loadDraft(id))!)
        .getXmlFragment(SHARED.document)
        .toString(),
      /Edited/,
    )
    const fresh = await registry.reserve(id)
    assert.notEqual(fresh, a)
    assert.equal(counts.loads, 1)
    fresh!.release()
    await registry.close()
    await inner.close()
  })
})
