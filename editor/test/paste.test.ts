import assert from 'node:assert/strict'
import { test } from 'node:test'
import { pasteClauses } from '../src/index.ts'
import { draft, editor, endOf, ids, op, outline, posIn, pre } from './draft-fixture.ts'

const PASTED = [
  'Recalling its resolution 70/1 of 25 September 2015,',
  '',
  'Noting with concern the report of the Secretary-General,',
  '',
  '1. Decides to remain seized of the matter;',
  '',
  '2. Requests the Secretary-General to report on the implementation of the present resolution.',
].join('\n')

test('pasted paragraphs go in as clauses of the right kinds, each kind in its part of the text', () => {
  const doc = draft([pre('*Reaffirming* a,'), op('*Decides* b;'), op('*Urges* c.')])
  const state = editor(doc, endOf(doc, 'Reaffirming'))
  const pasted = pasteClauses(state, PASTED)
  assert.ok(pasted, 'the importer found paragraphs')
  const after = state.apply(pasted.tr)
  assert.deepEqual(
    outline(after.doc).map((line) => line.slice(0, 40)),
    [
      'preambular: Reaffirming a,',
      'preambular: Recalling its resolution 70/1 of 25',
      'preambular: Noting with concern the report of',
      // The cursor was in the preamble: the operative paragraphs open the operative part, right after it.
      '1. Decides to remain seized of the matter;',
      '2. Requests the Secretary-General to report',
      '3. Decides b;',
      '4. Urges c.',
    ].map((line) => line.slice(0, 40)),
  )
  assert.equal(
    new Set(ids(after.doc)).size,
    ids(after.doc).length,
    'every pasted clause has an id of its own',
  )
})

test('operative paragraphs pasted in an operative paragraph go after it', () => {
  const doc = draft([pre('*Reaffirming* a,'), op('*Decides* b;'), op('*Urges* c.')])
  const state = editor(doc, endOf(doc, 'Decides'))
  const after = state.apply(pasteClauses(state, PASTED)!.tr)
  assert.deepEqual(
    outline(after.doc).map((line) => line.slice(0, 24)),
    [
      'preambular: Reaffirming a,',
      'preambular: Recalling its resolution 70/1',
      'preambular: Noting with concern the',
      '1. Decides b;',
      '2. Decides to remain seized',
      '3. Requests the Secretary-General',
      '4. Urges c.',
    ].map((line) => line.slice(0, 24)),
  )
})

test('pasting into an empty paragraph replaces it', () => {
  const doc = draft([pre(''), op('*Urges* c.')])
  const state = editor(doc, posIn(doc, ''))
  const after = state.apply(pasteClauses(state, PASTED)!.tr)
  assert.equal(outline(after.doc)[0]!.slice(0, 30), 'preambular: Recalling its reso')
  assert.ok(!outline(after.doc).includes('preambular: '), 'the empty paragraph is gone')
})
