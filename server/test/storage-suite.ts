// What every store guarantees, as one suite run on each (storage.test.ts on SQLite, storage-postgres.test.ts on
// PostgreSQL). "Two instances" on one place stand for two processes on one store: each has its own connections.
import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'
import * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'
import { Authority } from '../auth/index.ts'
import { draftDocFrom, draftDocFromStore } from '../drafts/ydoc.ts'
import { ArchivedDraftError, type Storage, type StoredComment } from '../storage/index.ts'
import { firstText, sampleDoc } from './helpers.ts'

/** A fresh, empty place for a store (a data folder, a database), and how to open it, as often as a test likes. */
export interface StorePlace {
  open(): Promise<Storage>
  remove(): Promise<void>
}

const fields = { title: 'Cooperation', symbol: 'A/C.3/71/L.23', lang: 'en' as const, organ: 'ga' as const }

/** An edit made on a replica of the stored draft, as the update Yjs produces for it. */
export function edit(doc: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array | null = null
  const keep = (u: Uint8Array) => {
    update = u
  }
  doc.on('update', keep)
  firstText(doc.getXmlFragment(SHARED.document))!.insert(0, text)
  doc.off('update', keep)
  return update!
}

/** The text of a draft's document. */
export const textOf = (doc: Y.Doc) => doc.getXmlFragment(SHARED.document).toString()

/** The markers `‹n›` a text holds, sorted by number. */
const markersIn = (text: string) =>
  [...text.matchAll(/‹(\d+)›/g)].map((m) => Number(m[1])).sort((a, b) => a - b)

/** `0, 1, ... n-1` */
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i)

/** Everything an iterable yields. */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

/** The items again, as an async iterable. */
async function* each<T>(items: T[]): AsyncIterable<T> {
  yield* items
}

/**
 * A store with a row in every table: draft d1 edited twice (its log not compacted), a signing secret and a
 * setting, its invitation and a server-wide one, a revision, a history entry and a comment.
 */
async function fill(storage: Storage) {
  const replica = draftDocFrom(sampleDoc())
  const state = Y.encodeStateAsUpdate(replica)
  await storage.createDraft('d1', fields, state)
  await storage.appendUpdate('d1', edit(replica, 'one '))
  await storage.compact(
    'd1',
    Y.encodeStateAsUpdate(replica),
    (await storage.loadDraft('d1'))!.lastSeq,
    fields,
  )
  await storage.appendUpdate('d1', edit(replica, 'two '))
  await storage.appendUpdate('d1', edit(replica, 'three '))
  await storage.setSetting('demo-draft', 'd1')
  const authority = await Authority.open(storage)
  const { invitation } = await authority.issue({
    draft: 'd1',
    delegation: 'Egypt',
    role: 'delegate',
    lifetime: null,
  })
  const wide = await authority.issue({ draft: '*', delegation: 'Chair', role: 'chair', lifetime: null })
  const revision = {
    draft: 'd1',
    n: 1,
    symbol: 'A/C.3/71/L.23/Rev.1',
    note: 'First',
    date: 1_700_000_000_000,
    by: 'Chair',
    state: Y.encodeStateAsUpdate(replica),
    doc: '{"type":"doc"}',
    records: '[]',
  }
  await storage.addRevision(revision)
  const entry = {
    at: 5,
    delegation: 'Chair',
    role: 'chair' as const,
    action: 'revision.issued',
    amendment: null,
    clause: null,
    label: null,
    detail: { revision: 1 },
  }
  await storage.appendHistory('d1', [entry])
  const comment: StoredComment = {
    id: 'c1',
    draft: 'd1',
    replyTo: null,
    author: 'Egypt',
    role: 'delegate',
    visibility: 'all',
    clause: 'o1',
    quote: null,
    anchor: null,
    text: 'Why?',
    created: 3,
    edited: null,
    resolved: null,
    resolvedBy: null,
  }
  await storage.addComment(comment)
  return {
    state,
    text: textOf(replica),
    invitation: invitation.id,
    wide: wide.invitation.id,
    revision,
    entry,
  }
}

