import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Transform } from 'prosemirror-transform'
import type * as Y from 'yjs'
import {
  alternativesAttr,
  bracketMark,
  CLOSE,
  pickAlternative,
  placeBrackets,
  proposalAttr,
  readStatusEntry,
  SHARED,
  type StatusEntry,
  schema,
} from '../../schema/index.ts'
import {
  amendmentsDraft,
  clauseAt,
  craft,
  type EditingClient,
  editingClients,
  ins,
  pmDoc,
  recordFor,
  snapshot,
  storedSnapshot,
  textPos,
  writeDoc,
} from './amendments-fixture.ts'
import { connect, rawClient, sleep, tempDir, testServer, until, updateMessage } from './helpers.ts'

const { nodes } = schema
const statuses = (ydoc: Y.Doc) => ydoc.getMap<unknown>(SHARED.statuses)
const entry = (fields: Partial<StatusEntry> = {}): StatusEntry => ({
  status: 'agreed-ad-ref',
  by: 'Chair',
  at: 1_700_000_000_000,
  ...fields,
})

/** Edits the document of a replica as a client would write it. */
const rewrite = (ydoc: Y.Doc, change: (tr: Transform) => void) => {
  const tr = new Transform(pmDoc(ydoc))
  change(tr)
  writeDoc(ydoc, tr.doc)
}

