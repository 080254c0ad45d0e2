import assert from 'node:assert/strict'
import { test } from 'node:test'
import { importResolution } from '../../schema/index.ts'
import { englishDictionary } from '../import/dictionary.ts'

test('the English word list knows words in any case, and not the pieces PDF extraction leaves', () => {
  const known = englishDictionary()
  for (const word of ['geneva', 'Geneva', 'humanitarian', 'escalation', 'resolution'])
    assert.ok(known(word), word)
  for (const word of ['genev', 'humani', 'tarian', 'xyzzyq']) assert.ok(!known(word), word)
  assert.equal(englishDictionary()('geneva'), true, 'loaded once, answers again')
})

test('with the word list, the importer repairs "Genev a", which the text alone leaves uncertain', () => {
  const text = [
    'The General Assembly,',
    'Recalling the obligations of all parties under international humanitarian law, including the Genev a',
    'Conventions of 1949,',
    '1. Decides to remain seized of the matter.',
    '22-04067 (E)',
  ].join('\n')
  const plain = importResolution(text).doc.textContent
  assert.match(plain, /the Genev a Conventions/)
  const repaired = importResolution(text, { dictionary: englishDictionary() }).doc.textContent
  assert.match(repaired, /the Geneva Conventions of 1949/)
})
