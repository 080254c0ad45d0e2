// The Arabic and Chinese interface tables and the page's direction, without a browser: the names the language
// menu shows, a few strings a user reads first, placeholders kept, and which interface languages run right to left.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { applyUILanguage, uiDirection } from '../src/i18n/page-direction.ts'
import { t, UI_LANGUAGES } from '../src/index.ts'

test('the menu names Arabic and Chinese in themselves', () => {
  assert.equal(UI_LANGUAGES.ar.name, 'العربية')
  assert.equal(UI_LANGUAGES.zh.name, '中文')
})

test('the Arabic and Chinese tables speak as the UN does, placeholders filled', () => {
  assert.equal(t('export.label', {}, 'ar'), 'تصدير')
  assert.equal(t('export.label', {}, 'zh'), '导出')
  assert.equal(t('amend.para.operative', { n: 3 }, 'ar'), 'الفقرة 3 من المنطوق')
  assert.equal(t('amend.para.preambular', { n: 2 }, 'zh'), '序言部分第2段')
  assert.equal(t('sponsors.co', {}, 'zh'), '共同提案国')
  assert.equal(t('a11y.untitledDraft', {}, 'ar'), 'مشروع قرار بلا عنوان')
  assert.equal(t('footnote.edit', { number: 4 }, 'zh'), '脚注 4 的文字')
})

test('every Arabic and Chinese string has the placeholders of the English one', () => {
  const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
  const english: Record<string, string> = UI_LANGUAGES.en.strings
  for (const lang of ['ar', 'zh'] as const) {
    for (const [key, value] of Object.entries(UI_LANGUAGES[lang].strings)) {
      const reference = english[key] ?? english[`${key.replace(/\.\w+$/, '')}.other`] ?? ''
      assert.deepEqual(names(value), names(reference), `${lang}.${key}: “${value}”`)
    }
  }
})

test('only the Arabic interface runs right to left', () => {
  assert.equal(uiDirection('ar'), 'rtl')
  for (const lang of Object.keys(UI_LANGUAGES) as (keyof typeof UI_LANGUAGES)[]) {
    if (lang !== 'ar') assert.equal(uiDirection(lang), 'ltr', lang)
  }
})

test("the page root takes the interface language's lang and dir", () => {
  const root = { lang: 'en', dir: '' } as HTMLElement
  applyUILanguage('ar', root)
  assert.deepEqual({ lang: root.lang, dir: root.dir }, { lang: 'ar', dir: 'rtl' })
  applyUILanguage('zh', root)
  assert.deepEqual({ lang: root.lang, dir: root.dir }, { lang: 'zh', dir: 'ltr' })
})
