import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { importResolution, type Lang, matchOpening, outline } from '../index.ts'

// Every opening phrase of the real texts (shared/fixtures and schema/test/fixtures/real) is in the lexicon of
// its language: walking the paragraphs the importer finds, each one names its phrase.

const FIXTURES = new URL('fixtures/', import.meta.url)
const text = (path: string) => {
  const raw = readFileSync(new URL(path, FIXTURES), 'utf8')
  return raw.startsWith('# source:') ? raw.slice(raw.indexOf('\n') + 1) : raw
}
const REAL = [
  'fr_A-RES-71-194.md',
  'en_A-RES-ES-11-1.txt',
  ...readdirSync(new URL('real/', FIXTURES))
    .filter((f) => f.endsWith('.txt') && f !== 'en_A-789.txt')
    .map((f) => `real/${f}`),
]

test('every preambular and operative paragraph of every real text opens with a phrase of the lexicon', () => {
  let walked = 0
  for (const file of REAL) {
    const lang = /(?:^|\/)(ar|en|es|fr|ru|zh)_/.exec(file)![1] as Lang
    const o = outline(importResolution(text(file), { lang }).doc)
    o.clauses.forEach((clause, i) => {
      walked++
      assert.ok(
        clause.opening,
        `${file}: ${clause.kind} paragraph ${i + 1} opens with no phrase of the lexicon: "${clause.text.slice(0, 50)}"`,
      )
    })
  }
  assert.ok(walked > 200, `only ${walked} paragraphs walked`)
})

test('the variants of the opening phrases are recognised in the six languages', () => {
  const cases: [string, Lang, 'preambular' | 'operative', string][] = [
    ['Rappelant également sa résolution 70/1,', 'fr', 'preambular', 'Rappelant également'],
    ['Rappelant en outre la Déclaration,', 'fr', 'preambular', 'Rappelant en outre'],
    ['Recordando también su resolución 70/1,', 'es', 'preambular', 'Recordando también'],
    ['вновь подтверждая свою приверженность,', 'ru', 'preambular', 'вновь подтверждая'],
    ['вновь заявляя о своей полной поддержке,', 'ru', 'preambular', 'вновь заявляя'],
    ['определяя, что положение представляет угрозу,', 'ru', 'preambular', 'определяя'],
    ['إذ تشير كذلك إلى قرارها 70/1،', 'ar', 'preambular', 'إذ تشير كذلك إلى'],
    ['وإذ يشير كذلك إلى قراراته،', 'ar', 'preambular', 'وإذ يشير كذلك إلى'],
    // Vowel marks and the tatweel of a copied text do not hide a phrase.
    ['واقتناعاً منه بأن للوضع الحالي عواقب،', 'ar', 'preambular', 'واقتناعا منه'],
    ['إذ يتصرف بناء على طلب الحكومة،', 'ar', 'preambular', 'إذ يتصرف'],
    ['又回顾其以往各项决议，', 'zh', 'preambular', '又回顾'],
    ['还回顾其第2625(XXV)号决议，', 'zh', 'preambular', '还回顾'],
    // Traditional characters read as the simplified ones of the UN's texts.
    ['回顧聯合國憲章的原則,', 'zh', 'preambular', '回顾'],
    ['決定:恢復中華人民共和國的一切權利。', 'zh', 'operative', '决定'],
    // A title mark lost in copying.
    ['根据联合国宪章》第七章采取行动', 'zh', 'preambular', '根据《联合国宪章》第七章采取行动'],
    ['Further taking note of the final report,', 'en', 'preambular', 'Further taking note of'],
    ['Encouraging the authorities to continue,', 'en', 'preambular', 'Encouraging'],
    ['Expresses particular concern about reports;', 'en', 'operative', 'Expresses particular concern'],
  ]
  for (const [line, lang, kind, phrase] of cases) {
    const match = matchOpening(line, lang, kind)
    assert.equal(match?.phrase, phrase, line)
    // The length is counted in the text as it is, so the phrase can be marked where it stands.
    assert.ok(match.length <= line.length, line)
  }
  assert.equal(matchOpening('根据联合国宪章》第七章采取行动', 'zh', 'preambular')?.length, 15)
  assert.equal(matchOpening('واقتناعاً منه بأن', 'ar', 'preambular')?.length, 'واقتناعاً منه'.length)
})
