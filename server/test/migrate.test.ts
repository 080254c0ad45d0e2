// Drafts stored by schema version 1, whose paragraphs stood at the top level of the document, opened by this
// server: brought into the preamble and the operative part once, with their ids, words and marks, for everyone.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import * as Y from 'yjs'
import { blocksOf, forEachBlock, META, SCHEMA_VERSION, SHARED, schema } from '../../schema/index.ts'
import { markKey, nodeToYElement } from '../convert/index.ts'
import { draftFields } from '../drafts/fields.ts'
import { migrateDraft } from '../drafts/migrate.ts'
import { draftDocFrom, draftDocFromStore, proseMirrorDoc } from '../drafts/ydoc.ts'
import { openStoredDraft } from '../room/stored-draft.ts'
import { PgStorage, type Storage } from '../storage/index.ts'
import { connect, memoryLog, sampleDoc, tempDir, testServer, until } from './helpers.ts'
import { postgresSkip, startPostgres, type TestPostgres } from './postgres.ts'

const { nodes, marks } = schema
const egypt = marks.insertion.create({ amendment: 'eg1', delegation: 'Egypt' })

/** The sample draft with Egypt's proposed words in its first operative paragraph, as version 1 stored it. */
function versionOne(): Y.Doc {
  const blocks = blocksOf(sampleDoc()).map((block) =>
    block.attrs.id === 'cop1'
      ? nodes.operative.create(
          { id: 'cop1' },
          nodes.para.create(null, [
            schema.text('Decides to act'),
            schema.text(' at once', [egypt]),
            schema.text(';'),
          ]),
        )
      : block,
  )
  const ydoc = new Y.Doc({ gc: false })
  ydoc.transact(() => {
    ydoc.getXmlFragment(SHARED.document).insert(0, blocks.map(nodeToYElement))
    const meta = ydoc.getMap(SHARED.meta)
    meta.set(META.schemaVersion, 1)
    meta.set(META.lang, 'en')
    meta.set(META.organ, 'ga')
  })
  return ydoc
}

/** The paragraphs of a draft in order: kind, id and text. */
function paragraphs(doc: ReturnType<typeof proseMirrorDoc>): string[] {
  const out: string[] = []
  forEachBlock(doc, (n) => {
    if (n.type.name === 'preambular' || n.type.name === 'operative')
      out.push(`${n.type.name} ${n.attrs.id}: ${n.textContent}`)
  })
  return out
}

const PARAGRAPHS = [
  'preambular cpre1: Recalling its work,',
  'operative cop1: Decides to act at once;',
  'operative cop2: Decides to remain seized.',
]

describe('migrating a draft of schema version 1', () => {
  it('puts the paragraphs in their parts, keeping ids, words and marks, in one update', () => {
    const ydoc = versionOne()
    const elsewhere = new Y.Doc({ gc: false })
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(ydoc))
    const update = migrateDraft(ydoc)
    assert.ok(update, 'the draft needed migrating')
    assert.equal(ydoc.getMap(SHARED.meta).get(META.schemaVersion), SCHEMA_VERSION)
    assert.deepEqual(
      ydoc
        .getXmlFragment(SHARED.document)
        .toArray()
        .map((el) => (el as Y.XmlElement).nodeName),
      ['header', 'title', 'formula', 'preamble', 'operative_part'],
    )
    const doc = proseMirrorDoc(ydoc)
    doc.check()
    assert.deepEqual(paragraphs(doc), PARAGRAPHS)
    let marked = ''
    doc.descendants((node) => {
      if (node.isText && egypt.isInSet(node.marks)) marked += node.text
    })
    assert.equal(marked, ' at once', "Egypt's proposed words keep their mark")
    // The update it returns brings another copy of the old draft to the same place.
    Y.applyUpdate(elsewhere, update)
    assert.deepEqual(paragraphs(proseMirrorDoc(elsewhere)), PARAGRAPHS)
    assert.equal(migrateDraft(ydoc), null, 'a draft of this version needs nothing')
    assert.equal(migrateDraft(draftDocFrom(sampleDoc())), null)
  })

  it('sets only the number of a draft that says version 1 but holds parts already', () => {
    const ydoc = draftDocFrom(sampleDoc())
    ydoc.getMap(SHARED.meta).set(META.schemaVersion, 1)
    const before = paragraphs(proseMirrorDoc(ydoc))
    assert.ok(migrateDraft(ydoc))
    assert.equal(ydoc.getMap(SHARED.meta).get(META.schemaVersion), SCHEMA_VERSION)
    assert.deepEqual(paragraphs(proseMirrorDoc(ydoc)), before)
  })

  it('gives a draft of version 2 (before annexes) the number 3 and changes nothing else', () => {
    const ydoc = draftDocFrom(sampleDoc())
    ydoc.getMap(SHARED.meta).set(META.schemaVersion, 2)
    const text = ydoc.getXmlFragment(SHARED.document).toString()
    assert.ok(migrateDraft(ydoc))
    assert.equal(ydoc.getMap(SHARED.meta).get(META.schemaVersion), 3)
    assert.equal(ydoc.getXmlFragment(SHARED.document).toString(), text)
    assert.equal(migrateDraft(ydoc), null)
  })

  it('keys the moved marks as the editor reads them', () => {
    const ydoc = versionOne()
    migrateDraft(ydoc)
    const op = (ydoc.getXmlFragment(SHARED.document).get(4) as Y.XmlElement).get(0) as Y.XmlElement
    const delta = ((op.get(0) as Y.XmlElement).get(0) as Y.XmlText).toDelta() as { attributes?: object }[]
    assert.ok(delta.some((d) => d.attributes && markKey(egypt) in d.attributes))
  })
})

