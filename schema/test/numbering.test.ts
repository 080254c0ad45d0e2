import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import {
  draftOf,
  emptyDraft,
  forEachBlock,
  idFixes,
  type Lang,
  numberDocument,
  schema,
  subparagraphLabel,
  withIds,
} from '../index.ts'

const { nodes } = schema
const para = (text: string) => nodes.para.create(null, text ? schema.text(text) : null)
const sub = (text: string, ...children: Node[]) => nodes.subparagraph.create(null, [para(text), ...children])
const clause = (type: 'preambular' | 'operative', text: string, ...children: Node[]) =>
  nodes[type]!.create(null, [para(text), ...children])

function draft(lang: Lang, body: Node[]): Node {
  const base = emptyDraft(lang, 'ga')
  const head: Node[] = []
  forEachBlock(base, (n) => {
    if (!['preambular', 'operative'].includes(n.type.name)) head.push(n)
  })
  return withIds(draftOf({ lang, organ: 'ga' }, [...head, ...body]))
}

test('operative paragraphs are numbered from position and sub-paragraphs labelled by depth', () => {
  const doc = draft('en', [
    clause('preambular', 'Recalling'),
    clause('operative', 'Decides'),
    clause('operative', 'Requests:', sub('first', sub('deep', sub('deeper'))), sub('second')),
  ])
  const n = numberDocument(doc)
  assert.deepEqual(
    n.clauses.map((c) => [c.kind, c.label, c.path.join(' ')]),
    [
      ['preambular', '', '1'],
      ['operative', '1.', '1'],
      ['operative', '2.', '2'],
      ['subparagraph', '(a)', '2 (a)'],
      ['subparagraph', '(i)', '2 (a) (i)'],
      ['subparagraph', 'a.', '2 (a) (i) a.'],
      ['subparagraph', '(b)', '2 (b)'],
    ],
  )
})

test('a single operative paragraph is not numbered', () => {
  const doc = draft('en', [clause('operative', 'Decides')])
  assert.equal(numberDocument(doc).clauses[0]!.label, '')
})

test('sub-paragraph labels follow the language', () => {
  assert.equal(subparagraphLabel('en', 1, 2), '(b)')
  assert.equal(subparagraphLabel('fr', 1, 2), 'b)')
  assert.equal(subparagraphLabel('es', 2, 4), 'iv)')
  assert.equal(subparagraphLabel('ru', 1, 3), 'в)')
  assert.equal(subparagraphLabel('ar', 1, 5), '(هـ)')
  assert.equal(subparagraphLabel('en', 1, 27), '(aa)')
})

test('footnotes are numbered in order of appearance across the whole text', () => {
  const fn = (text: string) => nodes.footnote.create(null, schema.text(text))
  const doc = draft('en', [
    nodes.preambular.create(null, nodes.para.create(null, [schema.text('Recalling'), fn('A')])),
    nodes.operative.create(null, nodes.para.create(null, [schema.text('Decides'), fn('B'), fn('C')])),
  ])
  assert.deepEqual(
    numberDocument(doc).footnotes.map((f) => [f.number, f.node.textContent]),
    [
      [1, 'A'],
      [2, 'B'],
      [3, 'C'],
    ],
  )
})

test('duplicated ids (after a split) are replaced on the later copy only', () => {
  const a = nodes.operative.create({ id: 'cdup' }, para('one'))
  const b = nodes.operative.create({ id: 'cdup' }, para('two'))
  const doc = draft('en', [a, b])
  assert.deepEqual(idFixes(doc), [])
  const ids = numberDocument(doc).clauses.map((c) => c.id)
  assert.equal(ids[0], 'cdup')
  assert.notEqual(ids[1], 'cdup')
})
