// A draft with an annex, over real sockets: the facilitator edits the annex like the rest of the text, a
// delegation may not change its words unmarked, an observer may not at all, and an annex the schema does not
// allow (out of place, or holding what an annex cannot hold) is refused, with nothing applied or stored.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import type * as Y from 'yjs'
import { blocksOf, CLOSE, draftOf, SHARED, schema } from '../../schema/index.ts'
import { nodeToYElement } from '../convert/index.ts'
import { createDraft } from '../index.ts'
import { craft, EditingClient, snapshot, storedSnapshot, textPos } from './amendments-fixture.ts'
import {
  connect,
  eventually,
  rawClient,
  sampleDoc,
  sleep,
  tempDir,
  testServer,
  until,
  updateMessage,
} from './helpers.ts'

const { nodes } = schema

/** The sample draft with an annex: a title, a section heading and two numbered paragraphs, (a) under the second. */
function withAnnex(): Node {
  const blocks = blocksOf(sampleDoc())
  const para = (text: string) => nodes.para.create(null, schema.text(text))
  const annex = nodes.annex.create(null, [
    nodes.annex_title.create(null, schema.text('Programme of action')),
    nodes.annex_heading.create({ level: 1 }, schema.text('Our commitment')),
    nodes.annex_paragraph.create({ id: 'cax1' }, para('We commit to act.')),
    nodes.annex_paragraph.create({ id: 'cax2' }, [
      para('We will:'),
      nodes.subparagraph.create({ id: 'cax2a' }, para('report yearly.')),
    ]),
  ])
  return draftOf(sampleDoc().attrs, [...blocks, annex])
}

/** The annex element of a shared document (the last child of its fragment). */
const annexOf = (doc: Y.Doc) => {
  const fragment = doc.getXmlFragment(SHARED.document)
  return fragment.get(fragment.length - 1) as Y.XmlElement
}

describe('a draft with an annex, over y-websocket', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let id: string
  const tokens: Record<string, string> = {}

  before(async () => {
    server = await testServer(data.dir)
    id = (await createDraft(server.storage, withAnnex())).id
    for (const [name, delegation, role] of [
      ['chair', 'Chair', 'chair'],
      ['egypt', 'Egypt', 'delegate'],
      ['press', 'Press', 'observer'],
    ] as const) {
      tokens[name] = (
        await server.authority.issue({ draft: id, delegation, role, lifetime: 86_400_000 })
      ).token
    }
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  it('the facilitator edits an annex paragraph and everyone, and the store, has it', async () => {
    const chair = new EditingClient(server, id, tokens.chair!, 'Chair')
    const other = connect(server, id, tokens.chair!)
    await Promise.all([chair.client.synced, other.synced])
    assert.equal(annexOf(chair.client.doc).nodeName, 'annex')
    chair.edit((tr) => tr.insert(textPos(tr.doc, 'We commit to act', 16), schema.text(' together')))
    assert.ok(await until(() => other.text().includes('We commit to act together.')))
    assert.ok(
      await eventually(async () => (await storedSnapshot(server, id)).includes('We commit to act together.')),
    )
    assert.deepEqual(chair.client.closes, [])
    chair.client.destroy()
    other.destroy()
  })

  it("refuses a delegation's unmarked edit of an annex's words, and an observer's", async () => {
    const watcher = connect(server, id, tokens.chair!)
    await watcher.synced
    for (const who of ['egypt', 'press']) {
      const client = await rawClient(server, id, tokens[who]!)
      const update = craft(client.doc, () => {
        const text = ((annexOf(client.doc).get(2) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText
        text.insert(0, 'UNMARKED ')
      })
      client.send(updateMessage(update))
      assert.equal((await client.closed).code, CLOSE.forbidden, who)
    }
    await sleep(200)
    assert.doesNotMatch(watcher.text(), /UNMARKED/)
    assert.doesNotMatch(await storedSnapshot(server, id), /UNMARKED/)
    watcher.destroy()
  })

  it('refuses an annex the schema does not allow: before the closing lines, or a paragraph without its text', async () => {
    const watcher = connect(server, id, tokens.chair!)
    await watcher.synced
    const before = snapshot(watcher.doc)
    const forged: ((doc: Y.Doc) => void)[] = [
      // An annex between the formula and the preamble.
      (doc) => {
        const annex = nodes.annex.create(null, [nodes.annex_title.create()])
        doc.getXmlFragment(SHARED.document).insert(3, [nodeToYElement(annex)])
      },
      // An annex paragraph holding a heading where its text must come first.
      (doc) => {
        const heading = nodes.annex_heading.create({ level: 1 }, schema.text('Out of place'))
        ;(annexOf(doc).get(2) as Y.XmlElement).insert(0, [nodeToYElement(heading)])
      },
      // A heading of a level the schema does not know.
      (doc) => (annexOf(doc).get(1) as Y.XmlElement).setAttribute('level', 7 as unknown as string),
    ]
    for (const change of forged) {
      const chair = await rawClient(server, id, tokens.chair!)
      chair.send(updateMessage(craft(chair.doc, () => change(chair.doc))))
      assert.equal((await chair.closed).code, CLOSE.invalidDocument)
    }
    await sleep(200)
    assert.equal(snapshot(watcher.doc), before)
    assert.equal(await storedSnapshot(server, id), before)
    watcher.destroy()
  })
})