/**
 * The storage suite: `fresh` gives each test an empty place of the store under test. `skip` skips it all, with
 * the reason given.
 */
export function storageSuite(name: string, fresh: () => Promise<StorePlace>, skip: string | false = false) {
  describe(`${name}: the storage guarantees`, { skip }, () => {
    const opened: Storage[] = []
    const places: StorePlace[] = []

    /** A fresh place and an open store on it; `open` opens another instance (another process) on it. */
    async function place(): Promise<{ storage: Storage; open(): Promise<Storage> }> {
      const p = await fresh()
      places.push(p)
      const open = async () => {
        const s = await p.open()
        opened.push(s)
        return s
      }
      return { storage: await open(), open }
    }

    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close()
      for (const p of places.splice(0)) await p.remove()
    })

    it('appends updates, loads snapshot and log, and keeps them across reopening', async () => {
      const { storage, open } = await place()
      const replica = draftDocFrom(sampleDoc())
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(replica))
      const seq1 = await storage.appendUpdate('d1', edit(replica, 'one '))
      const seq2 = await storage.appendUpdate('d1', edit(replica, 'two '))
      assert.ok(seq2 > seq1)
      await storage.close()

      const reopened = await open()
      const stored = (await reopened.loadDraft('d1'))!
      assert.equal(stored.updates.length, 2)
      assert.equal(stored.lastSeq, seq2)
      assert.equal(textOf(draftDocFromStore(stored)), textOf(replica))
      assert.equal(await reopened.loadDraft('nope'), null)
      assert.equal(await reopened.draft('nope'), null)
      assert.deepEqual(
        (await reopened.listDrafts()).map((d) => [d.id, d.title, d.symbol, d.lang, d.organ]),
        [['d1', 'Cooperation', 'A/C.3/71/L.23', 'en', 'ga']],
      )
      const meta = (await reopened.draft('d1'))!
      assert.ok(meta.updated >= meta.created && typeof meta.created === 'number')
    })

    it('compacts up to a sequence number without losing an update appended meanwhile', async () => {
      const { storage } = await place()
      const replica = draftDocFrom(sampleDoc())
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(replica))
      await storage.appendUpdate('d1', edit(replica, 'one '))
      const seq2 = await storage.appendUpdate('d1', edit(replica, 'two '))
      // The state to compact is taken here; an update arrives before the compaction is written.
      const state = Y.encodeStateAsUpdate(replica)
      const late = edit(replica, 'three ')
      const seq3 = await storage.appendUpdate('d1', late)
      await storage.compact('d1', state, seq2, { ...fields, title: 'Renamed' })
      const stored = (await storage.loadDraft('d1'))!
      assert.deepEqual(stored.updates, [late])
      assert.equal(stored.lastSeq, seq3)
      assert.match(textOf(draftDocFromStore(stored)), /three two one /)
      assert.equal((await storage.draft('d1'))!.title, 'Renamed')

      // Compacted to the end, the log is empty and the last sequence number is still known.
      await storage.compact('d1', Y.encodeStateAsUpdate(replica), seq3, fields)
      const compacted = (await storage.loadDraft('d1'))!
      assert.deepEqual(compacted.updates, [])
      assert.equal(compacted.lastSeq, seq3)
      assert.match(textOf(draftDocFromStore(compacted)), /three two one /)
      assert.ok((await storage.appendUpdate('d1', edit(replica, 'four '))) > seq3)
    })

    it('names the drafts whose logs hold at least so many updates since their last compaction', async () => {
      const { storage, open } = await place()
      const replica = draftDocFrom(sampleDoc())
      for (const id of ['long', 'short', 'none'])
        await storage.createDraft(id, fields, Y.encodeStateAsUpdate(replica))
      let last = 0
      for (let i = 0; i < 3; i++) last = await storage.appendUpdate('long', edit(replica, `${i} `))
      await storage.appendUpdate('short', edit(draftDocFrom(sampleDoc()), 'x '))
      assert.deepEqual(await storage.longLogs(3), ['long'])
      assert.deepEqual(await (await open()).longLogs(1), ['long', 'short'], 'another process sees the same')
      // Compacted up to its second update, the long draft's log holds one: no longer long.
      await storage.compact('long', Y.encodeStateAsUpdate(replica), last - 1, fields)
      assert.deepEqual(await storage.longLogs(2), [])
      assert.deepEqual(await storage.longLogs(1), ['long', 'short'])
    })

    it('keeps the newer snapshot when an older compaction of another process arrives after it', async () => {
      const { storage, open } = await place()
      const other = await open()
      const replica = draftDocFrom(sampleDoc())
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(replica))
      const seq1 = await storage.appendUpdate('d1', edit(replica, 'one '))
      const older = Y.encodeStateAsUpdate(replica)
      const seq2 = await other.appendUpdate('d1', edit(replica, 'two '))
      const newer = Y.encodeStateAsUpdate(replica)
      await other.compact('d1', newer, seq2, fields)
      await storage.compact('d1', older, seq1, { ...fields, title: 'Stale' })
      const stored = (await storage.loadDraft('d1'))!
      assert.match(textOf(draftDocFromStore(stored)), /two one /)
      assert.equal((await storage.draft('d1'))!.title, 'Cooperation')
    })

    it('gives two processes appending at once distinct numbers, in the order of the log', async () => {
      const { storage, open } = await place()
      const other = await open()
      const replica = draftDocFrom(sampleDoc())
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(replica))
      const updates = upTo(60).map((i) => edit(replica, `‹${i}›`))
      const numbered = await Promise.all(
        updates.map(async (u, i) => ({ u, seq: await (i % 2 ? other : storage).appendUpdate('d1', u) })),
      )
      assert.equal(new Set(numbered.map((n) => n.seq)).size, updates.length, 'distinct sequence numbers')
      const stored = (await storage.loadDraft('d1'))!
      assert.deepEqual(
        stored.updates,
        numbered.sort((a, b) => a.seq - b.seq).map((n) => n.u),
        'the log in the order of the sequence numbers',
      )
      assert.equal(stored.lastSeq, numbered.at(-1)!.seq)
      assert.deepEqual(markersIn(textOf(draftDocFromStore(stored))), upTo(60))
    })

    it('appends after a sequence number only while it is still the last: one of two racing processes wins', async () => {
      const { storage, open } = await place()
      const other = await open()
      const replica = draftDocFrom(sampleDoc())
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(replica))
      const start = (await storage.loadDraft('d1'))!.lastSeq
      // Both saw the draft at `start`; only one may append on top of it, however many rounds.
      let last = start
      for (let round = 0; round < 20; round++) {
        const [a, b] = await Promise.all([
          storage.appendAfter('d1', [edit(replica, `‹a${round}›`), edit(replica, `‹x${round}›`)], last),
          other.appendAfter('d1', [edit(replica, `‹b${round}›`)], last),
        ])
        assert.equal(
          [a, b].filter((seq) => seq !== null).length,
          1,
          `round ${round}: exactly one append wins`,
        )
        const since = (await other.updatesSince('d1', last))!
        assert.equal(since.snapshot, null)
        assert.equal(since.updates.length, a !== null ? 2 : 1, 'what the winner appended, and nothing else')
        last = (a ?? b)!
        assert.equal(since.lastSeq, last)
      }
      assert.equal((await storage.loadDraft('d1'))!.lastSeq, last)
      assert.deepEqual(await storage.updatesSince('d1', last), { snapshot: null, updates: [], lastSeq: last })
      assert.equal(await storage.updatesSince('nope', 0), null)
      await assert.rejects(storage.appendAfter('nope', [edit(replica, 'x')], 0), /draft 'nope'/)
    })

    it('refuses appends to an archived draft: every update is stored before the archive or not at all', async () => {
      const { storage, open } = await place()
      const other = await open()
      const replica = draftDocFrom(sampleDoc())
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(replica))
      // Another process appends while this one archives: each append lands before the archive or is refused.
      let last = (await storage.loadDraft('d1'))!.lastSeq
      const appended: number[] = []
      const appending = (async () => {
        for (let i = 0; ; i++) {
          try {
            const seq = await other.appendAfter('d1', [edit(replica, `‹${i}›`)], last)
            if (seq !== null) {
              last = seq
              appended.push(seq)
            }
            await new Promise((resolve) => setImmediate(resolve)) // SQLite answers at once: let the archive in
          } catch (e) {
            assert.ok(e instanceof ArchivedDraftError, `refused as archived: ${(e as Error).message}`)
            return
          }
        }
      })()
      while (appended.length < 3) await new Promise((resolve) => setImmediate(resolve))
      assert.ok(await storage.setArchived('d1', 1234))
      await appending
      const stored = (await storage.loadDraft('d1'))!
      assert.equal(stored.lastSeq, appended.at(-1), 'nothing stored after the archive')
      assert.equal(stored.updates.length, appended.length)
      await assert.rejects(other.appendUpdate('d1', edit(replica, 'x')), (e: Error) => {
        assert.ok(e instanceof ArchivedDraftError)
        assert.equal(e.archivedAt, 1234)
        assert.match(e.message, /draft 'd1' is archived/)
        return true
      })
      await assert.rejects(storage.appendAfter('d1', [edit(replica, 'y')], last), ArchivedDraftError)
      // A schema upgrade (the migration on load) is how the draft is held, not what it says: stored still.
      const upgraded = await storage.appendAfter('d1', [edit(replica, 'z')], last, { upgrade: true })
      assert.equal(upgraded, last + 1)
      assert.ok(await storage.setArchived('d1', null))
      assert.equal(await other.appendUpdate('d1', edit(replica, 'open ')), upgraded! + 1, 'opened again')
    })

    it('catches up from the snapshot when a compaction dropped updates after the number asked for', async () => {
      const { storage } = await place()
      const replica = draftDocFrom(sampleDoc())
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(replica))
      const seen = await storage.appendAfter('d1', [edit(replica, 'one ')], 0)
      const seq2 = await storage.appendAfter('d1', [edit(replica, 'two ')], seen!)
      await storage.compact('d1', Y.encodeStateAsUpdate(replica), seq2!, fields)
      const seq3 = await storage.appendAfter('d1', [edit(replica, 'three ')], seq2!)
      const since = (await storage.updatesSince('d1', seen!))!
      assert.ok(since.snapshot, 'the compacted state, since update 2 is no longer in the log')
      assert.equal(since.updates.length, 1)
      assert.equal(since.lastSeq, seq3)
      const caughtUp = draftDocFromStore({
        ...(await storage.loadDraft('d1'))!,
        snapshot: since.snapshot!,
        updates: since.updates,
      })
      assert.match(textOf(caughtUp), /three two one /)
    })

    it('loses no update when two processes compact the same draft at once while both append', async () => {
      const { storage, open } = await place()
      const other = await open()
      const processes = [storage, other]
      const initial = draftDocFrom(sampleDoc())
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(initial))
      // Every update stored so far, by sequence number. Each process has its own typist (its clients), whose
      // edits it stores in the order they are typed; those of the two interleave in the log.
      const bySeq = new Map<number, Uint8Array>()
      const typists = processes.map(() => {
        const doc = new Y.Doc()
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(initial))
        return doc
      })
      let typed = 0
      const append = async (p: Storage) => {
        const update = edit(typists[processes.indexOf(p)]!, `‹${typed++}›`)
        bySeq.set(await p.appendUpdate('d1', update), update)
      }
      /** The state a process holds once it has applied every update up to `seq`. */
      const stateUpTo = (seq: number) => {
        const doc = new Y.Doc()
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(initial))
        for (const [s, u] of [...bySeq].sort((a, b) => a[0] - b[0])) if (s <= seq) Y.applyUpdate(doc, u)
        return Y.encodeStateAsUpdate(doc)
      }
      for (let round = 0; round < 8; round++) {
        for (let i = 0; i < 6; i++) await append(processes[i % 2]!)
        const seqs = [...bySeq.keys()].sort((a, b) => a - b)
        // Each process compacts what it has seen, one a little behind the other, while both keep appending.
        const a = seqs.at(-1 - (round % 3))!
        const b = seqs.at(-1 - ((round + 1) % 3))!
        await Promise.all([
          storage.compact('d1', stateUpTo(a), a, fields),
          other.compact('d1', stateUpTo(b), b, fields),
          append(storage),
          append(other),
        ])
        const stored = (await storage.loadDraft('d1'))!
        assert.deepEqual(markersIn(textOf(draftDocFromStore(stored))), upTo(typed), `round ${round}`)
      }
      const stored = (await (await open()).loadDraft('d1'))!
      assert.deepEqual(markersIn(textOf(draftDocFromStore(stored))), upTo(typed))
    })

    it('loads a consistent draft while another process appends and compacts', async () => {
      const { storage, open } = await place()
      const other = await open()
      const replica = draftDocFrom(sampleDoc())
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(replica))
      let acknowledged = 0
      let stop = false
      const writing = (async () => {
        for (let i = 0; i < 120; i++) {
          const seq = await other.appendUpdate('d1', edit(replica, `‹${i}›`))
          acknowledged = i + 1
          if (i % 10 === 9) await other.compact('d1', Y.encodeStateAsUpdate(replica), seq, fields)
        }
        stop = true
      })()
      let loads = 0
      while (!stop) {
        const before = acknowledged
        const markers = markersIn(textOf(draftDocFromStore((await storage.loadDraft('d1'))!)))
        assert.deepEqual(
          markers.slice(0, before),
          upTo(before),
          `load ${loads}: an acknowledged update missing`,
        )
        loads++
      }
      await writing
      assert.ok(loads > 1)
    })

    it('records, lists and revokes invitations', async () => {
      const { storage, open } = await place()
      const base = { draft: 'd1', role: 'observer' as const, expires: null, revoked: null }
      await storage.addInvitation({ ...base, id: 'i1', delegation: 'Press', created: 1 })
      await storage.addInvitation({ ...base, id: 'i2', delegation: 'France', role: 'delegate', created: 2 })
      await storage.addInvitation({ ...base, id: 'i3', delegation: 'Egypt', created: 2, expires: 1e12 })
      assert.deepEqual(
        (await storage.invitations('d1')).map((i) => i.id),
        ['i3', 'i2', 'i1'],
      )
      assert.deepEqual(await storage.invitation('i3'), {
        ...base,
        id: 'i3',
        delegation: 'Egypt',
        created: 2,
        expires: 1e12,
      })
      const other = await open()
      assert.equal(await other.revokeInvitation('i1'), true)
      assert.equal(await storage.revokeInvitation('i1'), false)
      assert.equal(await storage.revokeInvitation('nope'), false)
      assert.equal(typeof (await storage.invitation('i1'))!.revoked, 'number')
      assert.equal((await storage.invitation('i2'))!.revoked, null)
      assert.equal(await storage.invitation('nope'), null)
      assert.deepEqual(await storage.invitations('other'), [])
    })

    it('keeps comments in the order written, with their edits and resolution, for every process', async () => {
      const { storage, open } = await place()
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(draftDocFrom(sampleDoc())))
      const first: StoredComment = {
        id: 'c1',
        draft: 'd1',
        replyTo: null,
        author: 'France',
        role: 'delegate',
        visibility: 'all',
        clause: 'op-1',
        quote: 'Réaffirmant',
        anchor: 'AAEC',
        text: 'Could we say "recalling"?',
        created: 5,
        edited: null,
        resolved: null,
        resolvedBy: null,
      }
      // Written in the same millisecond as the first: still listed after it.
      const reply = {
        ...first,
        id: 'c2',
        replyTo: 'c1',
        author: 'Chair',
        role: 'chair' as const,
        quote: null,
      }
      const note = {
        ...reply,
        id: 'c0',
        replyTo: null,
        visibility: 'chair' as const,
        clause: 'pp-2',
        created: 4,
      }
      for (const c of [first, reply, note]) await storage.addComment(c)
      const other = await open()
      assert.deepEqual(await other.comments('d1'), [note, first, reply])
      const resolved = { ...first, text: 'Or "recognizing"?', edited: 7, resolved: 9, resolvedBy: 'Chair' }
      await other.updateComment(resolved)
      assert.deepEqual(await storage.comments('d1'), [note, resolved, reply])
      assert.deepEqual(await storage.comments('other'), [])
    })

    it('keeps revisions as issued and the history in order, and changes or deletes neither', async () => {
      const { storage, open } = await place()
      const ydoc = draftDocFrom(sampleDoc())
      await storage.createDraft('d1', fields, Y.encodeStateAsUpdate(ydoc))
      const revision = {
        draft: 'd1',
        n: 1,
        symbol: 'A/C.3/71/L.23/Rev.1',
        note: 'After the first reading',
        date: 1_700_000_000_000,
        by: 'Facilitator',
        state: Y.encodeStateAsUpdate(ydoc),
        doc: '{"type":"doc"}',
        records: '[]',
      }
      await storage.addRevision(revision)
      await assert.rejects(storage.addRevision({ ...revision, note: 'again' }), 'a number is taken once')
      const other = await open()
      assert.deepEqual(await other.revision('d1', 1), revision)
      assert.equal(await other.revision('d1', 2), null)
      assert.deepEqual(
        (await other.revisions('d1')).map((r) => [r.n, r.symbol, r.note, r.date, r.by]),
        [[1, 'A/C.3/71/L.23/Rev.1', 'After the first reading', 1_700_000_000_000, 'Facilitator']],
      )
      const entry = (action: string, at: number) => ({
        at,
        delegation: 'Egypt',
        role: 'delegate' as const,
        action,
        amendment: 'eg1',
        clause: 'o1',
        label: 'operative paragraph 1',
        detail: { inserted: ['protect'], deleted: [] },
      })
      await Promise.all([
        storage.appendHistory('d1', [entry('amendment.proposed', 1), entry('amendment.supported', 2)]),
        other.appendHistory('d1', [entry('amendment.accepted', 3)]),
      ])
      const history = await storage.history('d1')
      assert.deepEqual(
        history.map((e) => e.seq),
        [1, 2, 3],
        'two writers never share a number',
      )
      const proposed = history.find((e) => e.action === 'amendment.proposed')!
      assert.deepEqual(proposed, { draft: 'd1', seq: proposed.seq, ...entry('amendment.proposed', 1) })
      assert.equal(history[proposed.seq]!.action, 'amendment.supported', "one call's entries stay together")
    })

    // Archive, delete, backup and restore (issue 16).
    it('archives and reopens a draft, and deletes one with everything of it, leaving the others', async () => {
      const { storage, open } = await place()
      const filled = await fill(storage)
      await storage.createDraft('d2', fields, filled.state)
      assert.equal((await storage.draft('d1'))!.archived, null)
      assert.equal(await storage.setArchived('d1', 1_700_000_000_000), true)
      assert.equal(await storage.setArchived('nope', 1), false)
      const other = await open()
      assert.equal((await other.draft('d1'))!.archived, 1_700_000_000_000)
      assert.equal((await other.loadDraft('d1'))!.meta.archived, 1_700_000_000_000)
      await storage.setArchived('d1', null)
      assert.equal((await other.draft('d1'))!.archived, null)

      assert.equal(await other.deleteDraft('d1'), true)
      assert.equal(await storage.draft('d1'), null)
      assert.equal(await storage.loadDraft('d1'), null)
      assert.deepEqual(await storage.revisions('d1'), [])
      assert.deepEqual(await storage.history('d1'), [])
      assert.deepEqual(await storage.comments('d1'), [])
      assert.deepEqual(await storage.invitations('d1'), [])
      assert.equal(await storage.invitation(filled.invitation), null)
      assert.equal(await storage.deleteDraft('d1'), false)
      assert.deepEqual(
        (await storage.listDrafts()).map((d) => d.id),
        ['d2'],
      )
      assert.ok(await storage.invitation(filled.wide), 'a server-wide invitation stays')
      // Revisions and history are still kept as issued for the drafts that remain.
      await storage.addRevision({ ...filled.revision, draft: 'd2' })
      await storage.appendHistory('d2', [filled.entry])
      const stillKept = await storage.deleteDraft('d2')
      assert.equal(stillKept, true)
    })

    it('backs up every table and restores it into an empty store, refusing a store that is not empty', async () => {
      const { storage } = await place()
      const filled = await fill(storage)
      await storage.setArchived('d1', 1_700_000_000_123)
      const records = await collect(storage.backup())
      assert.deepEqual(
        [...new Set(records.map((r) => r.table))],
        ['settings', 'drafts', 'updates', 'invitations', 'revisions', 'history', 'comments'],
      )
      const target = (await place()).storage
      await target.restore(each(records), { replace: false })
      assert.deepEqual(await target.signingSecret(), await storage.signingSecret())
      assert.deepEqual(await target.listDrafts(), await storage.listDrafts())
      const [before, after] = [await storage.loadDraft('d1'), await target.loadDraft('d1')]
      assert.equal(textOf(draftDocFromStore(after!)), textOf(draftDocFromStore(before!)))
      assert.equal(textOf(draftDocFromStore(after!)), filled.text)
      assert.deepEqual(
        await target.invitation(filled.invitation),
        await storage.invitation(filled.invitation),
      )
      assert.deepEqual(await target.revision('d1', 1), await storage.revision('d1', 1))
      assert.deepEqual(await target.history('d1'), await storage.history('d1'))
      assert.deepEqual(await target.comments('d1'), await storage.comments('d1'))
      assert.equal(await target.setting('demo-draft'), 'd1')
      // The restored store goes on: a new update is numbered after the restored log and survives a compaction.
      const replica = draftDocFromStore(after!)
      await target.setArchived('d1', null) // archived above, to see the mark restored: an archive takes no update
      const seq = await target.appendUpdate('d1', edit(replica, 'after '))
      assert.ok(seq > after!.lastSeq)
      const edited = textOf(replica)
      await target.compact('d1', Y.encodeStateAsUpdate(replica), seq, fields)
      assert.equal(textOf(draftDocFromStore((await target.loadDraft('d1'))!)), edited)

      await assert.rejects(target.restore(each(records), { replace: false }), { name: 'StoreNotEmpty' })
      assert.equal(textOf(draftDocFromStore((await target.loadDraft('d1'))!)), edited)
      await target.restore(each(records), { replace: true })
      assert.equal(textOf(draftDocFromStore((await target.loadDraft('d1'))!)), filled.text)
      assert.deepEqual(await target.history('d1'), await storage.history('d1'))
    })

    it('restores all or nothing: a record that fails leaves the store as it was', async () => {
      const { storage } = await place()
      await fill(storage)
      const records = await collect(storage.backup())
      const target = (await place()).storage
      const twice = [...records, records.find((r) => r.table === 'comments')!]
      await assert.rejects(target.restore(each(twice), { replace: false }))
      assert.deepEqual(await target.listDrafts(), [])
      assert.equal(await target.setting('signing-secret'), null)
      await target.restore(each(records), { replace: false })
      assert.equal((await target.listDrafts()).length, 1)
    })

    it('keeps settings', async () => {
      const { storage, open } = await place()
      assert.equal(await storage.setting('demo-draft'), null)
      await storage.setSetting('demo-draft', 'd1')
      await storage.setSetting('demo-draft', 'd2')
      assert.equal(await (await open()).setting('demo-draft'), 'd2')
    })

    it('keeps one signing secret, so a token issued by one process opens the draft on another', async () => {
      const p = await fresh()
      places.push(p)
      // Three processes starting together on an empty store.
      const [a, b, c] = await Promise.all([p.open(), p.open(), p.open()])
      opened.push(a!, b!, c!)
      const secrets = await Promise.all([a!, b!, c!].map((s) => s.signingSecret()))
      assert.equal(secrets[0]!.length, 32)
      assert.deepEqual(secrets[1], secrets[0])
      assert.deepEqual(secrets[2], secrets[0])
      const { token } = await (await Authority.open(a!)).issue({
        draft: 'd1',
        delegation: 'France',
        role: 'delegate',
        lifetime: 60_000,
      })
      const claims = await (await Authority.open(b!)).check(token, 'd1')
      assert.equal(claims.delegation, 'France')
    })
  })
}
