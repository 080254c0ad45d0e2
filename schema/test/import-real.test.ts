import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { importResolution, type Lang, outline } from '../index.ts'

// Real texts as found (shared/fixtures/README.md and schema/test/fixtures/real/), each with the structure a
// reader counts by hand: PP preambular paragraphs, OP operative paragraphs (a single unnumbered one counts 1),
// sub-paragraphs at every depth (quoted ones included), FN numbered footnotes; for an annex, its numbered
// paragraphs, its sub-paragraphs and its section headings.

// No spelling dictionary: the structure of a text must not depend on repairing its words (the server's
// Hunspell dictionaries, which schema/ may not import, are tested in server/test/import-dictionary.test.ts).

/** A fixture's text without its first `# source: ...` line. */
function realText(path: string): string {
  const text = readFileSync(new URL(`fixtures/${path}`, import.meta.url), 'utf8')
  return text.startsWith('# source:') ? text.slice(text.indexOf('\n') + 1) : text
}

interface Expected {
  file: string
  lang: Lang
  pp: number
  op: number
  sub: number
  fn: number
  /** Text taken from a PDF: it must read the same with its form feeds taken out. */
  pdf?: boolean
  annex?: { paragraphs: number; subparagraphs: number; sections: number }
  /** The language is named rather than detected (a page holding two language versions). */
  named?: boolean
  /** Words of the text that are not the resolution and must be reported as unplaced, never made paragraphs. */
  unplaced?: string[]
}

const REAL: Expected[] = [
  { file: 'fr_A-RES-71-194.md', lang: 'fr', pp: 12, op: 15, sub: 0, fn: 5 },
  { file: 'en_A-RES-ES-11-1.txt', lang: 'en', pp: 18, op: 16, sub: 0, fn: 3, pdf: true },
  { file: 'real/en_A-RES-ES-11-1_no-form-feeds.txt', lang: 'en', pp: 18, op: 16, sub: 0, fn: 3, pdf: true },
  { file: 'real/en_A-RES-76-307.txt', lang: 'en', pp: 10, op: 21, sub: 6, fn: 6, pdf: true },
  {
    file: 'real/en_A-RES-78-1.txt',
    lang: 'en',
    pp: 0,
    op: 1,
    sub: 0,
    fn: 2,
    pdf: true,
    annex: { paragraphs: 43, subparagraphs: 34, sections: 3 },
  },
  { file: 'real/en_A-77-L.4.txt', lang: 'en', pp: 3, op: 1, sub: 0, fn: 2, pdf: true },
  { file: 'real/en_S-RES-26932023.txt', lang: 'en', pp: 20, op: 16, sub: 0, fn: 0, pdf: true },
  { file: 'real/en_A-RES-77-276.txt', lang: 'en', pp: 12, op: 1, sub: 4, fn: 16, pdf: true },
  {
    file: 'real/es_A-RES-2758XXVI.txt',
    lang: 'es',
    pp: 3,
    op: 1,
    sub: 0,
    fn: 0,
    unplaced: ['Este trabajo está extraído'],
  },
  { file: 'real/es_A-RES-ES-10-24.txt', lang: 'es', pp: 6, op: 0, sub: 2, fn: 0 },
  {
    file: 'real/zh_A-RES-2758XXVI.txt',
    lang: 'zh',
    pp: 3,
    op: 1,
    sub: 0,
    fn: 0,
    named: true,
    unplaced: ['英文資料來源'],
  },
  {
    file: 'real/zh_S-RES-1518.txt',
    lang: 'zh',
    pp: 5,
    op: 4,
    sub: 0,
    fn: 0,
    unplaced: ['官方纪录', 'Public domain'],
  },
  { file: 'real/zh_A-RES-54-254.txt', lang: 'zh', pp: 6, op: 4, sub: 0, fn: 0, unplaced: ['新闻大观'] },
  { file: 'real/ar_S-RES-474.txt', lang: 'ar', pp: 6, op: 1, sub: 0, fn: 0 },
  { file: 'real/ru_S-RES-1518.txt', lang: 'ru', pp: 5, op: 1, sub: 0, fn: 0 },
  { file: 'real/ru_S-RES-1498.txt', lang: 'ru', pp: 8, op: 0, sub: 0, fn: 0 },
  { file: 'real/ru_A-RES-58-global-threats.txt', lang: 'ru', pp: 5, op: 0, sub: 0, fn: 0 },
]

const read = (e: Expected, text = realText(e.file)) =>
  importResolution(text, { ...(e.named ? { lang: e.lang } : {}) })

for (const e of REAL) {
  test(`${e.file} imports with ${e.pp} preambular and ${e.op} operative paragraphs, ${e.sub} sub-paragraphs, ${e.fn} footnotes`, () => {
    const result = read(e)
    assert.equal(result.lang, e.lang)
    const { counts } = outline(result.doc)
    assert.deepEqual(
      { pp: counts.preambular, op: counts.operative, sub: counts.subparagraphs, fn: counts.footnotes },
      { pp: e.pp, op: e.op, sub: e.sub, fn: e.fn },
    )
    assert.deepEqual(
      {
        paragraphs: counts.annex.paragraphs,
        subparagraphs: counts.annex.subparagraphs,
        sections: counts.annex.sections,
      },
      e.annex ?? { paragraphs: 0, subparagraphs: 0, sections: 0 },
    )
    for (const words of e.unplaced ?? []) {
      assert.ok(!result.doc.textContent.includes(words), `"${words}" is not part of the resolution`)
      assert.ok(
        result.unplaced.some((l) => l.text.includes(words)),
        `"${words}" is reported as an unplaced line`,
      )
    }
  })
  if (e.pdf) {
    test(`${e.file} gives the same structure with and without form feeds`, () => {
      const text = realText(e.file)
      const withFeeds = outline(read(e, text).doc)
      const without = outline(read(e, text.replaceAll('\f', '')).doc)
      assert.deepEqual(without, withFeeds)
    })
  }
}

test('an amendment document is refused as what it is, not read as a resolution', () => {
  assert.throws(
    () => importResolution(realText('real/en_A-789.txt')),
    (e: Error) =>
      e instanceof RangeError &&
      /amendments to a draft resolution/.test(e.message) &&
      /not a resolution/.test(e.message),
  )
})
