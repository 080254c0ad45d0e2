import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Transform } from 'prosemirror-transform'
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror'
import * as Y from 'yjs'
import { type AmendmentRecord, SHARED, schema, sharedBlocks, sweepDecided } from '../../schema/index.ts'
import { markKey } from '../convert/index.ts'
import { draftDocFrom, newDraftDoc } from '../drafts/ydoc.ts'
import { rehomedId, type Swept, sweepLeftovers } from '../follow-up/index.ts'
import { readRecord, writeRecord } from '../model/index.ts'
import { describeChange } from '../room/index.ts'
import { craft, del, ins, textPos } from './amendments-fixture.ts'
import { firstText, sampleDoc } from './helpers.ts'

const T = 1_700_000_000_000

/** A record as the editor writes it, with defaults. */
const record = (fields: Partial<AmendmentRecord> & Pick<AmendmentRecord, 'id'>): AmendmentRecord => ({
  delegation: 'Egypt',
  clause: 'cop1',
  kind: 'delete-words',
  status: 'proposed',
  rationale: '',
  supporters: [],
  created: T,
  updated: T,
  original: 'act',
  ...fields,
})

/** Two replicas of one document, to make changes that cross (neither has seen the other's). */
function replicas(start: (ydoc: Y.Doc) => void): [Y.Doc, Y.Doc] {
  const a = new Y.Doc()
  a.transact(() => start(a))
  const b = new Y.Doc()
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  return [a, b]
}

