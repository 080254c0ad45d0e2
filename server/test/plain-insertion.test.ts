import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import * as Y from 'yjs'
import { forEachBlock, proposalAttr, SHARED, schema, sharedBlocks } from '../../schema/index.ts'
import { draftDocFrom } from '../drafts/ydoc.ts'
import { isPlainInsertion } from '../room/plain-insertion.ts'
import { sampleDoc } from './helpers.ts'

/** The draft (as the server holds it) and a client's replica of it. */
function draftAndReplica(doc: Node = sampleDoc()): { draft: Y.Doc; replica: Y.Doc } {
  const draft = draftDocFrom(doc)
  const replica = new Y.Doc({ gc: false })
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(draft))
  return { draft, replica }
}

/** The update a change made on a replica produces. */
function updateOf(replica: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | null = null
  const keep = (u: Uint8Array) => {
    update = u
  }
  replica.on('update', keep)
  replica.transact(change)
  replica.off('update', keep)
  assert.ok(update, 'the change produced an update')
  return update
}

/** The text of the first paragraph of the top-level node with this clause id (or of this type). */
function paraText(doc: Y.Doc, clause: string): Y.XmlText {
  for (const top of sharedBlocks(doc.getXmlFragment(SHARED.document))) {
    if (!(top instanceof Y.XmlElement)) continue
    if (top.getAttribute('id') !== clause && top.nodeName !== clause) continue
    const para = top.get(0)
    const text = para instanceof Y.XmlElement ? para.get(0) : para
    if (text instanceof Y.XmlText) return text
  }
  throw new Error(`no text in ${clause}`)
}

/** The position of a clause of the sample draft. */
function clausePos(doc: Node, id: string): number {
  let at = -1
  forEachBlock(doc, (node, offset) => {
    if (node.attrs.id === id) at = offset
  })
  assert.ok(at >= 0, `the sample has clause ${id}`)
  return at
}

/** The sample draft with a delegation's proposed insertion in the first operative paragraph. */
function withInsertion(): Node {
  const doc = sampleDoc()
  const at = clausePos(doc, 'cop1') + 2 + 'Decides to act'.length
  const mark = schema.marks.insertion.create({ amendment: 'a1', delegation: 'Egypt' })
  return new Transform(doc).insert(at, schema.text(' at once', [mark])).doc
}

/** The sample draft with the last operative paragraph proposed for deletion. */
function withDeletionProposal(): Node {
  const doc = sampleDoc()
  const proposal = proposalAttr({ kind: 'delete', amendment: 'a2', delegation: 'Brazil' })
  return new Transform(doc).setNodeAttribute(clausePos(doc, 'cop2'), 'proposal', proposal).doc
}

describe('isPlainInsertion', () => {
  it('takes typing into agreed text: one character, a run of them, several places, the title', () => {
    const { draft, replica } = draftAndReplica()
    const op = paraText(replica, 'cop1')
    const keystroke = updateOf(replica, () => op.insert(op.length, 'x'))
    assert.equal(isPlainInsertion(draft, keystroke), true)
    Y.applyUpdate(draft, keystroke)
    const word = updateOf(replica, () => {
      op.insert(0, 'Also ')
      paraText(replica, 'cop2').insert(3, 'zz')
      paraText(replica, 'title').insert(0, 'New ')
    })
    assert.equal(isPlainInsertion(draft, word), true)
  })

  it('sends everything else the full way', () => {
    const { draft, replica } = draftAndReplica()
    const op = paraText(replica, 'cop1')
    const cases: [string, () => void][] = [
      ['a deletion', () => op.delete(0, 3)],
      ['typing with a mark', () => op.insert(0, 'x', { em: true })],
      ['formatting', () => op.format(0, 3, { em: true })],
      [
        'a new paragraph',
        () => replica.getXmlFragment(SHARED.document).insert(4, [new Y.XmlElement('operative')]),
      ],
      ['an attribute', () => (op.parent as Y.XmlElement).setAttribute('id', 'x')],
      ['a record', () => replica.getMap(SHARED.amendments).set('a9', { id: 'a9' })],
      ['a root type of its own', () => replica.getText('elsewhere').insert(0, 'x')],
    ]
    for (const [name, change] of cases) {
      assert.equal(isPlainInsertion(draft, updateOf(replica, change)), false, name)
    }
    assert.equal(isPlainInsertion(draft, new Uint8Array([1, 2, 3, 250])), false, 'garbage')
  })

  it('leaves to the full way typing in a paragraph an amendment refers to', () => {
    const marked = draftAndReplica(withInsertion())
    const text = paraText(marked.replica, 'cop1')
    assert.equal(
      isPlainInsertion(
        marked.draft,
        updateOf(marked.replica, () => text.insert(0, 'x')),
      ),
      false,
      'a marked paragraph',
    )
    const deleted = draftAndReplica(withDeletionProposal())
    const last = paraText(deleted.replica, 'cop2')
    assert.equal(
      isPlainInsertion(
        deleted.draft,
        updateOf(deleted.replica, () => last.insert(0, 'x')),
      ),
      false,
      'a paragraph proposed for deletion',
    )
  })

  it('leaves to the full way an update that depends on what the server lacks or lands in deleted text', () => {
    const { draft, replica } = draftAndReplica()
    const op = paraText(replica, 'cop1')
    updateOf(replica, () => op.insert(0, 'a'))
    const second = updateOf(replica, () => op.insert(0, 'b'))
    assert.equal(isPlainInsertion(draft, second), false, 'a gap in the clock')

    const other = draftAndReplica()
    const typing = updateOf(other.replica, () => paraText(other.replica, 'cop1').insert(0, 'x'))
    const cop1 = sharedBlocks<Y.XmlElement>(other.draft.getXmlFragment(SHARED.document)).find(
      (el) => el.getAttribute('id') === 'cop1',
    )!
    const part = cop1.parent as Y.XmlElement
    part.delete(part.toArray().indexOf(cop1), 1)
    assert.equal(isPlainInsertion(other.draft, typing), false, 'its paragraph deleted meanwhile')
  })
})
