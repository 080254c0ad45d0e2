import assert from 'node:assert/strict'
import { test } from 'node:test'
import { importResolution, schema } from '../../schema/index.ts'
import { annexedDraftText } from '../../schema/test/annex-drafts.ts'
import { numberingKey } from '../src/index.ts'
import { editor } from './draft-fixture.ts'

// An annex is numbered on its own in the editor: its label, its headings' and paragraphs' numbers start again,
// and a paragraph added in the annex (here by a change as another peer's would arrive) renumbers the annex only.

const TEXT = annexedDraftText([
  '1. Adopts the programme of action contained in the annex to the present resolution;',
  '2. Decides to remain seized of the matter.',
])

const labels = (state: ReturnType<typeof editor>) =>
  (numberingKey.getState(state)?.decorations.find() ?? [])
    .sort((a, b) => a.from - b.from || b.to - a.to)
    .map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-label'])
    .filter(Boolean)

test('an annex shows its label, and its headings and paragraphs numbered on their own', () => {
  const { doc } = importResolution(TEXT)
  const state = editor(doc)
  assert.deepEqual(labels(state), ['1.', '2.', 'Annex', 'I.', '1.', '2.', '(a)', '(b)', 'II.', '3.'])
  // A new paragraph after the annex's first one: the annex's paragraphs renumber, the resolution's do not.
  let after = -1
  state.doc.descendants((node, pos) => {
    if (node.type.name === 'annex_paragraph' && node.textContent === 'We commit to act.')
      after = pos + node.nodeSize
    return after < 0
  })
  const added = schema.nodes.annex_paragraph!.create(
    null,
    schema.nodes.para!.create(null, schema.text('We review.')),
  )
  const next = state.apply(state.tr.insert(after, added))
  assert.deepEqual(labels(next), ['1.', '2.', 'Annex', 'I.', '1.', '2.', '3.', '(a)', '(b)', 'II.', '4.'])
})
