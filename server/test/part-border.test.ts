// Paragraphs added at the same moment on both sides of the border between the preamble and the operative
// part, over real sockets: the facilitator's new last preambular paragraph and a delegation's proposed first
// operative paragraph. In a flat list of paragraphs both would land in the one gap between the last preambular
// and the first operative paragraph, ordered by chance, and the server refused the second (4422).
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import { forEachBlock, schema } from '../../schema/index.ts'
import { draftDocFromStore, proseMirrorDoc } from '../drafts/ydoc.ts'
import {
  amendmentsDraft,
  clauseAt,
  type EditingClient,
  editingClients,
  ins,
  proposal,
  recordFor,
  snapshot,
} from './amendments-fixture.ts'
import { tempDir, testServer, until } from './helpers.ts'

const { nodes } = schema

/** The paragraphs of a draft in order, each as its kind and text. */
function paragraphs(doc: Node): string[] {
  const out: string[] = []
  forEachBlock(doc, (n) => {
    if (n.type.name === 'preambular' || n.type.name === 'operative')
      out.push(`${n.type.name}: ${n.textContent}`)
  })
  return out
}

describe('paragraphs added at once on both sides of the border between preamble and operative part', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>

  before(async () => {
    server = await testServer(data.dir)
  })

  after(async () => {
    await server.close()
    data.remove()
  })

  // Yjs orders two insertions at one place by their clients' ids: both orders are tried.
  for (const [egyptId, chairId] of [
    [1001, 1002],
    [2002, 2001],
  ] as const) {
    it(`are both taken, in their parts, everywhere (Egypt's client ${egyptId}, the chair's ${chairId})`, async () => {
      const draft = await amendmentsDraft(server)
      const { chair, egypt, brazil } = await editingClients(server, draft)
      // The awareness keeps the id the client was made with, and reads it when the provider closes.
      const ids = [chair, egypt].map((c) => c.client.doc.clientID)
      try {
        await race(chair, egypt, brazil, chairId, egyptId)
        const stored = proseMirrorDoc(draftDocFromStore((await server.storage.loadDraft(draft.id))!))
        stored.check()
        assert.deepEqual(paragraphs(stored), EXPECTED)
      } finally {
        ;[chair, egypt].forEach((c, i) => {
          c.client.doc.clientID = ids[i]!
        })
        for (const c of [chair, egypt, brazil]) c.client.destroy()
      }
    })
  }
})

const EXPECTED = [
  'preambular: Recalling its work,',
  'preambular: Noting the report,',
  'operative: Welcomes the progress made;',
  'operative: Decides to act;',
  'operative: Decides to remain seized.',
]

/** The chair adds a last preambular paragraph as Egypt proposes a first operative one; all must converge. */
async function race(
  chair: EditingClient,
  egypt: EditingClient,
  brazil: EditingClient,
  chairId: number,
  egyptId: number,
): Promise<void> {
  chair.client.doc.clientID = chairId
  egypt.client.doc.clientID = egyptId
  // Both edits are made before either client hears of the other's: the updates cross on the wire.
  chair.edit((tr) => {
    const last = clauseAt(tr.doc, 'cpre1')
    const text = schema.text('Noting the report,')
    tr.insert(
      last.pos + last.node.nodeSize,
      nodes.preambular.create({ id: 'cpre2' }, nodes.para.create(null, text)),
    )
  })
  egypt.edit(
    (tr) => {
      // Enter at the start of the first operative paragraph: the new paragraph goes before it.
      const first = clauseAt(tr.doc, 'cop1')
      const attrs = {
        id: 'egn1',
        proposal: proposal({ amendment: 'egn', delegation: 'Egypt', kind: 'insert' }),
      }
      const text = schema.text('Welcomes the progress made;', [ins('egn', 'Egypt')])
      tr.insert(first.pos, nodes.operative.create(attrs, nodes.para.create(null, text)))
    },
    (doc) => [recordFor(doc, { id: 'egn', delegation: 'Egypt', clause: 'egn1', kind: 'insert-paragraph' })],
  )
  const same = () => [egypt, brazil].every((c) => snapshot(c.client.doc) === snapshot(chair.client.doc))
  await until(() => same() && paragraphs(chair.doc).length === EXPECTED.length, 5000)
  for (const c of [chair, egypt, brazil]) {
    assert.deepEqual(c.client.closes, [], `${c.delegation}'s connection was not closed`)
    assert.deepEqual(paragraphs(c.doc), EXPECTED, c.delegation)
  }
  assert.equal(chair.records.get('egn')?.status, 'proposed')
}
