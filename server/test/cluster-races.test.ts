// Two processes typing into one draft at once (`--redis`): what one process accepts while its last append is
// under way is stored together, in one append; and when the other process stored first (a lost race), the room
// takes the winner's updates from the Redis message it already heard rather than reading the store again, then
// stores its own on top. (Two servers in one test process stand for two processes; the first one's store is
// wrapped so that the test can hold an append back and count the reads.)
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { SHARED } from '../../schema/index.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import { PgStorage, type Storage } from '../index.ts'
import { connect, draftWithTokens, firstText, sleep, tempDir, testServer, until } from './helpers.ts'
import { postgresSkip, startPostgres, type TestPostgres } from './postgres.ts'
import { redisSkip, startRedis, type TestRedis } from './redis.ts'

/** A store whose appends can be held back, and which notes every append and every catch-up read. */
class WatchedStore {
  /** The number of updates of each append, in order (those that lost the race too). */
  readonly appends: number[] = []
  /** Catch-up reads (`updatesSince`). */
  reads = 0
  private held: Promise<void> | null = null
  private release: (() => void) | null = null
  /** Resolves once an append is waiting at the hold. */
  waiting: Promise<void> = Promise.resolve()
  private arrived: (() => void) | null = null

  constructor(readonly storage: Storage) {}

  /** Holds the next appends until `let go`. */
  hold(): void {
    this.held = new Promise((resolve) => {
      this.release = resolve
    })
    this.waiting = new Promise((resolve) => {
      this.arrived = resolve
    })
  }

  letGo(): void {
    this.held = null
    this.release?.()
  }

  /** The store as the server sees it. */
  wrapped(): Storage {
    return new Proxy(this.storage, {
      get: (target, key) => {
        if (key === 'appendAfter')
          return async (id: string, updates: readonly Uint8Array[], afterSeq: number) => {
            if (this.held) {
              this.arrived?.()
              await this.held
            }
            this.appends.push(updates.length)
            return target.appendAfter(id, updates, afterSeq)
          }
        if (key === 'updatesSince')
          return (id: string, afterSeq: number) => {
            this.reads++
            return target.updatesSince(id, afterSeq)
          }
        const value = Reflect.get(target, key)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
  }
}

describe('two processes typing into one draft at once', { skip: postgresSkip() || redisSkip() }, () => {
  const folder = tempDir()
  let postgres: TestPostgres
  let redis: TestRedis
  let watched: WatchedStore
  let a: Awaited<ReturnType<typeof testServer>>
  let b: Awaited<ReturnType<typeof testServer>>

  before(async () => {
    ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
    const store = await postgres.database()
    watched = new WatchedStore(await PgStorage.open(store))
    ;[a, b] = await Promise.all([
      testServer(folder.dir, { storage: watched.wrapped(), redis: redis.url }),
      testServer(folder.dir, { store, redis: redis.url }),
    ])
  })
  after(async () => {
    watched?.letGo()
    await a?.close()
    await b?.close()
    await redis?.stop()
    await postgres?.stop()
    folder.remove()
  })

  it('stores in one append the keystrokes that arrived while the last append was under way', async () => {
    const draft = await draftWithTokens(a, { chair: ['Chair', 'chair'] })
    const typists = [0, 1, 2, 3].map(() => connect(a, draft.id, draft.tokens.chair!))
    const reader = connect(b, draft.id, draft.tokens.chair!)
    await Promise.all([...typists, reader].map((c) => c.synced))
    watched.hold()
    firstText(typists[0]!.fragment)!.insert(0, '‹0›')
    await watched.waiting
    const before = watched.appends.length
    // Three more, from three other clients, while the first one's append is held back.
    for (const [i, c] of typists.entries()) if (i > 0) firstText(c.fragment)!.insert(0, `‹${i}›`)
    await sleep(300) // they reach the room's queue, behind the append
    watched.letGo()
    const marks = ['‹0›', '‹1›', '‹2›', '‹3›']
    assert.ok(
      await until(() => marks.every((m) => reader.text().includes(m)), 5000),
      'the reader on the other process has every keystroke',
    )
    assert.deepEqual(
      watched.appends.slice(before),
      [1, 3],
      'the held keystroke alone, then the three that came meanwhile in one append',
    )
    for (const c of typists) assert.deepEqual(c.closes, [])
    assert.ok(
      await until(() => typists.every((c) => c.text() === reader.text())),
      'every client has the same draft',
    )
    const stored = draftDocFromStore((await b.storage.loadDraft(draft.id))!)
    assert.equal(stored.getXmlFragment(SHARED.document).toString(), reader.text(), 'the store holds it')
    for (const c of [...typists, reader]) c.destroy()
  })

  it('takes what the other process stored first from its Redis message, without reading the store', async () => {
    const draft = await draftWithTokens(a, { chair: ['Chair', 'chair'] })
    const here = connect(a, draft.id, draft.tokens.chair!)
    const there = connect(b, draft.id, draft.tokens.chair!)
    await Promise.all([here.synced, there.synced])
    // Process a accepts a keystroke; its append is held until process b has stored one of its own.
    watched.hold()
    firstText(here.fragment)!.insert(0, 'A')
    await watched.waiting
    const appendsBefore = watched.appends.length
    firstText(there.fragment)!.insert(0, 'B')
    assert.ok(
      await untilStored(b, draft.id, 1),
      "process b stored its keystroke (and published it) while a's append waits",
    )
    await sleep(100) // its message reaches process a
    const reads = watched.reads
    const races = a.log.lines.filter((l) => l.startsWith('cluster.race ')).length
    watched.letGo()
    const both = (c: { text(): string }) => c.text().includes('A') && c.text().includes('B')
    assert.ok(await until(() => both(here) && both(there), 5000), 'both keystrokes reach both clients')
    assert.ok(await until(() => here.text() === there.text()), 'in the same order')
    const race = a.log.lines.filter((l) => l.startsWith('cluster.race ')).slice(races)
    assert.equal(race.length, 1, `one lost race on process a: ${race.join('; ')}`)
    assert.match(race[0]!, /"from":"bus"/, 'resolved from the message heard')
    assert.equal(watched.reads, reads, 'no catch-up read of the store')
    assert.deepEqual(watched.appends.slice(appendsBefore), [1, 1], 'the lost append, then the one on top')
    const stored = draftDocFromStore((await a.storage.loadDraft(draft.id))!)
    assert.equal(stored.getXmlFragment(SHARED.document).toString(), here.text(), 'the store holds both')
    assert.deepEqual([...here.closes, ...there.closes], [])
    here.destroy()
    there.destroy()
  })
})

/** Waits until the draft's log in the store holds `count` updates. */
async function untilStored(server: { storage: Storage }, id: string, count: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const since = await server.storage.updatesSince(id, 0)
    if (since && since.updates.length >= count) return true
    await new Promise((r) => setTimeout(r, 30))
  }
  return false
}
