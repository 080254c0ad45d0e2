import assert from 'node:assert/strict'
import { test } from 'node:test'
import { amendmentWording, referredWords, wordAfter, wordBefore, words } from '../index.ts'
import { clause, del, draft, ins, operatives, w } from './amendment-drafts.ts'

const texts = (text: string, lang: Parameters<typeof words>[1]) => words(text, lang).map((s) => s.text)

test('words are cut as the language cuts them: Chinese without spaces, symbols and compounds whole', () => {
  assert.deepEqual(texts('回顾其关于促进人权的第70/1号决议，', 'zh'), [
    '回顾',
    '其',
    '关于',
    '促进',
    '人权',
    '的',
    '第',
    '70/1',
    '号',
    '决议',
  ])
  assert.deepEqual(texts('Recalls its resolution 70/1 (2016), the well-being of States’ rights;', 'en'), [
    'Recalls',
    'its',
    'resolution',
    '70/1',
    '2016',
    'the',
    'well-being',
    'of',
    'States',
    'rights',
  ])
  assert.deepEqual(texts('وإذ ترحب بتقرير الأمين العام،', 'ar'), ['وإذ', 'ترحب', 'بتقرير', 'الأمين', 'العام'])
  assert.deepEqual(texts('Rappelant l’Assemblée générale, « les droits »', 'fr'), [
    'Rappelant',
    'l’Assemblée',
    'générale',
    'les',
    'droits',
  ])
  const text = '请秘书长就促进人权和促进发展提出报告；'
  const at = text.indexOf('和')
  assert.equal(wordBefore(text, at, 'zh')?.text, '人权')
  assert.equal(wordAfter(text, at, 'zh')?.text, '和')
  assert.equal(wordAfter(text, at + 1, 'zh')?.text, '促进')
  assert.equal(wordBefore(text, 0, 'zh'), null)
  assert.equal(wordAfter(text, text.length, 'zh'), null)
  // Far from the start of a long paragraph, the words around a place are found all the same.
  const long = `${'Recalling its resolutions on the matter, '.repeat(20)}and welcoming the report,`
  const place = long.indexOf(' the report')
  assert.equal(wordBefore(long, place, 'en')?.text, 'welcoming')
  assert.equal(long.slice(wordBefore(long, place, 'en')!.start, place), 'welcoming')
})

test('Chinese amendment wording anchors "after the words" on the word before, not the run of characters', () => {
  const doc = draft('zh', [
    clause('preambular', 'p1', ['回顾其关于促进', w('和保护', ins('a1')), '人权的第70/1号决议，']),
    clause('preambular', 'p2', ['请秘书长就促进人权和促进', w('可持续', ins('a2')), '发展提出报告，']),
    clause('preambular', 'p3', ['欢迎秘书长的', w('年度', del('a3')), '报告，']),
    ...operatives(1),
  ])
  assert.equal(amendmentWording(doc, 'a1')[0]!.text, '在序言部分第一段中，在“促进”之后，插入“和保护”')
  // "促进" occurs twice in the paragraph: the anchor takes the word before it too.
  assert.equal(amendmentWording(doc, 'a2')[0]!.text, '在序言部分第二段中，在“和促进”之后，插入“可持续”')
  assert.equal(amendmentWording(doc, 'a3')[0]!.text, '在序言部分第三段中，删除“年度”')
  // The words an amendment refers to are the words around it, so an edit elsewhere in the run leaves it be.
  assert.equal(referredWords(doc, 'a1'), '促进人权')
  assert.equal(referredWords(doc, 'a3'), '的年度报告，')
})

test('Arabic amendment wording quotes words without the Arabic comma glued to them', () => {
  const doc = draft('ar', [
    clause('preambular', 'p1', ['وإذ ترحب بتقرير الأمين ', w('العام', del('a1')), '، وبتقرير المجلس العام،']),
    clause('preambular', 'p2', ['وإذ تشير إلى قرارها 70/1', w(' المؤرخ 2015', ins('a2')), '،']),
    ...operatives(1),
  ])
  // "العام" occurs twice: the anchor names the word before it.
  assert.equal(
    amendmentWording(doc, 'a1')[0]!.text,
    'في الفقرة الأولى من الديباجة، بعد كلمة “الأمين”، تحذف كلمة “العام”',
  )
  assert.equal(
    amendmentWording(doc, 'a2')[0]!.text,
    'في الفقرة الثانية من الديباجة، في نهاية الفقرة، تضاف عبارة “المؤرخ 2015”',
  )
})

test('English wording and referred words are unchanged by the segmenter where words are spaced', () => {
  const doc = draft('en', [
    clause('operative', 'o1', [
      'Requests the Secretary-General to ',
      w('promote', del('a1')),
      w('promote and protect', ins('a1')),
      ' the rights of persons with disabilities, and to report;',
    ]),
    clause('operative', 'o2', ['Recalls its resolution', w('s', ins('a2')), ' 70/1 and 71/2.']),
  ])
  assert.equal(
    amendmentWording(doc, 'a1')[0]!.text,
    'In operative paragraph 1, replace the word “promote” with the words “promote and protect”',
  )
  assert.equal(referredWords(doc, 'a1'), 'to promote the')
  assert.equal(
    amendmentWording(doc, 'a2')[0]!.text,
    'In operative paragraph 2, replace the word “resolution” with the word “resolutions”',
  )
  assert.equal(referredWords(doc, 'a2'), 'resolution 70/1')
})