describe('where each paragraph stands, through the server', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof amendmentsDraft>>
  let chair: EditingClient
  let egypt: EditingClient
  let brazil: EditingClient

  before(async () => {
    server = await testServer(data.dir)
    draft = await amendmentsDraft(server)
    ;({ chair, egypt, brazil } = await editingClients(server, draft))
  })
  after(async () => {
    for (const c of [chair, egypt, brazil]) c.client.destroy()
    await server.close()
    data.remove()
  })

  const converged = () =>
    until(() => [egypt, brazil].every((c) => snapshot(c.client.doc) === snapshot(chair.client.doc)))

  it('lets the facilitator set statuses, bracket words and paragraphs, and offer and pick alternatives', async () => {
    chair.client.doc.transact(() => {
      statuses(chair.client.doc).set('cop1', entry({ note: 'pending consultation in capitals' }))
      statuses(chair.client.doc).set('cpre1', entry({ status: 'agreed' }))
    })
    chair.edit((tr) => {
      const at = textPos(tr.doc, 'act;')
      for (const step of placeBrackets(tr.doc, at, at + 3, 'Egypt', 'bk1').steps) tr.step(step)
      const cop2 = clauseAt(tr.doc, 'cop2')
      tr.setNodeAttribute(cop2.pos, 'bracketed', 'Brazil')
      tr.setNodeAttribute(
        cop2.pos,
        'alternatives',
        alternativesAttr([{ text: 'Decides to remain actively seized of the matter.', by: 'Brazil' }]),
      )
    })
    assert.ok(await converged(), 'everyone has them')
    const seen = egypt.doc
    assert.equal(clauseAt(seen, 'cop2').node.attrs.bracketed, 'Brazil')
    assert.deepEqual(
      readStatusEntry(statuses(egypt.client.doc).get('cop1'), 'cop1').note,
      'pending consultation in capitals',
    )

    // Egypt proposes words inside the bracketed "act", as its editor would: they take the same brackets.
    egypt.edit(
      (tr) => {
        const at = textPos(tr.doc, 'act;', 1)
        tr.insert(at, schema.text('ccep', [bracketMark('Egypt', 'bk1'), ins('eg1', 'Egypt')]))
      },
      (doc) => [recordFor(doc, { id: 'eg1', delegation: 'Egypt', clause: 'cop1', kind: 'insert-words' })],
    )
    assert.ok(await converged(), "Egypt's proposal inside the brackets is accepted")
    assert.deepEqual(egypt.client.closes, [])

    chair.edit((tr) => {
      for (const step of pickAlternative(tr.doc, 'cop2', 2).steps) tr.step(step)
    })
    assert.ok(await converged())
    const picked = clauseAt(brazil.doc, 'cop2').node
    assert.equal(picked.textContent, 'Decides to remain actively seized of the matter.')
    assert.equal(picked.attrs.alternatives, null, 'the other wordings go')
    assert.equal(picked.attrs.bracketed, 'Brazil', 'the brackets stay until the facilitator lifts them')
  })

  it("exports the live draft with the facilitator's statuses, as the API serves it", async () => {
    const res = await fetch(`${server.url}/api/drafts/${draft.id}/export?format=txt&view=compilation`, {
      headers: { authorization: `Bearer ${draft.tokens.observer}` },
    })
    assert.equal(res.status, 200)
    const text = await res.text()
    assert.match(text, /PP1 \[agreed\] Recalling/, 'as the room holds it now')
    // Egypt's proposal inside the bracketed words, and its name, stand inside the brackets.
    assert.match(
      text,
      /OP1 \[agreed ad ref\.; pending consultation in capitals\] Decides to \[a\{\+ccep\+\} \[Egypt\]ct\]\(Egypt\);/,
    )
    assert.match(text, /OP2 \[Decides to remain actively seized of the matter\.\]\(Brazil\)/)
  })

  const refusals: {
    name: string
    who: 'egypt' | 'press' | 'chair'
    code: number
    reason: RegExp
    change: (ydoc: Y.Doc) => void
  }[] = [
    {
      name: "a delegation sets a paragraph's status",
      who: 'egypt',
      code: CLOSE.forbidden,
      reason: /a delegation may not change 'statuses'/,
      change: (ydoc) => statuses(ydoc).set('cop2', entry({ status: 'agreed', by: 'Egypt' })),
    },
    {
      name: 'a delegation reopens a paragraph by deleting its status',
      who: 'egypt',
      code: CLOSE.forbidden,
      reason: /a delegation may not change 'statuses'/,
      change: (ydoc) => statuses(ydoc).delete('cop1'),
    },
    {
      name: 'an observer sets a status',
      who: 'press',
      code: CLOSE.forbidden,
      reason: /an observer may not change the draft/,
      change: (ydoc) => statuses(ydoc).set('cop2', entry({ by: 'Press' })),
    },
    {
      name: 'the facilitator writes a status in another name',
      who: 'chair',
      code: CLOSE.forbidden,
      reason: /statuses\.cop2: a status names who set it \(Chair\), not "Egypt"/,
      change: (ydoc) => statuses(ydoc).set('cop2', entry({ by: 'Egypt' })),
    },
    {
      name: 'the facilitator writes a status that is none',
      who: 'chair',
      code: CLOSE.invalidDocument,
      reason: /statuses\.cop2\.status: expected one of open, agreed-ad-ref, agreed, got "settled"/,
      change: (ydoc) => statuses(ydoc).set('cop2', { ...entry(), status: 'settled' }),
    },
    {
      name: 'a client bumps the comments counter',
      who: 'chair',
      code: CLOSE.forbidden,
      reason: /only the server changes 'commentsVersion'/,
      change: (ydoc) => ydoc.getMap(SHARED.commentsVersion).set('version', 99),
    },
    {
      name: 'a delegation puts agreed words in brackets',
      who: 'egypt',
      code: CLOSE.forbidden,
      reason: /changes what is not Egypt's proposal/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) => {
          const at = textPos(tr.doc, 'Recalling')
          tr.addMark(at, at + 9, bracketMark('Egypt', 'bk9'))
        }),
    },
    {
      name: 'a delegation lifts the brackets the facilitator placed',
      who: 'egypt',
      code: CLOSE.forbidden,
      reason: /changes what is not Egypt's proposal/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) => {
          const cop2 = clauseAt(tr.doc, 'cop2')
          tr.setNodeAttribute(cop2.pos, 'bracketed', null)
        }),
    },
    {
      name: 'a delegation puts its own proposed words in brackets',
      who: 'egypt',
      code: CLOSE.forbidden,
      reason: /only the facilitator places square brackets \(Brazil\), not Egypt/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) => {
          const at = textPos(tr.doc, 'Recalling')
          tr.insert(at, schema.text('Also ', [bracketMark('Brazil', 'bk8'), ins('eg1', 'Egypt')]))
        }),
    },
    {
      name: 'a delegation proposes a paragraph in brackets, with alternatives',
      who: 'egypt',
      code: CLOSE.forbidden,
      reason: /clause egn1: only the facilitator changes square brackets and alternatives, not Egypt/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) => {
          const attrs = {
            id: 'egn1',
            proposal: proposalAttr({ amendment: 'eg7', delegation: 'Egypt', kind: 'insert' }),
            bracketed: 'Egypt',
            alternatives: alternativesAttr([{ text: 'Decides otherwise;' }]),
          }
          const words = nodes.para.create(null, schema.text('Decides also;', [ins('eg7', 'Egypt')]))
          tr.insert(clauseAt(tr.doc, 'cop1').pos, nodes.operative.create(attrs, words))
        }),
    },
  ]

  for (const { name, who, code, reason, change } of refusals) {
    it(`refuses the update when ${name}: nothing changes for anyone`, async () => {
      const seen = snapshot(chair.client.doc)
      const stored = await storedSnapshot(server, draft.id)
      const token = who === 'press' ? draft.tokens.observer! : draft.tokens[who]!
      const tampered = await rawClient(server, draft.id, token)
      tampered.send(updateMessage(craft(tampered.doc, () => change(tampered.doc))))
      const open = sleep(3000).then(() => ({ code: 0, reason: 'the connection stayed open' }))
      const closed = await Promise.race([tampered.closed, open])
      tampered.ws.terminate()
      assert.equal(closed.code, code, closed.reason)
      assert.match(closed.reason, reason)
      const late = connect(server, draft.id, draft.tokens.observer!)
      await late.synced
      assert.equal(snapshot(late.doc), seen, 'a client joining later does not see it')
      assert.equal(
        JSON.stringify(statuses(late.doc).toJSON()),
        JSON.stringify(statuses(chair.client.doc).toJSON()),
      )
      assert.equal(await storedSnapshot(server, draft.id), stored, 'it is not stored')
      late.destroy()
    })
  }
})
