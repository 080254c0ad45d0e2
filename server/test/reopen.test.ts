// Reopening a draft that a crash left with a long log (issue 14): the server compacts such logs when it starts,
// before it takes connections, so the first delegate gets the draft from one snapshot, with every keystroke of
// the log in it; a short log is left to its room; an update another process stores during the compaction stays
// in the log. On SQLite and on PostgreSQL.
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import type * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'
import { compactStoredDraft } from '../drafts/compact-stored.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import { createDraft, type Storage } from '../index.ts'
import { openStorage, type StoreChoice } from '../storage/index.ts'
import { connect, firstText, sampleDoc, tempDir, testServer } from './helpers.ts'
import { postgresSkip, startPostgres, type TestPostgres } from './postgres.ts'

/** Enough for the test; the server bench replays 50,000. */
const LONG = 2000
const COMPACT_EVERY = 500

const textOf = (doc: Y.Doc) => doc.getXmlFragment(SHARED.document).toString()

/**
 * Appends `count` one-character updates typed at the end of the draft's first text, one stored update per
 * keystroke as a room stores them, and resolves to the text the draft then holds.
 */
async function typeIntoLog(storage: Storage, id: string, count: number): Promise<string> {
  const doc = draftDocFromStore((await storage.loadDraft(id))!)
  const text = firstText(doc.getXmlFragment(SHARED.document))!
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  for (let i = 0; i < count; i++) text.insert(text.length, 'abcdefghij'[i % 10]!)
  for (const u of updates) await storage.appendUpdate(id, u)
  return textOf(doc)
}

/** The reopening tests on one store; `place` gives each test an empty one. */
function reopening(name: string, place: () => Promise<StoreChoice>, skip: string | false = false) {
  describe(`reopening a draft with a long log on ${name}`, { skip }, () => {
    const folder = tempDir()
    after(() => folder.remove())

    it('compacts it when the server starts: the first client gets every keystroke, the store one snapshot', async () => {
      const choice = await place()
      const storage = await openStorage(choice)
      const long = (await createDraft(storage, sampleDoc())).id
      const short = (await createDraft(storage, sampleDoc())).id
      const expected = await typeIntoLog(storage, long, LONG)
      await typeIntoLog(storage, short, 10)
      await storage.close()

      const server = await testServer(folder.dir, {
        compactEvery: COMPACT_EVERY,
        ...('url' in choice ? { store: choice.url } : { dataDir: choice.dataDir }),
      })
      try {
        assert.ok(server.log.has('store.recover', `"updates":${LONG}`), server.log.lines.join('\n'))
        const stored = (await server.storage.loadDraft(long))!
        assert.equal(stored.updates.length, 0, 'the long log is compacted before any connection')
        assert.equal(textOf(draftDocFromStore(stored)), expected)
        assert.equal((await server.storage.loadDraft(short))!.updates.length, 10, 'a short log is left')

        const { token } = await server.authority.issue({
          draft: long,
          delegation: 'Chair',
          role: 'chair',
          lifetime: 60_000,
        })
        const client = connect(server, long, token)
        try {
          await client.synced
          assert.equal(client.text(), expected)
        } finally {
          client.destroy()
        }
      } finally {
        await server.close()
      }
    })

    it('keeps in the log an update stored by another process while the log is compacted', async () => {
      const choice = await place()
      const storage = await openStorage(choice)
      const other = await openStorage(choice)
      try {
        const id = (await createDraft(storage, sampleDoc())).id
        await typeIntoLog(storage, id, 50)
        // Another process appends right after the log is read for the compaction.
        let late: Uint8Array | null = null
        const racing = new Proxy(storage, {
          get(target, key, receiver) {
            if (key !== 'loadDraft') return Reflect.get(target, key, receiver)
            return async (draft: string) => {
              const stored = (await target.loadDraft(draft))!
              const replica = draftDocFromStore(stored)
              replica.on('update', (u: Uint8Array) => {
                late = u
              })
              firstText(replica.getXmlFragment(SHARED.document))!.insert(0, 'LATE ')
              await other.appendUpdate(draft, late!)
              return stored
            }
          },
        })
        assert.equal(await compactStoredDraft(racing, id), 50)
        const stored = (await storage.loadDraft(id))!
        assert.deepEqual(stored.updates, [late])
        assert.match(textOf(draftDocFromStore(stored)), /LATE .*abcdefghij/)
      } finally {
        await other.close()
        await storage.close()
      }
    })
  })
}

const sqliteFolder = tempDir()
after(() => sqliteFolder.remove())
let n = 0
reopening('SQLite', async () => ({ dataDir: `${sqliteFolder.dir}/${++n}` }))

let postgres: Promise<TestPostgres> | null = null
after(async () => {
  if (postgres) await (await postgres).stop()
})
reopening(
  'PostgreSQL',
  async () => {
    postgres ??= startPostgres()
    return { url: await (await postgres).database() }
  },
  postgresSkip(),
)
