import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import * as Y from 'yjs'
import { CLOSE, SCHEMA_VERSION, SHARED, schema, sharedBlocks } from '../../schema/index.ts'
import { nodeToYElement } from '../convert/index.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import type { RunningServer } from '../index.ts'
import {
  connect,
  draftWithTokens,
  firstText,
  rawClient,
  sleep,
  tempDir,
  testServer,
  until,
  updateMessage,
} from './helpers.ts'

/** The text of a draft as stored (compacted state plus log), read without the server. */
async function storedText(server: RunningServer, id: string): Promise<string> {
  const stored = await server.storage.loadDraft(id)
  return draftDocFromStore(stored!).getXmlFragment(SHARED.document).toString()
}

/** An update that inserts `text` at the start of the first text of the replica, made on the replica itself. */
function typeInto(doc: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array | null = null
  const keep = (u: Uint8Array) => {
    update = u
  }
  doc.on('update', keep)
  firstText(doc.getXmlFragment(SHARED.document))!.insert(0, text)
  doc.off('update', keep)
  return update!
}

describe('collaboration over y-websocket', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>

  before(async () => {
    server = await testServer(data.dir)
    draft = await draftWithTokens(server, {
      chair: ['Chair', 'chair'],
      observer: ['Press', 'observer'],
      france: ['France', 'delegate'],
    })
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  it('two chair clients converge, a third joining later gets everything, and it survives a restart', async () => {
    const a = connect(server, draft.id, draft.tokens.chair!)
    const b = connect(server, draft.id, draft.tokens.chair!)
    await Promise.all([a.synced, b.synced])
    assert.match(a.text(), /Decides to act;/)
    firstText(a.fragment)!.insert(0, 'Alpha ')
    firstText(b.fragment)!.insert(0, 'Beta ')
    assert.ok(
      await until(() => a.text() === b.text() && a.text().includes('Alpha') && a.text().includes('Beta')),
    )
    const c = connect(server, draft.id, draft.tokens.chair!)
    await c.synced
    assert.ok(await until(() => c.text() === a.text()))
    const converged = a.text()
    for (const client of [a, b, c]) client.destroy()

    await server.close()
    server = await testServer(data.dir)
    const d = connect(server, draft.id, draft.tokens.chair!)
    await d.synced
    assert.equal(d.text(), converged)
    d.destroy()
  })

  it("refuses an observer's crafted update: not applied, forwarded or stored, and closes it with CLOSE.forbidden", async () => {
    const chair = connect(server, draft.id, draft.tokens.chair!)
    await chair.synced
    const observer = await rawClient(server, draft.id, draft.tokens.observer!)
    assert.equal(observer.doc.getXmlFragment(SHARED.document).toString(), chair.text())
    observer.send(updateMessage(typeInto(observer.doc, 'OBSERVED ')))
    const { code } = await observer.closed
    assert.equal(code, CLOSE.forbidden)
    assert.ok(server.log.has('update.refused', '"role":"observer"'))
    await sleep(200)
    assert.doesNotMatch(chair.text(), /OBSERVED/)
    assert.doesNotMatch(await storedText(server, draft.id), /OBSERVED/)
    // The chair carries on.
    firstText(chair.fragment)!.insert(0, 'Still here ')
    const other = connect(server, draft.id, draft.tokens.chair!)
    await other.synced
    assert.ok(await until(() => other.text().includes('Still here')))
    assert.doesNotMatch(other.text(), /OBSERVED/)
    assert.deepEqual(chair.closes, [])
    chair.destroy()
    other.destroy()
  })

  it("refuses a delegation's unmarked edit of agreed text and a record forged in another's name", async () => {
    const chair = connect(server, draft.id, draft.tokens.chair!)
    const france = connect(server, draft.id, draft.tokens.france!)
    await Promise.all([chair.synced, france.synced])
    firstText(france.fragment)!.insert(0, 'PLAIN ')
    france.doc.getMap(SHARED.amendments).set('forged', { delegation: 'Brazil', status: 'accepted' })
    assert.ok(await until(() => france.closes.includes(CLOSE.forbidden)))
    await sleep(200)
    assert.doesNotMatch(chair.text(), /PLAIN/)
    assert.equal(chair.doc.getMap(SHARED.amendments).has('forged'), false)
    chair.destroy()
    france.destroy()
  })

  it("refuses a chair's update that adds an element the schema does not know, with CLOSE.invalidDocument", async () => {
    const watcher = connect(server, draft.id, draft.tokens.chair!)
    await watcher.synced
    const chair = await rawClient(server, draft.id, draft.tokens.chair!)
    let update: Uint8Array | null = null
    chair.doc.on('update', (u: Uint8Array) => {
      update = u
    })
    const operative = sharedBlocks<Y.XmlElement>(chair.doc.getXmlFragment(SHARED.document))[4]!
    assert.equal(operative.nodeName, 'operative')
    operative.insert(1, [new Y.XmlElement('script')])
    chair.send(updateMessage(update!))
    assert.equal((await chair.closed).code, CLOSE.invalidDocument)
    assert.ok(server.log.has('update.refused', "no element 'script'"))
    await sleep(200)
    assert.doesNotMatch(watcher.text(), /script/)
    assert.doesNotMatch(await storedText(server, draft.id), /script/)
    watcher.destroy()
  })

  it('refuses a paragraph put where the schema does not allow it, and keeps accepting valid edits', async () => {
    const watcher = connect(server, draft.id, draft.tokens.chair!)
    await watcher.synced
    const chair = await rawClient(server, draft.id, draft.tokens.chair!)
    let update: Uint8Array | null = null
    chair.doc.on('update', (u: Uint8Array) => {
      update = u
    })
    chair.doc.getXmlFragment(SHARED.document).insert(0, [nodeToYElement(schema.nodes.para.create())])
    chair.send(updateMessage(update!))
    assert.equal((await chair.closed).code, CLOSE.invalidDocument)
    // The preamble and the operative part hold paragraphs and nothing else, attributes included.
    const other = await rawClient(server, draft.id, draft.tokens.chair!)
    other.doc.on('update', (u: Uint8Array) => {
      update = u
    })
    ;(other.doc.getXmlFragment(SHARED.document).get(3) as Y.XmlElement).setAttribute('class', 'x')
    other.send(updateMessage(update!))
    assert.equal((await other.closed).code, CLOSE.invalidDocument)
    assert.ok(server.log.has('update.refused', "doc/3:preamble: 'preamble' takes no attributes"))
    // A valid structural edit: a new operative paragraph, in the operative part.
    const operatives = watcher.fragment.get(4) as Y.XmlElement
    assert.equal(operatives.nodeName, 'operative_part')
    operatives.insert(1, [
      nodeToYElement(
        schema.nodes.operative.create(
          { id: 'cnew1' },
          schema.nodes.para.create(null, schema.text('Welcomes;')),
        ),
      ),
    ])
    const reader = connect(server, draft.id, draft.tokens.chair!)
    await reader.synced
    assert.ok(await until(() => reader.text().includes('Welcomes;')))
    assert.deepEqual(watcher.closes, [])
    watcher.destroy()
    reader.destroy()
  })

  it('keeps meta whole (a known language and organ, a version number) and refuses shared types a draft has not', async () => {
    const refusedWith = async (change: (doc: Y.Doc) => void) => {
      const chair = await rawClient(server, draft.id, draft.tokens.chair!)
      let update: Uint8Array | null = null
      chair.doc.on('update', (u: Uint8Array) => {
        update = u
      })
      change(chair.doc)
      chair.send(updateMessage(update!))
      const closed = await Promise.race([chair.closed, sleep(500).then(() => null)])
      chair.ws.close()
      return closed?.code ?? null
    }
    assert.equal(await refusedWith((doc) => doc.getMap(SHARED.meta).set('lang', 'xx')), CLOSE.invalidDocument)
    assert.equal(await refusedWith((doc) => doc.getMap(SHARED.meta).delete('organ')), CLOSE.invalidDocument)
    assert.equal(await refusedWith((doc) => doc.getMap('junk').set('a', 1)), CLOSE.invalidDocument)
    assert.ok(server.log.has('update.refused', "a draft has no shared type 'junk'"))
    // A newer client's version number is kept (clients of this version then open the draft read-only).
    // An older one is refused: this server would take the draft for one it has to bring up to date.
    assert.equal(
      await refusedWith((doc) => doc.getMap(SHARED.meta).set('schemaVersion', SCHEMA_VERSION - 1)),
      CLOSE.invalidDocument,
    )
    assert.ok(server.log.has('update.refused', `'schemaVersion' cannot go back from ${SCHEMA_VERSION}`))
    assert.equal(
      await refusedWith((doc) => doc.getMap(SHARED.meta).set('schemaVersion', SCHEMA_VERSION + 1)),
      null,
    )
    const reader = connect(server, draft.id, draft.tokens.chair!)
    await reader.synced
    assert.equal(reader.doc.getMap(SHARED.meta).get('schemaVersion'), SCHEMA_VERSION + 1)
    assert.equal(reader.doc.getMap(SHARED.meta).get('lang'), 'en')
    reader.destroy()
  })

  it('refuses an update that depends on changes the server does not have (CLOSE.malformed)', async () => {
    const chair = await rawClient(server, draft.id, draft.tokens.chair!)
    // Two edits on a copy; only the second is sent, so its items have a missing left neighbour.
    const copy = new Y.Doc({ gc: false })
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(chair.doc))
    typeInto(copy, 'one ')
    const second = typeInto(copy, 'two ')
    chair.send(updateMessage(second))
    assert.equal((await chair.closed).code, CLOSE.malformed)
    assert.doesNotMatch(await storedText(server, draft.id), /two/)
  })

  it('closes a connection that sends bytes that are not a y-websocket message, and serves the others', async () => {
    const chair = connect(server, draft.id, draft.tokens.chair!)
    await chair.synced
    const garbage = await rawClient(server, draft.id, draft.tokens.chair!)
    garbage.send(new Uint8Array([0, 2, 200, 1, 2, 3]))
    assert.equal((await garbage.closed).code, CLOSE.malformed)
    const again = await rawClient(server, draft.id, draft.tokens.chair!)
    again.send(new Uint8Array([9, 9, 9]))
    assert.equal((await again.closed).code, CLOSE.malformed)
    firstText(chair.fragment)!.insert(0, 'After garbage ')
    const reader = connect(server, draft.id, draft.tokens.chair!)
    await reader.synced
    assert.ok(await until(() => reader.text().includes('After garbage')))
    chair.destroy()
    reader.destroy()
  })

  it('stores every forwarded update before another client sees it', async () => {
    const writer = connect(server, draft.id, draft.tokens.chair!)
    const reader = connect(server, draft.id, draft.tokens.chair!)
    await Promise.all([writer.synced, reader.synced])
    let seenBeforeStored = false
    reader.doc.on('update', () => {
      // Runs when the forwarded update arrives; the store must already hold it.
      const text = reader.text()
      void storedText(server, draft.id).then((stored) => {
        const marks = text.match(/K\d+/g) ?? []
        for (const mark of marks) if (!stored.includes(mark)) seenBeforeStored = true
      })
    })
    for (let i = 0; i < 20; i++) {
      firstText(writer.fragment)!.insert(0, `K${i} `)
      await sleep(5)
    }
    assert.ok(await until(() => reader.text().includes('K19')))
    await sleep(100)
    assert.equal(seenBeforeStored, false)
    writer.destroy()
    reader.destroy()
  })

  it('unloads a room after its last connection closes, with its log compacted', async () => {
    const { id, tokens } = await draftWithTokens(server, { chair: ['Chair', 'chair'] })
    const a = connect(server, id, tokens.chair!)
    await a.synced
    firstText(a.fragment)!.insert(0, 'Compacted ')
    assert.ok(await until(() => server.log.has('room.load', id)))
    await sleep(100)
    a.destroy()
    assert.ok(await until(() => server.log.has('room.unload', id)))
    const stored = await server.storage.loadDraft(id)
    assert.equal(stored!.updates.length, 0)
    assert.match(draftDocFromStore(stored!).getXmlFragment(SHARED.document).toString(), /Compacted/)
  })

  it('loads a draft once when several connections arrive while it is loading', async () => {
    const { id, tokens } = await draftWithTokens(server, { chair: ['Chair', 'chair'] })
    const clients = Array.from({ length: 5 }, () => connect(server, id, tokens.chair!))
    await Promise.all(clients.map((c) => c.synced))
    assert.equal(server.log.lines.filter((l) => l.startsWith('room.load ') && l.includes(id)).length, 1)
    firstText(clients[0]!.fragment)!.insert(0, 'Shared ')
    assert.ok(await until(() => clients.every((c) => c.text().includes('Shared'))))
    for (const c of clients) c.destroy()
  })
})
