// Records and the server's sweep over real sockets: records stored in the old one-value form, supports and
// decisions that cross, and the words a delegation typed in an amendment while the facilitator decided it.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import type { Transform } from 'prosemirror-transform'
import * as Y from 'yjs'
import {
  type AmendmentRecord,
  amendmentsIn,
  amendmentWording,
  cleanDoc,
  forEachBlock,
  proposalOf,
  referredWords,
  SHARED,
  schema,
  sweepDecided,
  toText,
} from '../../schema/index.ts'
import { readDraft } from '../drafts/read.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import {
  amendmentsDraft,
  clauseAt,
  craft,
  del,
  type EditingClient,
  editingClients,
  ins,
  proposal,
  recordFor,
  snapshot,
  textPos,
} from './amendments-fixture.ts'
import { sampleDoc, tempDir, testServer, until } from './helpers.ts'

const { nodes } = schema
const map = (ydoc: Y.Doc) => ydoc.getMap<unknown>(SHARED.amendments)
/** The agreed text of a draft: every accepted change in, nothing pending. */
const agreed = (doc: Node, records: Map<string, AmendmentRecord>) => toText(cleanDoc(doc, records))

/** The operative paragraphs of a draft, each as its id and text. */
function operatives(doc: Node): string[] {
  const out: string[] = []
  forEachBlock(doc, (n) => {
    if (n.type.name === 'operative') out.push(`${n.attrs.id} ${n.textContent}`)
  })
  return out
}

describe('records and leftover marks through the server', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof amendmentsDraft>>
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
    draft = await amendmentsDraft(server)
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
    ;({ chair, egypt, brazil } = await editingClients(server, draft))
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
      () => chair.decide(br2, 'accepted', 2),
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
        const doc = chair.decide(eg1, 'accepted', 2)
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
    chair.decide(record, 'accepted')
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
        const doc = chair.decide(eg2, 'rejected', 2)
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

    chair.decide(record, 'rejected')
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
      // At the head of the operative part, the copy follows no paragraph there.
      ['Egypt', 'move-paragraph', 'egc3', undefined, 'Decides to  seized.', 'proposed'],
    )
    assert.ok(server.log.has('amendments.swept', `eg3 (accepted) -> ${id} (Egypt)`))

    // The chair decides the new proposal like any other: now the paragraph moves.
    chair.decide(record, 'accepted')
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

  // Words marked inside the run of an amendment, or at its start, as the chair decides it: Yjs keeps a mark as
  // formatting items at the run's ends, which the decision removes, so without the decision's record of what
  // the chair saw (its `seen`) typed words would lose the mark and become agreed, and a mark added at the start
  // would carry on over the agreed words after it.
  interface Crossing {
    decision: 'accepted' | 'rejected'
    /** What Egypt does to its amendment meanwhile, in case `n`; the new proposal must be exactly that. */
    what: string
    edit: (tr: Transform, id: string, n: number) => void
    proposal: { insertions: string[]; deletions: string[] }
    /** What the agreed text says once the chair has accepted the new proposal too. */
    finally: (n: number) => string
  }
  const typed = (at: (n: number) => string, text: string) => ({
    edit: (tr: Transform, id: string, n: number) =>
      tr.insert(textPos(tr.doc, at(n)), schema.text(text, [ins(id, 'Egypt')])),
    proposal: { insertions: [text], deletions: [] },
  })
  const markedTo = {
    edit: (tr: Transform, id: string, n: number) => {
      const to = textPos(tr.doc, `to actcooperate in case ${n}`)
      tr.addMark(to, to + 3, del(id, 'Egypt'))
    },
    proposal: { insertions: [], deletions: ['to '] },
  }
  const inside = typed((n) => `operate in case ${n}`, '-')
  const atStart = typed((n) => `cooperate in case ${n}`, 'fully ')
  const CROSSINGS: Crossing[] = [
    { decision: 'accepted', what: 'typed inside', ...inside, finally: (n) => `co-operate in case ${n}` },
    {
      decision: 'accepted',
      what: 'typed at the start of',
      ...atStart,
      finally: (n) => `fully cooperate in case ${n}`,
    },
    {
      decision: 'accepted',
      what: 'typed at the end of',
      ...typed((n) => ` in case ${n}`, ' fully'),
      finally: (n) => `cooperate fully in case ${n}`,
    },
    // Rejected, "cooperate" goes and what was typed into it stays after "act".
    { decision: 'rejected', what: 'typed inside', ...inside, finally: (n) => `act- in case ${n}` },
    {
      decision: 'rejected',
      what: 'typed at the start of',
      ...atStart,
      finally: (n) => `actfully  in case ${n}`,
    },
    {
      decision: 'accepted',
      what: 'marked for deletion at the start of',
      ...markedTo,
      finally: (n) => `Decides cooperate in case ${n};`,
    },
    {
      decision: 'rejected',
      what: 'marked for deletion at the start of',
      ...markedTo,
      finally: (n) => `Decides act in case ${n};`,
    },
  ]
  CROSSINGS.forEach(({ decision, what, edit, proposal: expected, finally: after }, n) => {
    it(`gives the words ${what} an amendment as the chair decides it (${decision}) to a new proposal`, async () => {
      // The chair writes a paragraph of agreed text; Egypt proposes to replace its "act" with "cooperate".
      const clause = `crossing${n}`
      chair.edit((tr) => {
        let end = 0
        forEachBlock(tr.doc, (node, offset) => {
          if (node.type.name === 'operative') end = offset + node.nodeSize
        })
        const text = schema.text(`Decides to act in case ${n};`)
        tr.insert(end, nodes.operative.create({ id: clause }, nodes.para.create(null, text)))
      })
      assert.ok(await settled())
      const id = `egc${n}`
      egypt.edit(
        (tr) => {
          const act = textPos(tr.doc, `act in case ${n};`)
          tr.addMark(act, act + 3, del(id, 'Egypt'))
          tr.insert(act + 3, schema.text('cooperate', [ins(id, 'Egypt')]))
        },
        (doc) => [recordFor(doc, { id, delegation: 'Egypt', clause, kind: 'replace-words' })],
      )
      assert.ok(await settled())
      const record = chair.records.get(id)!
      const known = new Set(chair.records.keys())
      let decided = ''
      await crossing(
        () => {
          decided = agreed(chair.decide(record, decision, 2), chair.records)
        },
        async () => {
          const before = snapshot(brazil.client.doc)
          egypt.edit((tr) => edit(tr, id, n))
          assert.ok(await until(() => snapshot(brazil.client.doc) !== before))
        },
      )
      assert.ok(await settled())
      assert.equal(
        agreed(chair.doc, chair.records),
        decided,
        'agreed: what the chair decided, no more, no less',
      )
      const fresh = newProposal(known)
      const touch = amendmentsIn(chair.doc).get(fresh)!
      assert.deepEqual(
        {
          delegation: touch.delegation,
          insertions: touch.insertions.map((r) => r.text),
          deletions: touch.deletions.map((r) => r.text),
        },
        { delegation: 'Egypt', ...expected },
        'what Egypt did meanwhile, and only that, is a proposal of Egypt',
      )
      assert.equal(amendmentsIn(chair.doc).has(id), false, `no mark of ${id} is left`)
      assert.equal(chair.records.get(id)!.status, decision)
      assert.deepEqual(egypt.client.closes, [])

      chair.decide(chair.records.get(fresh)!, 'accepted')
      assert.ok(await settled())
      assert.ok(agreed(chair.doc, chair.records).includes(after(n)), 'accepted, it is agreed')
    })
  })
})
