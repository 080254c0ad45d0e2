import assert from 'node:assert/strict'
import { test } from 'node:test'
import { preferredUILanguage, t, UI_LANGUAGES } from '../src/index.ts'

test('every interface language has every string of the English table, none left empty', () => {
  const keys = Object.keys(UI_LANGUAGES.en.strings).sort()
  for (const [code, { strings }] of Object.entries(UI_LANGUAGES)) {
    assert.deepEqual(Object.keys(strings).sort(), keys, `${code} has the same keys`)
    for (const [key, value] of Object.entries(strings)) assert.ok(value.trim(), `${code}.${key} is not empty`)
  }
})

test('placeholders are filled in the language asked for', () => {
  assert.equal(t('footnote.edit', { number: 3 }, 'en'), 'Text of footnote 3')
  assert.equal(t('footnote.edit', { number: 3 }, 'fr'), 'Texte de la note 3')
  assert.equal(
    t('close.4403', {}, 'en'),
    'This change is not allowed for your role. Reload the page to see the current text.',
  )
  assert.match(t('close.4401', {}, 'en'), /expired or was revoked/)
})

test('the interface language is the one chosen before, else the browser preference, else English', () => {
  assert.equal(preferredUILanguage('fr', ['en-US']), 'fr')
  assert.equal(preferredUILanguage(null, ['de-DE', 'fr-CH', 'en']), 'fr')
  assert.equal(preferredUILanguage(null, ['de-DE']), 'en')
  assert.equal(preferredUILanguage('xx', []), 'en')
})