/** Delivers each replica's changes to the other. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
  Y.applyUpdate(b, toB)
}

const map = (ydoc: Y.Doc) => ydoc.getMap<unknown>(SHARED.amendments)

const read = (ydoc: Y.Doc, id: string) => readRecord(map(ydoc).get(id), `amendments.${id}`)

describe('amendment records as nested maps of their fields', () => {
  it('writes only the fields that changed, and reads back what it wrote', () => {
    const ydoc = new Y.Doc()
    const updates: Uint8Array[] = []
    ydoc.on('update', (u: Uint8Array) => updates.push(u))
    const first = record({ id: 'eg1', supporters: ['Brazil'] })
    ydoc.transact(() => writeRecord(map(ydoc), first))
    assert.ok(map(ydoc).get('eg1') instanceof Y.Map)
    assert.deepEqual(read(ydoc, 'eg1'), first)
    const sizeOfNothing = updates.length
    ydoc.transact(() => writeRecord(map(ydoc), first))
    assert.equal(updates.length, sizeOfNothing, 'writing the same record again changes nothing')
    const next = { ...first, status: 'outdated' as const, supporters: ['Chile'], updated: T + 5 }
    ydoc.transact(() => writeRecord(map(ydoc), next))
    assert.deepEqual(read(ydoc, 'eg1'), next)
    const fields = (map(ydoc).get('eg1') as Y.Map<unknown>).toJSON()
    assert.deepEqual(fields.supporters, { Chile: T + 5 }, 'a supporter carries the time it came')
    assert.equal(fields.outdated, true)
  })

  it('reads records stored as one plain value, and writes them back as nested maps', () => {
    const ydoc = new Y.Doc()
    const old = record({ id: 'eg1', status: 'outdated', supporters: ['Peru', 'Chile'] })
    map(ydoc).set('eg1', { ...old })
    assert.deepEqual(read(ydoc, 'eg1'), old)
    ydoc.transact(() => writeRecord(map(ydoc), { ...old, rationale: 'Clearer' }))
    assert.ok(map(ydoc).get('eg1') instanceof Y.Map)
    assert.deepEqual(read(ydoc, 'eg1'), { ...old, rationale: 'Clearer', supporters: ['Chile', 'Peru'] })
  })

  it('merges a support and a decision that cross, and a rebasing and a decision that cross', () => {
    const [chair, egypt] = replicas((ydoc) => {
      writeRecord(map(ydoc), record({ id: 'br1', delegation: 'Brazil' }))
      writeRecord(map(ydoc), record({ id: 'br2', delegation: 'Brazil', status: 'outdated' }))
    })
    const [brazil] = replicas((ydoc) => Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(chair)))
    // Egypt supports br1 while the chair accepts it; Brazil rebases br2 (proposed again) while she rejects it.
    writeRecord(map(egypt), { ...read(egypt, 'br1'), supporters: ['Egypt'], updated: T + 1 })
    writeRecord(map(chair), { ...read(chair, 'br1'), status: 'accepted', updated: T + 2 })
    writeRecord(map(chair), { ...read(chair, 'br2'), status: 'rejected', updated: T + 2 })
    writeRecord(map(brazil), {
      ...read(brazil, 'br2'),
      status: 'proposed',
      original: 'to act',
      updated: T + 3,
    })
    exchange(chair, egypt)
    exchange(chair, brazil)
    exchange(egypt, brazil)
    for (const ydoc of [chair, egypt, brazil]) {
      assert.deepEqual(
        [read(ydoc, 'br1').status, read(ydoc, 'br1').supporters, read(ydoc, 'br2').status],
        ['accepted', ['Egypt'], 'rejected'],
      )
      assert.equal(read(ydoc, 'br2').original, 'to act', "Brazil's rebased words are kept under the decision")
    }
  })

  it('describes a change of one field as a change of the record, with the whole record before and after', () => {
    const draft = newDraftDoc()
    writeRecord(map(draft), record({ id: 'br1', delegation: 'Brazil' }))
    const staging = newDraftDoc()
    Y.applyUpdate(staging, Y.encodeStateAsUpdate(draft))
    const client = newDraftDoc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(draft))
    const update = craft(client, () => {
      const supporters = (map(client).get('br1') as Y.Map<unknown>).get('supporters') as Y.Map<unknown>
      supporters.set('Egypt', T + 1)
    })
    let transaction: Y.Transaction | null = null
    staging.on('afterTransaction', (tr: Y.Transaction) => {
      transaction ??= tr
    })
    Y.applyUpdate(staging, update)
    const change = describeChange(transaction!, staging, draft)
    assert.deepEqual(change.roots, [SHARED.amendments])
    assert.equal(change.amendments.length, 1)
    const [entry] = change.amendments
    assert.equal(entry!.key, 'br1')
    assert.deepEqual((entry!.before as { supporters: unknown }).supporters, {})
    assert.deepEqual((entry!.after as { supporters: unknown }).supporters, { Egypt: T + 1 })
  })
})

describe('the sweep on the shared document', () => {
  /** A draft where Egypt's eg1, accepted, still marks words: "cooperate " and " jointly" inserted, "seized" struck. */
  function leftoverDraft(): Y.Doc {
    const doc = sampleDoc()
    const tr = new Transform(doc)
    const at = textPos(doc, 'act;')
    tr.insert(at, schema.text('cooperate ', [ins('eg1', 'Egypt')]))
    tr.insert(textPos(tr.doc, ' to'), schema.text(' jointly', [ins('eg1', 'Egypt')]))
    tr.addMark(textPos(tr.doc, 'seized'), textPos(tr.doc, 'seized') + 6, del('eg1', 'Egypt'))
    const ydoc = draftDocFrom(tr.doc)
    ydoc.transact(() => writeRecord(map(ydoc), record({ id: 'eg1', status: 'accepted', clause: 'cop1' })))
    return ydoc
  }

  it("re-keys marks under y-prosemirror's keys and writes the record, in one update, as schema sweepDecided does", () => {
    const ydoc = leftoverDraft()
    const before = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(SHARED.document), schema)
    const updates: Uint8Array[] = []
    ydoc.on('update', (u: Uint8Array) => updates.push(u))
    let swept: Swept | null = null
    ydoc.transact(() => {
      swept = sweepLeftovers(ydoc, new Map([['eg1', true]]), T + 9)
    })
    assert.equal(updates.length, 1, 'one update')
    const { rehomed, records } = swept!
    assert.equal(rehomed.length, 1)
    const id = rehomed[0]!.id
    assert.match(id, /^a[a-z0-9]{9}$/, 'an id like those editors make')
    // What a client reads: the same document as schema's sweep on the ProseMirror document makes.
    const after = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(SHARED.document), schema)
    const statusOf = (key: string) => (key === 'eg1' ? 'accepted' : undefined)
    const expected = sweepDecided(before, statusOf, () => id, T + 9)
    assert.ok(after.eq(expected.tr.doc), 'the same marks on the same words')
    assert.equal(after.textContent, before.textContent, 'not a character deleted')
    assert.deepEqual(records, expected.records)
    assert.deepEqual(read(ydoc, id), expected.records[0])
    assert.deepEqual(
      [read(ydoc, id).kind, read(ydoc, id).original],
      ['replace-words', 'Decides to … to act; ¶ remain seized.'],
    )
    assert.equal(read(ydoc, 'eg1').status, 'accepted', 'the decided record is left as it was')
    ydoc.transact(() => {
      swept = sweepLeftovers(ydoc, new Map([['eg1', true]]), T + 10)
    })
    assert.deepEqual(
      [swept!.rehomed, swept!.emptied],
      [[], []],
      'nothing of eg1 is left, not even formatting',
    )
  })

  it("names the new amendment from the decided one and where the sweep's update starts, never an id in use", () => {
    const start = { client: 7, clock: 120 }
    const free = () => false
    const id = rehomedId('eg1', 'Egypt', start, free)
    assert.match(id, /^a[a-z0-9]{9}$/, 'an id like those editors make')
    assert.equal(rehomedId('eg1', 'Egypt', { ...start }, free), id, 'the same update makes the same id')
    const others = [
      rehomedId('eg1', 'Egypt', { ...start, clock: 121 }, free),
      rehomedId('eg1', 'Brazil', start, free),
      rehomedId('eg2', 'Egypt', start, free),
      rehomedId('eg1', 'Egypt', start, (taken) => taken === id),
    ]
    assert.equal(
      new Set([id, ...others]).size,
      5,
      'another update, delegation or decided amendment, or an id in use',
    )
  })

  it('removes formatting boundaries of a decided amendment around no words, and proposes nothing', () => {
    const ydoc = draftDocFrom(sampleDoc())
    const text = firstText(
      sharedBlocks(ydoc.getXmlFragment(SHARED.document)).find(
        (e) => e instanceof Y.XmlElement && e.getAttribute('id') === 'cop1',
      ) as Y.XmlElement,
    )!
    const mark = { amendment: 'eg1', delegation: 'Egypt' }
    const key = markKey(ins('eg1', 'Egypt'))
    text.insert(8, 'xx', { [key]: mark })
    // The words go, their boundaries stay: what Yjs's own clean-up of formatting normally removes.
    ydoc.transact((tr) => {
      for (let item = text._start; item; item = item.right) {
        if (item.content instanceof Y.ContentString && item.content.str === 'xx') item.delete(tr)
      }
    })
    const boundaries = () => {
      let n = 0
      for (let item = text._start; item; item = item.right) {
        if (!item.deleted && item.content instanceof Y.ContentFormat && item.content.key === key) n++
      }
      return n
    }
    assert.ok(boundaries() > 0)
    const textBefore = text.toString()
    let swept: Swept | null = null
    ydoc.transact(() => {
      swept = sweepLeftovers(ydoc, new Map([['eg1', true]]), T)
    })
    assert.deepEqual([swept!.rehomed, swept!.records, swept!.emptied], [[], [], ['eg1']])
    assert.equal(boundaries(), 0)
    assert.equal(text.toString(), textBefore)
    assert.equal(map(ydoc).size, 0, 'no record')
  })
})
