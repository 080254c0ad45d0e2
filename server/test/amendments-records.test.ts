import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror'
import * as Y from 'yjs'
import {
  type AmendmentRecord,
  acceptAmendment,
  amendmentsIn,
  amendmentWording,
  cleanDoc,
  proposalOf,
  referredWords,
  rejectAmendment,
  SHARED,
  schema,
  sweepDecided,
  toText,
} from '../../schema/index.ts'
import { markKey } from '../convert/index.ts'
import { readDraft } from '../drafts/read.ts'
import { draftDocFrom, draftDocFromStore, newDraftDoc } from '../drafts/ydoc.ts'
import { readRecord, writeRecord } from '../policy/index.ts'
import { describeChange, rehomedId, type Swept, sweepLeftovers } from '../room/index.ts'
import {
  clauseAt,
  craft,
  del,
  EditingClient,
  ins,
  proposal,
  recordFor,
  snapshot,
  textPos,
} from './amendments-fixture.ts'
import { draftWithTokens, firstText, sampleDoc, tempDir, testServer, until } from './helpers.ts'

const { nodes } = schema
const ROLES = {
  chair: ['Chair', 'chair'],
  egypt: ['Egypt', 'delegate'],
  brazil: ['Brazil', 'delegate'],
} as const
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
/** The agreed text of a draft: every accepted change in, nothing pending. */
const agreed = (doc: Node, records: Map<string, AmendmentRecord>) => toText(cleanDoc(doc, records))

/** The operative paragraphs of a draft, each as its id and text. */
function operatives(doc: Node): string[] {
  const out: string[] = []
  doc.forEach((n) => {
    if (n.type.name === 'operative') out.push(`${n.attrs.id} ${n.textContent}`)
  })
  return out
}

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
      ydoc
        .getXmlFragment(SHARED.document)
        .toArray()
        .find((e) => e instanceof Y.XmlElement && e.getAttribute('id') === 'cop1') as Y.XmlElement,
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

