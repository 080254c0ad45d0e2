import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import * as Y from 'yjs'
import {
  type AmendmentRecord,
  CLOSE,
  cleanDoc,
  referredWords,
  SHARED,
  schema,
  sharedBlocks,
} from '../../schema/index.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import { writeRecord } from '../model/index.ts'
import {
  amendmentsDraft,
  clauseAt,
  craft,
  del,
  type EditingClient,
  editingClients,
  ins,
  pmDoc,
  proposal,
  recordFor,
  recordsOf,
  snapshot,
  storedSnapshot,
  textPos,
  writeDoc,
} from './amendments-fixture.ts'
import { connect, rawClient, sampleDoc, sleep, tempDir, testServer, until, updateMessage } from './helpers.ts'

const { nodes } = schema

/** Whether every client holds the same draft and records. */
const converged = (...clients: EditingClient[]) =>
  until(() => clients.every((c) => snapshot(c.client.doc) === snapshot(clients[0]!.client.doc)))

/** The agreed text of a document with its records: what the amendments must never change. */
const agreed = (doc: Node, records: Map<string, AmendmentRecord>): string => {
  const clean = cleanDoc(doc, records)
  return clean.textBetween(0, clean.content.size, '\n')
}

/** Brazil proposes deleting "seized" in cop2 (amendment br1), as its editor does. */
function brazilDeletes(brazil: EditingClient): void {
  brazil.edit(
    (tr) => {
      const at = textPos(tr.doc, 'seized')
      tr.addMark(at, at + 'seized'.length, del('br1', 'Brazil'))
    },
    (doc) => [recordFor(doc, { id: 'br1', delegation: 'Brazil', clause: 'cop2', kind: 'delete-words' })],
  )
}

/** Egypt proposes replacing "act" in cop1 with "cooperate" (amendment eg1), one keystroke per update. */
function egyptReplaces(egypt: EditingClient): void {
  egypt.edit(
    (tr) => {
      const at = textPos(tr.doc, 'act;')
      tr.addMark(at, at + 'act'.length, del('eg1', 'Egypt'))
    },
    (doc) => [recordFor(doc, { id: 'eg1', delegation: 'Egypt', clause: 'cop1', kind: 'delete-words' })],
  )
  const word = 'cooperate'
  for (let i = 0; i < word.length; i++) {
    egypt.edit(
      (tr) =>
        tr.insert(textPos(tr.doc, 'Decides to act', 14 + i), schema.text(word[i]!, [ins('eg1', 'Egypt')])),
      (doc) => [
        recordFor(doc, {
          id: 'eg1',
          delegation: 'Egypt',
          clause: 'cop1',
          kind: 'replace-words',
          updated: 1_700_000_000_001 + i,
        }),
      ],
    )
  }
}

