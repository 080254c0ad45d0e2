import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import type { Node } from 'prosemirror-model'
import { EditorState } from 'prosemirror-state'
import { schema } from '../../schema/index.ts'
import { numberingKey, numberingPlugin } from '../src/index.ts'
import { draft, op, pre, sub, textblocks } from './draft-fixture.ts'

const { nodes } = schema

// A draft with what numbering reads: footnotes, sub-paragraphs, a quotation, and a proposed new paragraph,
// which the editor numbers "1 bis." after the clean text, unlike the plain numbering of the document.
const PROPOSAL = '{"amendment":"a7","delegation":"Egypt","kind":"insert"}'
const note = (text: string) => nodes.footnote.create(null, schema.text(text))
const withNote = (text: string, noteText: string) =>
  nodes.preambular.create(
    null,
    nodes.para.create(null, [schema.text(text), note(noteText), schema.text(' more')]),
  )
const sample = (): Node =>
  draft([
    pre('Recalling its resolution 70/1,'),
    withNote('Noting the report', 'A/70/1.'),
    op('Urges all States to promote the rights of women:', sub('in law;'), sub('in practice;')),
    nodes.operative.create(
      { proposal: PROPOSAL },
      nodes.para.create(null, schema.text('Welcomes the report;')),
    ),
    nodes.operative.create(null, [
      nodes.para.create(null, schema.text('Decides to amend the text as follows:')),
      nodes.quotation.create(null, [nodes.para.create(null, schema.text('“1. Quoted words;”'))]),
    ]),
    nodes.operative.create(
      null,
      nodes.para.create(null, [
        schema.text('Decides to remain seized'),
        note('A/71/2.'),
        schema.text(' of it.'),
      ]),
    ),
  ])

/** Every number the plugin holds, with positions and nodes, in a form `deepEqual` compares. */
function numbersOf(state: EditorState) {
  const s = numberingKey.getState(state)!
  const info = ({
    pos,
    node,
    id,
    label,
    path,
  }: {
    pos: number
    node: Node
    id: string | null
    label?: string
    path?: string[]
  }) => ({ pos, node, id, label, path })
  return {
    clauses: s.numbering.clauses.map(info),
    footnotes: s.numbering.footnotes.map((f) => ({ ...info(f), number: f.number })),
    byId: [...s.numbering.byId].map(([id, c]) => [id, c.pos]),
    byPos: [...s.numbering.byPos].map(([pos, c]) => [pos, c.id]),
    shown: [...s.shown],
    decorations: s.decorations.find().map((d) => ({ from: d.from, to: d.to, spec: d.spec })),
  }
}

// One edit: typing a few characters in a textblock, deleting a stretch of it (which may take a footnote with it:
// then the numbers change, and the plugin must see it), or adding or removing a mark.
const editArb = fc.record({
  block: fc.nat(),
  at: fc.nat(),
  length: fc.nat({ max: 6 }),
  text: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 4 })),
  mark: fc.constantFrom(null, 'opening', 'em'),
  remove: fc.boolean(),
})

test('after any edit of the text or its marks, the numbers moved with it are those a full count of the draft finds', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      (batches) => {
        let state = EditorState.create({ doc: sample(), plugins: [numberingPlugin()] })
        for (const batch of batches) {
          const tr = state.tr
          for (const edit of batch) {
            const blocks = textblocks(tr.doc)
            const [start, end] = blocks[edit.block % blocks.length]!
            const from = start + (edit.at % (end - start + 1))
            const to = Math.min(end, from + (edit.text ? 0 : edit.length))
            // Marking words (an opening phrase, italics) over a stretch that may run into the next paragraphs.
            if (edit.mark) {
              const markEnd = Math.min(tr.doc.content.size, from + edit.length * 20)
              if (edit.remove) tr.removeMark(from, markEnd, schema.marks[edit.mark])
              else tr.addMark(from, markEnd, schema.marks[edit.mark]!.create())
            } else if (edit.text) tr.insertText(edit.text, from)
            else if (to > from) tr.delete(from, to)
          }
          state = state.apply(tr)
          const counted = EditorState.create({ doc: state.doc, plugins: [numberingPlugin()] })
          assert.deepEqual(numbersOf(state), numbersOf(counted))
        }
      },
    ),
    { numRuns: 300 },
  )
})

test('typing in a paragraph keeps the numbers and moves those after it, without a new count', () => {
  const state = EditorState.create({ doc: sample(), plugins: [numberingPlugin()] })
  const before = numberingKey.getState(state)!
  const first = before.numbering.clauses[0]!
  const typed = state.apply(state.tr.insertText('xyz', first.pos + 2))
  const after = numberingKey.getState(typed)!
  assert.deepEqual(
    after.numbering.clauses.map((c) => c.label),
    before.numbering.clauses.map((c) => c.label),
  )
  assert.deepEqual(
    after.numbering.clauses.slice(1).map((c) => c.pos),
    before.numbering.clauses.slice(1).map((c) => c.pos + 3),
    'the clauses after the typing move by the three characters',
  )
  assert.equal(
    after.numbering.clauses[1]!.node,
    before.numbering.clauses[1]!.node,
    'an untouched clause is kept',
  )
  assert.equal([...after.shown.values()].find((n) => n.proposed)?.label, '1 bis.')
})