describe('records and leftover marks through the server', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>
  let chair: EditingClient
  let egypt: EditingClient
  let brazil: EditingClient

  /** Whether every client holds the same draft and records as the store. */
  const settled = async () =>
    until(() => [egypt, brazil].every((c) => snapshot(c.client.doc) === snapshot(chair.client.doc))).then(
      async (same) => {
        const stored = draftDocFromStore((await server.storage.loadDraft(draft.id))!)
        return same && snapshot(stored) === snapshot(chair.client.doc)
      },
    )

  /** Runs `change` on the chair's client while it is cut off, so that it crosses what others do meanwhile. */
  async function crossing(change: () => void, meanwhile: () => Promise<void>): Promise<void> {
    chair.client.provider.disconnect()
    change()
    await meanwhile()
    chair.client.provider.connect()
  }

  /** The one record the server added since `known` was taken: the new proposal it made. */
  function newProposal(known: ReadonlySet<string>): string {
    const fresh = [...chair.records.keys()].filter((id) => !known.has(id))
    assert.equal(fresh.length, 1, `one new proposal, found ${fresh.join(', ')}`)
    return fresh[0]!
  }

  before(async () => {
    server = await testServer(data.dir)
    draft = await draftWithTokens(server, ROLES as unknown as Record<string, [string, 'chair']>)
    // A record Brazil's editor stored as one plain value before records became nested maps.
    const stored = draftDocFromStore((await server.storage.loadDraft(draft.id))!)
    const old = recordFor(sampleDoc(), {
      id: 'br1',
      delegation: 'Brazil',
      clause: 'cpre1',
      kind: 'delete-words',
      original: '',
    })
    await server.storage.appendUpdate(
      draft.id,
      craft(stored, () => map(stored).set('br1', { ...old })),
    )
    chair = new EditingClient(server, draft.id, draft.tokens.chair!, 'Chair')
    egypt = new EditingClient(server, draft.id, draft.tokens.egypt!, 'Egypt')
    brazil = new EditingClient(server, draft.id, draft.tokens.brazil!, 'Brazil')
    await Promise.all([chair.client.synced, egypt.client.synced, brazil.client.synced])
  })
  after(async () => {
    for (const c of [chair, egypt, brazil]) c.client.destroy()
    await server.close()
    data.remove()
  })

  it('keeps reading a record stored as one plain value, and accepts a support that rewrites it', async () => {
    assert.equal(chair.records.get('br1')?.delegation, 'Brazil')
    // The exports read it too.
    assert.deepEqual(
      (await readDraft(server.storage, draft.id))!.records.map((r) => r.id),
      ['br1'],
    )
    const br1 = egypt.records.get('br1')!
    egypt.edit(null, () => [{ ...br1, supporters: ['Egypt'], updated: br1.updated + 1 }])
    assert.ok(await until(() => chair.records.get('br1')?.supporters.includes('Egypt') === true))
    assert.ok(map(chair.client.doc).get('br1') instanceof Y.Map, 'now a nested map')
    assert.deepEqual(egypt.client.closes, [])
  })

  it('keeps a support that crosses the acceptance, whichever reaches the server first', async () => {
    // Brazil proposes to delete "remain"; the chair accepts it while Egypt supports it.
    brazil.edit(
      (tr) => {
        const at = textPos(tr.doc, 'remain')
        tr.addMark(at, at + 'remain'.length, del('br2', 'Brazil'))
      },
      (doc) => [recordFor(doc, { id: 'br2', delegation: 'Brazil', clause: 'cop2', kind: 'delete-words' })],
    )
    assert.ok(await settled())
    const br2 = chair.records.get('br2')!
    await crossing(
      () =>
        chair.edit(
          (tr) => {
            for (const step of acceptAmendment(tr.doc, 'br2').steps) tr.step(step)
          },
          () => [{ ...br2, status: 'accepted', updated: br2.updated + 2 }],
        ),
      async () => {
        egypt.edit(null, () => [{ ...br2, supporters: ['Egypt'], updated: br2.updated + 1 }])
        assert.ok(await until(() => brazil.records.get('br2')?.supporters.length === 1))
      },
    )
    assert.ok(await settled())
    const merged = chair.records.get('br2')!
    assert.deepEqual([merged.status, merged.supporters], ['accepted', ['Egypt']])
    assert.match(chair.doc.textContent, /Decides to {2}seized\./)

    // The other way round: the support reaches the server after the acceptance of br1.
    const br1 = chair.records.get('br1')!
    const late = egypt.records.get('br1')!
    egypt.client.provider.disconnect()
    egypt.edit(null, () => [{ ...late, supporters: [], updated: late.updated + 1 }])
    chair.edit(null, () => [{ ...br1, status: 'accepted', updated: br1.updated + 2 }])
    assert.ok(await until(() => brazil.records.get('br1')?.status === 'accepted'))
    egypt.client.provider.connect()
    assert.ok(await settled())
    assert.deepEqual(
      [chair.records.get('br1')!.status, chair.records.get('br1')!.supporters],
      ['accepted', []],
    )
    assert.deepEqual(egypt.client.closes, [], 'Egypt was not cut off')
  })

  it('gives the words a delegation typed in its amendment while the chair accepted it to a new proposal', async () => {
    // Egypt proposes to replace "act" with "cooperate" (eg1).
    egypt.edit(
      (tr) => {
        const at = textPos(tr.doc, 'act;')
        tr.addMark(at, at + 3, del('eg1', 'Egypt'))
        tr.insert(at + 3, schema.text('cooperate', [ins('eg1', 'Egypt')]))
      },
      (doc) => [recordFor(doc, { id: 'eg1', delegation: 'Egypt', clause: 'cop1', kind: 'replace-words' })],
    )
    assert.ok(await settled())
    const eg1 = chair.records.get('eg1')!
    const known = new Set(chair.records.keys())
    let decided = ''
    await crossing(
      () => {
        const doc = chair.edit(
          (tr) => {
            for (const step of acceptAmendment(tr.doc, 'eg1').steps) tr.step(step)
          },
          () => [{ ...eg1, status: 'accepted', updated: eg1.updated + 2 }],
        )
        decided = agreed(doc, chair.records)
      },
      async () => {
        // Meanwhile Egypt adds the word "jointly" to eg1, which the chair's acceptance does not know of. (Not
        // next to the words the chair resolves: Yjs keeps a mark as formatting items around its words, and a
        // mark added right beside words whose items another peer removes at the same moment can spread.)
        egypt.edit(
          (tr) => tr.insert(textPos(tr.doc, ' to act'), schema.text(' jointly', [ins('eg1', 'Egypt')])),
          (doc) => [{ ...eg1, original: referredWords(doc, 'eg1', egypt.records), updated: eg1.updated + 1 }],
        )
        assert.ok(await until(() => brazil.doc.textContent.includes('jointly')))
      },
    )
    assert.ok(await settled())
    assert.match(decided, /Decides to cooperate;/)
    assert.equal(
      agreed(chair.doc, chair.records),
      decided,
      'agreed: what the chair accepted, no more, no less',
    )
    assert.match(chair.doc.textContent, /Decides jointly to cooperate;/)

    const id = newProposal(known)
    const touch = amendmentsIn(chair.doc).get(id)!
    assert.deepEqual(
      [touch.delegation, touch.insertions.map((r) => r.text), touch.deletions],
      ['Egypt', [' jointly'], []],
      'the typed words are underlined as a proposal of Egypt',
    )
    assert.equal(amendmentsIn(chair.doc).has('eg1'), false, 'no mark of eg1 is left')
    const record = chair.records.get(id)!
    assert.deepEqual(
      { ...record, created: 0, updated: 0 },
      {
        id,
        delegation: 'Egypt',
        clause: 'cop1',
        kind: 'insert-words',
        status: 'proposed',
        rationale: '',
        supporters: [],
        created: 0,
        updated: 0,
        original: 'Decides to',
      },
    )
    assert.ok(
      record.created > eg1.updated && record.updated === record.created,
      'proposed when the server swept',
    )
    assert.deepEqual(
      amendmentWording(chair.doc, id, chair.records).map((i) => i.text),
      ['In operative paragraph 1, after the word “Decides”, insert the word “jointly”'],
    )
    assert.deepEqual(
      [chair.records.get('eg1')!.status, chair.records.get('eg1')!.kind],
      ['accepted', 'replace-words'],
      "the decided amendment's record is left as it was",
    )
    assert.equal(egypt.records.get(id)?.status, 'proposed', "in Egypt's panel")
    const stored = (await readDraft(server.storage, draft.id))!
    assert.equal(stored.records.find((r) => r.id === id)?.kind, 'insert-words', 'in the records exports read')
    assert.ok(server.log.has('amendments.swept', `eg1 (accepted) -> ${id} (Egypt)`))
    assert.deepEqual(egypt.client.closes, [])

    // The chair decides it like any proposal: only now does the typed word become agreed.
    chair.edit(
      (tr) => {
        for (const step of acceptAmendment(tr.doc, id).steps) tr.step(step)
      },
      () => [{ ...record, status: 'accepted', updated: record.updated + 1 }],
    )
    assert.ok(await settled())
    assert.match(agreed(chair.doc, chair.records), /Decides jointly to cooperate;/)
  })

  it('deletes only what the chair saw when her rejection crosses the typing of the delegation', async () => {
    // Egypt proposes to insert "firmly " before "seized" (eg2).
    egypt.edit(
      (tr) => tr.insert(textPos(tr.doc, 'seized'), schema.text('firmly ', [ins('eg2', 'Egypt')])),
      (doc) => [recordFor(doc, { id: 'eg2', delegation: 'Egypt', clause: 'cop2', kind: 'insert-words' })],
    )
    assert.ok(await settled())
    const eg2 = chair.records.get('eg2')!
    const known = new Set(chair.records.keys())
    let decided = ''
    await crossing(
      () => {
        const doc = chair.edit(
          (tr) => {
            for (const step of rejectAmendment(tr.doc, 'eg2').steps) tr.step(step)
          },
          () => [{ ...eg2, status: 'rejected', updated: eg2.updated + 2 }],
        )
        decided = agreed(doc, chair.records)
      },
      async () => {
        // Meanwhile Egypt adds " now" at the end of the paragraph to the same amendment.
        egypt.edit(
          (tr) => tr.insert(textPos(tr.doc, 'seized.', 6), schema.text(' now', [ins('eg2', 'Egypt')])),
          () => [{ ...eg2, updated: eg2.updated + 1 }],
        )
        assert.ok(await until(() => brazil.doc.textContent.includes('seized now.')))
      },
    )
    assert.ok(await settled())
    assert.match(
      chair.doc.textContent,
      /Decides to {2}seized now\./,
      'only the words the chair rejected went',
    )
    assert.equal(agreed(chair.doc, chair.records), decided, 'the agreed text is the one the chair left')
    const id = newProposal(known)
    const record = chair.records.get(id)!
    assert.deepEqual(
      [record.delegation, record.kind, record.clause, record.original, record.status],
      ['Egypt', 'insert-words', 'cop2', 'seized.', 'proposed'],
    )
    assert.deepEqual(
      amendmentsIn(chair.doc)
        .get(id)
        ?.insertions.map((r) => r.text),
      [' now'],
    )
    assert.equal(amendmentsIn(chair.doc).has('eg2'), false)
    assert.equal(chair.records.get('eg2')!.status, 'rejected')
    assert.ok(server.log.has('amendments.swept', `eg2 (not accepted) -> ${id} (Egypt)`))

    chair.edit(
      (tr) => {
        for (const step of rejectAmendment(tr.doc, id).steps) tr.step(step)
      },
      () => [{ ...record, status: 'rejected', updated: record.updated + 1 }],
    )
    assert.ok(await settled())
    assert.match(chair.doc.textContent, /Decides to {2}seized\./)
  })

  it('moves nothing when a move is accepted as its record alone: it becomes a new proposal to decide', async () => {
    egypt.edit(
      (tr) => {
        const cop2 = clauseAt(tr.doc, 'cop2')
        const move = proposal({ amendment: 'eg3', delegation: 'Egypt', kind: 'move' })
        tr.setNodeAttribute(cop2.pos, 'proposal', move)
        const copy = nodes.operative.create(
          {
            id: 'egc3',
            proposal: proposal({ amendment: 'eg3', delegation: 'Egypt', kind: 'move', from: 'cop2' }),
          },
          nodes.para.create(null, schema.text(cop2.node.textContent)),
        )
        tr.insert(clauseAt(tr.doc, 'cop1').pos, copy)
      },
      (doc) => [
        recordFor(doc, {
          id: 'eg3',
          delegation: 'Egypt',
          clause: 'egc3',
          kind: 'move-paragraph',
          after: 'cpre1',
        }),
      ],
    )
    assert.ok(await settled())
    const before = chair.doc
    const eg3 = chair.records.get('eg3')!
    const known = new Set(chair.records.keys())
    chair.edit(null, () => [{ ...eg3, status: 'accepted', updated: eg3.updated + 2 }])
    assert.ok(await until(() => [...brazil.records.keys()].some((id) => !known.has(id))))
    assert.ok(await settled())
    const id = newProposal(known)
    const statuses = new Map([...chair.records].map(([key, r]) => [key, r.status]))
    const expected = sweepDecided(
      before,
      (key) => statuses.get(key),
      () => id,
      0,
    ).tr.doc
    assert.ok(chair.doc.eq(expected), 'the server re-keys as schema sweepDecided does')
    assert.deepEqual(operatives(chair.doc), [
      'egc3 Decides to  seized.',
      'cop1 Decides jointly to cooperate;',
      'cop2 Decides to  seized.',
    ])
    const record = chair.records.get(id)!
    assert.deepEqual(
      [record.delegation, record.kind, record.clause, record.after, record.original, record.status],
      ['Egypt', 'move-paragraph', 'egc3', 'cpre1', 'Decides to  seized.', 'proposed'],
    )
    assert.ok(server.log.has('amendments.swept', `eg3 (accepted) -> ${id} (Egypt)`))

    // The chair decides the new proposal like any other: now the paragraph moves.
    chair.edit(
      (tr) => {
        for (const step of acceptAmendment(tr.doc, id).steps) tr.step(step)
      },
      () => [{ ...record, status: 'accepted', updated: record.updated + 1 }],
    )
    assert.ok(await settled())
    assert.deepEqual(operatives(chair.doc), [
      'cop2 Decides to  seized.',
      'cop1 Decides jointly to cooperate;',
    ])
    assert.equal(
      chair.doc.content.content.some((n) => proposalOf(n) !== null),
      false,
      'no paragraph proposal is left',
    )
    assert.deepEqual(egypt.client.closes, [])
  })
})