describe('a delegation proposing amendments through the server', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof amendmentsDraft>>
  let chair: EditingClient
  let egypt: EditingClient
  let brazil: EditingClient
  const AGREED = (() => {
    const doc = sampleDoc()
    return doc.textBetween(0, doc.content.size, '\n')
  })()

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

  it('accepts word changes, new, deleted and moved paragraphs, support, co-sponsoring and withdrawal', async () => {
    brazilDeletes(brazil)
    egyptReplaces(egypt)
    assert.ok(await converged(chair, egypt, brazil), 'the replacement reaches everyone')
    assert.match(chair.doc.textContent, /Decides to actcooperate;/)

    // A new paragraph after cop1, then split in two, each part a proposed paragraph of its own.
    egypt.edit(
      (tr) => {
        const cop1 = clauseAt(tr.doc, 'cop1')
        const attrs = {
          id: 'egc1',
          proposal: proposal({ amendment: 'eg2', delegation: 'Egypt', kind: 'insert' }),
        }
        const text = schema.text('Requests a report; Invites views;', [ins('eg2', 'Egypt')])
        tr.insert(cop1.pos + cop1.node.nodeSize, nodes.operative.create(attrs, nodes.para.create(null, text)))
      },
      (doc) => [
        recordFor(doc, {
          id: 'eg2',
          delegation: 'Egypt',
          clause: 'egc1',
          kind: 'insert-paragraph',
          after: 'cop1',
        }),
      ],
    )
    egypt.edit(
      (tr) => {
        const at = textPos(tr.doc, ' Invites')
        const attrs = {
          id: 'egc2',
          proposal: proposal({ amendment: 'eg5', delegation: 'Egypt', kind: 'insert' }),
        }
        tr.split(at, 2, [{ type: nodes.operative, attrs }])
        const egc2 = clauseAt(tr.doc, 'egc2')
        const end = egc2.pos + egc2.node.nodeSize
        tr.removeMark(egc2.pos, end, ins('eg2', 'Egypt'))
        tr.addMark(egc2.pos, end, ins('eg5', 'Egypt'))
      },
      (doc) => [
        recordFor(doc, {
          id: 'eg5',
          delegation: 'Egypt',
          clause: 'egc2',
          kind: 'insert-paragraph',
          after: 'egc1',
        }),
      ],
    )
    // Deleting cpre1 as a whole.
    egypt.edit(
      (tr) => {
        const attr = proposal({ amendment: 'eg3', delegation: 'Egypt', kind: 'delete' })
        tr.setNodeAttribute(clauseAt(tr.doc, 'cpre1').pos, 'proposal', attr)
      },
      (doc) => [
        recordFor(doc, { id: 'eg3', delegation: 'Egypt', clause: 'cpre1', kind: 'delete-paragraph' }),
      ],
    )
    // Moving cop2 to the front of the operative part: it stays with a move proposal, a copy of its agreed
    // words (without Brazil's pending deletion mark) goes to the new place.
    egypt.edit(
      (tr) => {
        const cop2 = clauseAt(tr.doc, 'cop2')
        tr.setNodeAttribute(
          cop2.pos,
          'proposal',
          proposal({ amendment: 'eg4', delegation: 'Egypt', kind: 'move' }),
        )
        const copyAttrs = {
          id: 'egc3',
          proposal: proposal({ amendment: 'eg4', delegation: 'Egypt', kind: 'move', from: 'cop2' }),
        }
        const copy = nodes.operative.create(
          copyAttrs,
          nodes.para.create(null, schema.text('Decides to remain seized.')),
        )
        tr.insert(clauseAt(tr.doc, 'cop1').pos, copy)
      },
      (doc) => [
        recordFor(doc, {
          id: 'eg4',
          delegation: 'Egypt',
          clause: 'egc3',
          kind: 'move-paragraph',
        }),
      ],
    )
    assert.ok(await converged(chair, egypt, brazil), 'the paragraph proposals reach everyone')

    // Support for Brazil's amendment, co-sponsoring, and withdrawing the first new paragraph.
    const br1 = egypt.records.get('br1')!
    egypt.edit(null, () => [{ ...br1, supporters: ['Egypt'], updated: br1.updated + 1 }])
    egypt.client.doc.getMap(SHARED.sponsors).set('Egypt', { since: 1_700_000_000_000 })
    const eg2 = egypt.records.get('eg2')!
    egypt.decide(eg2, 'withdrawn')
    assert.ok(await converged(chair, egypt, brazil), 'support, sponsorship and withdrawal reach everyone')

    assert.deepEqual([egypt.client.closes, brazil.client.closes], [[], []])
    const records = recordsOf(chair.client.doc)
    assert.deepEqual([...records.values()].map((r) => [r.id, r.delegation, r.status]).sort(), [
      ['br1', 'Brazil', 'proposed'],
      ['eg1', 'Egypt', 'proposed'],
      ['eg2', 'Egypt', 'withdrawn'],
      ['eg3', 'Egypt', 'proposed'],
      ['eg4', 'Egypt', 'proposed'],
      ['eg5', 'Egypt', 'proposed'],
    ])
    assert.deepEqual(records.get('br1')!.supporters, ['Egypt'])
    assert.deepEqual(chair.client.doc.getMap(SHARED.sponsors).toJSON(), {
      Egypt: { since: 1_700_000_000_000 },
    })
    assert.equal(chair.doc.eq(egypt.doc), true)
    assert.doesNotMatch(chair.doc.textContent, /Requests a report/, 'the withdrawn paragraph is gone')
    assert.match(chair.doc.textContent, / Invites views;/, 'the paragraph split from it stays')
    // ... but for the header's sponsor line, which the server writes from the sponsor list.
    const withLine = AGREED.replace('\n\nCooperation in', '\nEgypt: draft resolution\nCooperation in')
    assert.equal(agreed(chair.doc, records), withLine, 'the agreed text is what it was')
  })

  it('marks an amendment outdated for everyone when the chair edits its words, and lets its delegation rebase it', async () => {
    // The chair edits the word Egypt proposes to delete.
    chair.edit((tr) => {
      const at = textPos(tr.doc, 'act')
      tr.replaceWith(at, at + 'act'.length, schema.text('take action', [del('eg1', 'Egypt')]))
    })
    const statusOf = (c: EditingClient, id: string) => c.records.get(id)?.status
    assert.ok(
      await until(() => [chair, egypt, brazil].every((c) => statusOf(c, 'eg1') === 'outdated')),
      'every client sees eg1 outdated',
    )
    assert.ok(server.log.has('amendments.outdated', 'eg1'))
    const stored = draftDocFromStore((await server.storage.loadDraft(draft.id))!)
    assert.equal(recordsOf(stored).get('eg1')!.status, 'outdated', 'the server stored what it wrote')
    // Only eg1 refers to the words the chair changed.
    assert.deepEqual(
      [...recordsOf(chair.client.doc).values()].filter((r) => r.status === 'outdated').map((r) => r.id),
      ['eg1'],
    )

    const eg1 = egypt.records.get('eg1')!
    egypt.edit(null, (doc) => [
      {
        ...eg1,
        status: 'proposed',
        original: referredWords(doc, 'eg1', egypt.records),
        updated: eg1.updated + 1,
      },
    ])
    assert.ok(
      await until(() => [chair, egypt, brazil].every((c) => statusOf(c, 'eg1') === 'proposed')),
      'the rebased amendment is proposed again for everyone',
    )
    assert.equal(chair.records.get('eg1')!.original, 'to take action;')
    assert.deepEqual(egypt.client.closes, [])
  })

  it('marks an amendment outdated when another one accepted changes its words', async () => {
    // Accepting Brazil's deletion of "seized" changes the paragraph Egypt proposes to move.
    const br1 = chair.records.get('br1')!
    chair.decide(br1, 'accepted')
    assert.ok(
      await until(() => [chair, egypt, brazil].every((c) => c.records.get('eg4')?.status === 'outdated')),
    )
    assert.equal(chair.records.get('br1')!.status, 'accepted')
    assert.equal(chair.records.get('eg3')!.status, 'proposed', 'a proposal elsewhere stays as it was')
  })

  it("checks a delegation's proposals against the text the chair has just typed", async () => {
    // The chair types keystroke by keystroke, as the editor sends them: plain typing, which the room forwards
    // without its staging copy. Egypt's proposals in between are checked against the text with that typing.
    const textOf = (name: string, id?: string) => {
      const top = sharedBlocks(chair.client.doc.getXmlFragment(SHARED.document)).find(
        (el) => el instanceof Y.XmlElement && el.nodeName === name && (!id || el.getAttribute('id') === id),
      )
      const first = (top as Y.XmlElement).get(0)
      return (first instanceof Y.XmlElement ? first.get(0) : first) as Y.XmlText
    }
    const type = (text: Y.XmlText, chars: string) => {
      for (const char of chars) text.insert(text.length, char)
    }
    const propose = (id: string, words: string) =>
      egypt.edit(
        (tr) => {
          const end = clauseAt(tr.doc, 'cpre1')
          tr.insert(end.pos + end.node.child(0).nodeSize, schema.text(words, [ins(id, 'Egypt')]))
        },
        (doc) => [recordFor(doc, { id, delegation: 'Egypt', clause: 'cpre1', kind: 'insert-words' })],
      )
    type(textOf('preambular', 'cpre1'), ' and its')
    assert.ok(await until(() => egypt.doc.textContent.includes('Recalling its work, and its')))
    propose('eg8', ' resolve')
    // More keystrokes than the staging copy waits for: it is made afresh for the next proposal.
    type(textOf('title'), ' x'.repeat(150))
    assert.ok(await until(() => egypt.doc.textContent.includes(' x'.repeat(150))))
    propose('eg9', ' firmly')
    assert.ok(await converged(chair, egypt, brazil), 'everyone has the typing and both proposals')
    assert.match(chair.doc.textContent, /Cooperation in human rights( x){150}The General Assembly,/)
    assert.match(chair.doc.textContent, /Recalling its work, and its resolve firmly/)
    assert.deepEqual(egypt.client.closes, [], 'neither proposal was refused')
    const stored = draftDocFromStore((await server.storage.loadDraft(draft.id))!)
    assert.equal(snapshot(stored), snapshot(chair.client.doc), 'the store holds what the clients show')
  })
})

