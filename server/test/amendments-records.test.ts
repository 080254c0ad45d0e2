import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import * as Y from 'yjs'
import {
  type AmendmentRecord,
  acceptAmendment,
  amendmentsIn,
  proposalOf,
  rejectAmendment,
  SHARED,
  schema,
  sweepDecided,
} from '../../schema/index.ts'
import { readDraft } from '../drafts/read.ts'
import { draftDocFromStore, newDraftDoc } from '../drafts/ydoc.ts'
import { readRecord, writeRecord } from '../policy/index.ts'
import { describeChange } from '../room/index.ts'
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
import { draftWithTokens, sampleDoc, tempDir, testServer, until } from './helpers.ts'

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

  it('resolves the words a delegation typed in its amendment while the chair accepted it', async () => {
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
    await crossing(
      () =>
        chair.edit(
          (tr) => {
            for (const step of acceptAmendment(tr.doc, 'eg1').steps) tr.step(step)
          },
          () => [{ ...eg1, status: 'accepted', updated: eg1.updated + 2 }],
        ),
      async () => {
        // Meanwhile Egypt makes it delete "Decides " too, which the chair's acceptance does not know of. (Not
        // next to the words the chair resolves: Yjs keeps a mark as formatting items around its words, and a
        // mark added right beside words whose items another peer removes at the same moment can spread.)
        egypt.edit(
          (tr) => {
            const at = textPos(tr.doc, 'Decides to act')
            tr.addMark(at, at + 'Decides '.length, del('eg1', 'Egypt'))
          },
          () => [{ ...eg1, original: 'Decides act', updated: eg1.updated + 1 }],
        )
        assert.ok(await until(() => brazil.records.get('eg1')?.original === 'Decides act'))
      },
    )
    assert.ok(await settled())
    assert.match(chair.doc.textContent, /,to cooperate;/)
    assert.equal(amendmentsIn(chair.doc).has('eg1'), false, 'no mark of eg1 is left')
    assert.ok(server.log.has('amendments.swept', 'eg1'))
    assert.deepEqual(egypt.client.closes, [])
  })

  it('resolves the words a delegation typed in its amendment while the chair rejected it', async () => {
    // Egypt proposes to insert "firmly " before "remain" (eg2).
    egypt.edit(
      (tr) => tr.insert(textPos(tr.doc, 'seized'), schema.text('firmly ', [ins('eg2', 'Egypt')])),
      (doc) => [recordFor(doc, { id: 'eg2', delegation: 'Egypt', clause: 'cop2', kind: 'insert-words' })],
    )
    assert.ok(await settled())
    const eg2 = chair.records.get('eg2')!
    await crossing(
      () =>
        chair.edit(
          (tr) => {
            for (const step of rejectAmendment(tr.doc, 'eg2').steps) tr.step(step)
          },
          () => [{ ...eg2, status: 'rejected', updated: eg2.updated + 2 }],
        ),
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
    assert.match(chair.doc.textContent, /Decides to {2}seized\./, 'the words typed meanwhile went too')
    assert.equal(amendmentsIn(chair.doc).has('eg2'), false)
    assert.ok(server.log.has('amendments.swept', 'eg2'))
  })

  it('moves a paragraph whose acceptance reached the server as its record alone, as schema sweepDecided does', async () => {
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
    const decided = { ...eg3, status: 'accepted' as const, updated: eg3.updated + 2 }
    const statuses = new Map([...chair.records].map(([id, r]) => [id, r.status]))
    const expected = sweepDecided(before, (id) => (id === 'eg3' ? 'accepted' : statuses.get(id))).doc
    chair.edit(null, () => [decided])
    assert.ok(await until(() => amendmentsIn(brazil.doc).size === 0))
    assert.ok(await settled())
    assert.ok(chair.doc.eq(expected), 'the server resolves as schema sweepDecided does')
    const operatives: string[] = []
    chair.doc.forEach((n) => {
      if (n.type.name === 'operative') operatives.push(`${n.attrs.id} ${n.textContent}`)
    })
    assert.deepEqual(operatives, ['cop2 Decides to  seized.', 'cop1 to cooperate;'])
    assert.equal(
      chair.doc.content.content.some((n) => proposalOf(n) !== null),
      false,
      'no paragraph proposal is left',
    )
    assert.ok(server.log.has('amendments.swept', 'eg3'))
  })
})
