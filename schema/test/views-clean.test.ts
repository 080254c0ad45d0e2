import assert from 'node:assert/strict'
import { test } from 'node:test'
import { VIEW_FORMATS, writeView } from '../index.ts'
import { viewsRecords, viewsSample } from './views-sample.ts'

const clean = (format: (typeof VIEW_FORMATS)[number], lang: 'en' | 'fr' = 'en') =>
  writeView(viewsSample(lang), viewsRecords(), { view: 'clean', format })

// Words only pending proposals bring, and words only pending deletions would take away.
const PENDING = ['also', 'Noting with concern', 'protect', 'advance', 'Calls upon', 'annually']
const KEPT = [
  'Recalling its resolution 70/1,',
  'Decides to promote human rights;',
  'Urges all States to report;',
]

for (const format of VIEW_FORMATS) {
  test(`the clean ${format} export has none of the pending words and keeps the words they would delete`, () => {
    const text = clean(format)
    for (const words of PENDING) assert.ok(!text.includes(words), `'${words}' is not agreed text`)
    for (const words of KEPT) assert.ok(text.includes(words), `'${words}' is agreed text`)
    assert.doesNotMatch(text, /<ins|<del|\{\+|\[-|Egypt|Chile/, 'no change marks and no proposer')
  })
}

test('the clean text is numbered as it stands: proposed paragraphs take no number', () => {
  const text = clean('txt')
  assert.match(text, /^1\. Decides to promote human rights;$/m)
  // The paragraph Chile proposes to delete and the one Egypt proposes to move stay where they are.
  assert.match(text, /^2\. Requests a report;$/m)
  assert.match(text, /^3\. Invites States to cooperate;$/m)
  assert.match(text, /^5\. Decides to remain seized of the matter\.$/m)
  assert.equal(text.match(/Invites States/g)?.length, 1, 'the moved paragraph once, at its old place')
  assert.match(clean('html'), /<span class="num">2\.<\/span> Requests a report;/)
  assert.match(clean('md'), /^2\. \*?Requests\*? a report;$/m)
})

test('an accepted amendment is part of the clean text, a rejected or withdrawn one is not', () => {
  const records = viewsRecords().map((r) =>
    r.id === 'E2' || r.id === 'C4' ? { ...r, status: 'accepted' as const } : r,
  )
  const text = writeView(viewsSample(), records, { view: 'clean', format: 'txt' })
  assert.match(text, /^1\. Decides to promote and protect human rights;$/m)
  assert.match(text, /^4\. Urges States to report;$/m)
  assert.ok(!text.includes('annually'), 'the withdrawn insertion stays out')
})

test('the clean French export keeps the French punctuation of the agreed text', () => {
  const text = clean('txt', 'fr')
  assert.match(text, /^1\. Décide de promouvoir les droits de l’homme ;$/m)
  assert.ok(!text.includes('protéger'))
})