describe('refusing what a delegation may not change', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof amendmentsDraft>>
  let chair: EditingClient

  before(async () => {
    server = await testServer(data.dir)
    draft = await amendmentsDraft(server)
    const clients = await editingClients(server, draft)
    chair = clients.chair
    const { egypt, brazil } = clients
    brazilDeletes(brazil)
    egyptReplaces(egypt)
    assert.ok(await converged(chair, egypt, brazil))
    egypt.client.destroy()
    brazil.client.destroy()
  })
  after(async () => {
    chair.client.destroy()
    await server.close()
    data.remove()
  })

  /** Edits the document of a replica as a client would write it. */
  const rewrite = (ydoc: Y.Doc, change: (tr: Transform) => void) => {
    const tr = new Transform(pmDoc(ydoc))
    change(tr)
    writeDoc(ydoc, tr.doc)
  }
  const record = (ydoc: Y.Doc, id: string) => recordsOf(ydoc).get(id)!
  const records = (ydoc: Y.Doc) => ydoc.getMap<unknown>(SHARED.amendments)
  /** The nested map of a record's fields, as the editor keeps it. */
  const fields = (ydoc: Y.Doc, id: string) => records(ydoc).get(id) as Y.Map<unknown>
  const supporters = (ydoc: Y.Doc, id: string) => fields(ydoc, id).get('supporters') as Y.Map<unknown>

  const cases: { name: string; reason: RegExp; change: (ydoc: Y.Doc) => void }[] = [
    {
      name: 'changes agreed text',
      reason: /Egypt: doc\/4:operative_part\/0 \(operative cop1\): changes what is not Egypt's proposal/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) => tr.insert(textPos(tr.doc, 'Decides to act'), schema.text('PLAIN '))),
    },
    {
      name: "removes another delegation's proposal",
      reason: /operative cop2\): changes what is not Egypt's proposal/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) => {
          const at = textPos(tr.doc, 'seized')
          tr.removeMark(at, at + 'seized'.length, del('br1', 'Brazil'))
        }),
    },
    {
      name: "writes a record in another delegation's name",
      reason: /amendments\.br2: writes a record in Brazil's name/,
      change: (ydoc) => writeRecord(records(ydoc), { ...record(ydoc, 'br1'), id: 'br2' }),
    },
    {
      name: "names itself the author of another delegation's record (one field)",
      reason: /amendments\.br1: changes Brazil's amendment/,
      change: (ydoc) => fields(ydoc, 'br1').set('delegation', 'Egypt'),
    },
    {
      name: 'sets its own proposal to accepted',
      reason: /amendments\.eg1: a delegation cannot set its amendment accepted/,
      change: (ydoc) => writeRecord(records(ydoc), { ...record(ydoc, 'eg1'), status: 'accepted' }),
    },
    {
      name: 'sets the decision field of its own proposal to rejected',
      reason: /amendments\.eg1: a delegation cannot set its amendment rejected/,
      change: (ydoc) => fields(ydoc, 'eg1').set('decision', 'rejected'),
    },
    {
      name: 'marks its own proposal outdated',
      reason: /amendments\.eg1: a delegation cannot set its amendment outdated/,
      change: (ydoc) => fields(ydoc, 'eg1').set('outdated', true),
    },
    {
      name: "writes a facilitator's status into the delegation's status field",
      reason: /amendments\.eg1\.status: expected one of proposed, withdrawn, got "accepted"/,
      change: (ydoc) => fields(ydoc, 'eg1').set('status', 'accepted'),
    },
    {
      name: "decides another delegation's proposal",
      reason: /amendments\.br1: changes Brazil's amendment/,
      change: (ydoc) => fields(ydoc, 'br1').set('decision', 'accepted'),
    },
    {
      name: "changes the rationale of another delegation's proposal",
      reason: /amendments\.br1: changes Brazil's amendment/,
      change: (ydoc) => fields(ydoc, 'br1').set('rationale', 'A better reason'),
    },
    {
      name: "deletes another delegation's record",
      reason: /amendments\.br1: deletes Brazil's amendment/,
      change: (ydoc) => records(ydoc).delete('br1'),
    },
    {
      name: 'adds another delegation as a supporter',
      reason: /amendments\.br1: changes the supporters of Brazil's amendment other than Egypt/,
      change: (ydoc) => supporters(ydoc, 'br1').set('Chile', 1_700_000_000_005),
    },
    {
      name: 'adds a supporter to its own proposal',
      reason: /amendments\.eg1: names Chile as a supporter/,
      change: (ydoc) => supporters(ydoc, 'eg1').set('Chile', 1_700_000_000_005),
    },
    {
      name: 'puts a shared type where a field belongs',
      reason: /amendments\.eg1\.rationale: expected a plain value, found a shared type/,
      change: (ydoc) => fields(ydoc, 'eg1').set('rationale', new Y.Text('Why')),
    },
    {
      name: 'writes its supporters as a list instead of a map',
      reason: /amendments\.br1\.supporters: expected a map of delegations/,
      change: (ydoc) => fields(ydoc, 'br1').set('supporters', Y.Array.from(['Egypt'])),
    },
    {
      name: 'writes the supporters as one plain value',
      reason: /amendments\.br1\.supporters: expected a map of delegations/,
      change: (ydoc) => fields(ydoc, 'br1').set('supporters', { Egypt: 1_700_000_000_005 }),
    },
    // Records stored as one plain value (drafts from before nested records) are read, never written so.
    {
      name: "writes a whole record in another delegation's name",
      reason: /amendments\.br2: a record is a map of its fields, not one value/,
      change: (ydoc) => records(ydoc).set('br2', { ...record(ydoc, 'br1'), id: 'br2', status: 'accepted' }),
    },
    {
      name: 'sets its own proposal to accepted as a whole record',
      reason: /amendments\.eg1: a record is a map of its fields, not one value/,
      change: (ydoc) => records(ydoc).set('eg1', { ...record(ydoc, 'eg1'), status: 'accepted' }),
    },
    {
      name: 'inserts words under a mark naming another delegation',
      reason: /changes what is not Egypt's proposal/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) =>
          tr.insert(textPos(tr.doc, 'remain'), schema.text('still ', [ins('br9', 'Brazil')])),
        ),
    },
    {
      name: "inserts words under its own name with another delegation's amendment",
      reason: /names Brazil's amendment br1 as Egypt's/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) =>
          tr.insert(textPos(tr.doc, 'Decides to act'), schema.text('Also ', [ins('br1', 'Egypt')])),
        ),
    },
    {
      name: 'changes the metadata',
      reason: /a delegation may not change 'meta'/,
      change: (ydoc) => ydoc.getMap(SHARED.meta).set('lang', 'fr'),
    },
    {
      name: "sets another delegation's sponsor entry",
      reason: /sponsors\.Brazil: only Brazil may change its sponsorship/,
      change: (ydoc) => ydoc.getMap(SHARED.sponsors).set('Brazil', { since: 1 }),
    },
    {
      name: 'adds another delegation as a supporter in a whole record',
      reason: /amendments\.br1: a record is a map of its fields, not one value/,
      change: (ydoc) => records(ydoc).set('br1', { ...record(ydoc, 'br1'), supporters: ['Egypt', 'Chile'] }),
    },
    {
      name: 'proposes words in the title, outside the paragraphs',
      reason: /\(title\): changes what is not Egypt's proposal/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) =>
          tr.insert(textPos(tr.doc, 'Cooperation'), schema.text('New ', [ins('eg7', 'Egypt')])),
        ),
    },
    {
      name: "proposes a new paragraph that holds another delegation's proposal",
      reason: /adds a paragraph that is not Egypt's proposal/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) => {
          const sub = nodes.subparagraph.create(
            { id: 'egs1', proposal: proposal({ amendment: 'br5', delegation: 'Brazil', kind: 'insert' }) },
            nodes.para.create(null, schema.text('in law;', [ins('br5', 'Brazil')])),
          )
          const attrs = {
            id: 'egc9',
            proposal: proposal({ amendment: 'eg9', delegation: 'Egypt', kind: 'insert' }),
          }
          const words = nodes.para.create(null, schema.text('Invites views:', [ins('eg9', 'Egypt')]))
          const cop2 = clauseAt(tr.doc, 'cop2')
          tr.insert(cop2.pos + cop2.node.nodeSize, nodes.operative.create(attrs, [words, sub]))
        }),
    },
    {
      name: 'moves a paragraph with other words in its copy',
      reason: /the copy of clause cop2 \(amendment eg8\) changes its words/,
      change: (ydoc) =>
        rewrite(ydoc, (tr) => {
          const cop2 = clauseAt(tr.doc, 'cop2')
          tr.setNodeAttribute(
            cop2.pos,
            'proposal',
            proposal({ amendment: 'eg8', delegation: 'Egypt', kind: 'move' }),
          )
          const attrs = {
            id: 'egc8',
            proposal: proposal({ amendment: 'eg8', delegation: 'Egypt', kind: 'move', from: 'cop2' }),
          }
          tr.insert(
            clauseAt(tr.doc, 'cop1').pos,
            nodes.operative.create(attrs, nodes.para.create(null, schema.text('Decides to leave.'))),
          )
        }),
    },
  ]

  for (const { name, reason, change } of cases) {
    it(`refuses a delegation that ${name}: nothing changes for anyone`, async () => {
      const seen = snapshot(chair.client.doc)
      const stored = await storedSnapshot(server, draft.id)
      const tampered = await rawClient(server, draft.id, draft.tokens.egypt!)
      tampered.send(updateMessage(craft(tampered.doc, () => change(tampered.doc))))
      const open = sleep(3000).then(() => ({ code: 0, reason: 'the connection stayed open' }))
      const closed = await Promise.race([tampered.closed, open])
      tampered.ws.terminate()
      assert.equal(closed.code, CLOSE.forbidden)
      assert.match(closed.reason, reason)
      const late = connect(server, draft.id, draft.tokens.observer!)
      await late.synced
      assert.equal(snapshot(late.doc), seen, 'a client joining later does not see it')
      assert.equal(snapshot(chair.client.doc), seen, 'the chair does not see it')
      assert.equal(await storedSnapshot(server, draft.id), stored, 'it is not stored')
      late.destroy()
    })
  }
})
