import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isPluralKey, languageName, listOf, preferredUILanguage, t, UI_LANGUAGES } from '../src/index.ts'

// Every interface language named in UI_LANGUAGES is checked against the English table, so a language added there
// (Arabic, Chinese…) is held to the same rules without touching this file.

const english: Record<string, string> = UI_LANGUAGES.en.strings
const CATEGORY = /\.(zero|one|two|few|many|other)$/
/** The plural keys: `x` where the English table has `x.one` and `x.other` (so `close.other` is a plain key). */
const pluralKeys = Object.keys(english)
  .filter((key) => key.endsWith('.one'))
  .map((key) => key.slice(0, -'.one'.length))
  .filter((base) => `${base}.other` in english)
const baseOf = (key: string): string | undefined => {
  const base = key.replace(CATEGORY, '')
  return base !== key && pluralKeys.includes(base) ? base : undefined
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const languages = Object.entries(UI_LANGUAGES).map(([code, { strings }]) => ({
  code,
  strings: strings as Record<string, string>,
}))

test('there are plural keys, and their English forms count with {count}', () => {
  assert.ok(pluralKeys.includes('status.offlineUnsent'))
  assert.ok(pluralKeys.includes('home.inv.days'))
  assert.ok(!pluralKeys.includes('close'), 'close.other is a plain key')
  for (const base of pluralKeys) {
    for (const form of ['one', 'other']) {
      assert.ok(placeholders(english[`${base}.${form}`]!).includes('count'), `en ${base}.${form} has {count}`)
    }
  }
})

for (const { code, strings } of languages) {
  test(`${code}: every key of the English table is there and none is empty; no key is unknown`, () => {
    const missing = Object.keys(english).filter((key) => !baseOf(key) && !(key in strings))
    assert.deepEqual(missing, [], `${code} lacks keys`)
    const unknown = Object.keys(strings).filter((key) => !(key in english) && !baseOf(key))
    assert.deepEqual(unknown, [], `${code} has keys the English table does not`)
    for (const [key, value] of Object.entries(strings)) {
      assert.equal(typeof value, 'string', `${code}.${key} is a string`)
      assert.ok(value.trim(), `${code}.${key} is not empty`)
    }
  })

  test(`${code}: every string has the placeholders of the English one`, () => {
    for (const [key, value] of Object.entries(strings)) {
      const base = baseOf(key)
      const reference = base ? english[`${base}.other`]! : english[key]!
      assert.deepEqual(placeholders(value), placeholders(reference), `${code}.${key}: “${value}”`)
    }
  })

  test(`${code}: each plural key has exactly the forms its plural rules use`, () => {
    const categories = [...new Intl.PluralRules(code).resolvedOptions().pluralCategories].sort()
    for (const base of pluralKeys) {
      const forms = Object.keys(strings)
        .filter((key) => baseOf(key) === base)
        .map((key) => key.slice(base.length + 1))
        .sort()
      assert.deepEqual(forms, categories, `${code} ${base}`)
    }
  })
}

test('a plural key takes the form the language gives the count', () => {
  const unsent = (count: number, lang: 'en' | 'fr' | 'es' | 'ru') =>
    t('status.offlineUnsent', { count }, lang)
  assert.equal(unsent(1, 'en'), 'Offline — 1 change not yet sent')
  assert.equal(unsent(3, 'en'), 'Offline — 3 changes not yet sent')
  assert.equal(unsent(0, 'fr'), 'Hors ligne — 0 modification pas encore envoyée')
  assert.equal(unsent(2, 'fr'), 'Hors ligne — 2 modifications pas encore envoyées')
  assert.equal(unsent(1, 'es'), 'Sin conexión — 1 cambio aún no enviado')
  assert.equal(unsent(5, 'es'), 'Sin conexión — 5 cambios aún no enviados')
  assert.equal(unsent(1000000, 'es'), 'Sin conexión — 1000000 de cambios aún no enviados')
  assert.equal(unsent(21, 'ru'), 'Нет связи — 21 изменение еще не отправлено')
  assert.equal(unsent(3, 'ru'), 'Нет связи — 3 изменения еще не отправлены')
  assert.equal(unsent(11, 'ru'), 'Нет связи — 11 изменений еще не отправлено')
  assert.equal(unsent(25, 'ru'), 'Нет связи — 25 изменений еще не отправлено')
  assert.equal(t('home.inv.days', { count: 1 }, 'ru'), '1 день')
  assert.equal(t('home.inv.days', { count: 7 }, 'ru'), '7 дней')
  assert.equal(t('home.inv.days', { count: 1 }, 'en'), '1 day')
  assert.equal(t('home.inv.days', { count: 30 }, 'en'), '30 days')
  assert.ok(isPluralKey('home.inv.days'))
  assert.ok(!isPluralKey('close'))
})

test('placeholders are filled in the language asked for', () => {
  assert.equal(t('footnote.edit', { number: 3 }, 'en'), 'Text of footnote 3')
  assert.equal(t('footnote.edit', { number: 3 }, 'fr'), 'Texte de la note 3')
  assert.equal(t('footnote.edit', { number: 3 }, 'es'), 'Texto de la nota 3')
  assert.equal(t('footnote.edit', { number: 3 }, 'ru'), 'Текст сноски 3')
  assert.equal(t('close.other', { code: 4999 }, 'en'), 'The connection was closed (code 4999).')
  assert.equal(
    t('close.4403', {}, 'en'),
    'This change is not allowed for your role. Reload the page to see the current text.',
  )
  assert.match(t('close.4401', {}, 'en'), /expired or was revoked/)
})

test('the menu names each language in itself', () => {
  assert.equal(UI_LANGUAGES.es.name, 'Español')
  assert.equal(UI_LANGUAGES.ru.name, 'Русский')
})

test('language names and lists of names are written as the interface language writes them', () => {
  assert.equal(languageName('ru', 'en'), 'Russian')
  assert.equal(languageName('ar', 'es'), 'Árabe')
  assert.equal(languageName('zh', 'ru'), 'Китайский')
  assert.equal(languageName('fr', 'fr'), 'Français')
  assert.equal(listOf(['France', 'Ghana', 'Peru'], 'en'), 'France, Ghana, and Peru')
  assert.equal(listOf(['Francia', 'Ghana', 'Perú'], 'es'), 'Francia, Ghana y Perú')
  assert.equal(listOf(['Франция', 'Гана'], 'ru'), 'Франция и Гана')
  assert.equal(listOf(['France'], 'fr'), 'France')
})

test('the interface language is the one chosen before, else the browser preference, else English', () => {
  assert.equal(preferredUILanguage('fr', ['en-US']), 'fr')
  assert.equal(preferredUILanguage(null, ['de-DE', 'fr-CH', 'en']), 'fr')
  assert.equal(preferredUILanguage(null, ['de-DE', 'ru-RU']), 'ru')
  assert.equal(preferredUILanguage(null, ['es-419']), 'es')
  assert.equal(preferredUILanguage(null, ['de-DE']), 'en')
  assert.equal(preferredUILanguage('xx', []), 'en')
})