describe('a server opening a draft of schema version 1', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>

  before(async () => {
    server = await testServer(data.dir)
  })

  after(async () => {
    await server.close()
    data.remove()
  })

  it('migrates it once, stores that, and serves every client the new form', async () => {
    const old = versionOne()
    const meta = await server.storage.createDraft(
      'doldversion1',
      draftFields(sampleDoc()),
      Y.encodeStateAsUpdate(old),
    )
    const { token } = await server.authority.issue({
      draft: meta.id,
      delegation: 'Chair',
      role: 'chair',
      lifetime: 86_400_000,
    })
    const chair = connect(server, meta.id, token)
    await chair.synced
    assert.ok(await until(() => chair.doc.getMap(SHARED.meta).get(META.schemaVersion) === SCHEMA_VERSION))
    assert.deepEqual(paragraphs(proseMirrorDoc(chair.doc)), PARAGRAPHS)
    assert.ok(server.log.has('room.migrate', meta.id))
    const stored = (await server.storage.loadDraft(meta.id))!
    assert.equal(stored.updates.length, 1, 'the migration is stored as one update')

    // Typing goes on in the new form.
    const text = (
      ((chair.doc.getXmlFragment(SHARED.document).get(4) as Y.XmlElement).get(1) as Y.XmlElement).get(
        0,
      ) as Y.XmlElement
    ).get(0) as Y.XmlText
    text.insert(0, 'Firmly ')
    const reader = connect(server, meta.id, token)
    await reader.synced
    assert.ok(await until(() => proseMirrorDoc(reader.doc).textContent.includes('Firmly Decides to remain')))
    assert.deepEqual(chair.closes, [])
    chair.destroy()
    reader.destroy()
    const migrations = server.log.lines.filter((line) => line.startsWith('room.migrate'))
    assert.equal(migrations.length, 1, 'the draft is migrated once')
  })
})

/** A store whose first `loadDraft` answers only once `met` resolves: two of them read the draft at the same point. */
function meetingAfterLoad(storage: Storage, met: () => Promise<void>): Storage {
  let first = true
  return new Proxy(storage, {
    get(target, key) {
      if (key === 'loadDraft')
        return async (id: string) => {
          const stored = await target.loadDraft(id)
          if (first) {
            first = false
            await met()
          }
          return stored
        }
      const value = Reflect.get(target, key)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

describe('two processes opening a draft of schema version 1 at once', { skip: postgresSkip() }, () => {
  let postgres: TestPostgres
  const storages: PgStorage[] = []

  before(async () => {
    postgres = await startPostgres()
  })
  after(async () => {
    for (const s of storages) await s.close()
    await postgres?.stop()
  })

  it('stores exactly one migration, and both rooms hold the same document', async () => {
    const store = await postgres.database()
    storages.push(await PgStorage.open(store), await PgStorage.open(store))
    const [one, two] = storages as [PgStorage, PgStorage]
    const meta = await one.createDraft('dboth', draftFields(sampleDoc()), Y.encodeStateAsUpdate(versionOne()))
    // Both read the stored draft before either stores its migration.
    let arrived = 0
    let meet!: () => void
    const met = new Promise<void>((resolve) => {
      meet = resolve
    })
    const meeting = () => {
      if (++arrived === 2) meet()
      return met
    }
    const logs = [memoryLog(), memoryLog()]
    const [a, b] = await Promise.all([
      openStoredDraft(meta.id, meetingAfterLoad(one, meeting), logs[0]!),
      openStoredDraft(meta.id, meetingAfterLoad(two, meeting), logs[1]!),
    ])
    const stored = (await one.loadDraft(meta.id))!
    assert.equal(stored.updates.length, 1, 'one migration stored, not two')
    const migrated = logs.map((log) => log.lines.filter((l) => l.startsWith('room.migrate ')).length)
    assert.deepEqual(migrated.sort(), [0, 1], 'one process stored it')
    assert.ok(
      logs.some((log) => log.has('room.migrate.retry', meta.id)),
      'the other read the draft again',
    )
    for (const opened of [a!, b!]) {
      assert.equal(opened.log.lastSeq, stored.lastSeq)
      assert.equal(opened.doc.getMap(SHARED.meta).get(META.schemaVersion), SCHEMA_VERSION)
      assert.deepEqual(paragraphs(proseMirrorDoc(opened.doc)), PARAGRAPHS)
    }
    assert.deepEqual(Y.encodeStateVector(a!.doc), Y.encodeStateVector(b!.doc), 'the same items in both rooms')
    assert.equal(
      a!.doc.getXmlFragment(SHARED.document).toString(),
      b!.doc.getXmlFragment(SHARED.document).toString(),
    )
    assert.equal(
      a!.doc.getXmlFragment(SHARED.document).toString(),
      draftDocFromStore(stored).getXmlFragment(SHARED.document).toString(),
      'and the store holds it',
    )
  })
})
