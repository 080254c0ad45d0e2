import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { forEachBlock, importResolution, type Lang, outline, toMarkdown, toText } from '../index.ts'
import { annexedDraftText } from './annex-drafts.ts'

// The kinds of text issue 15 names for which no real copy was found to keep as a fixture (an Arabic web copy
// with "يقرر:" and lettered items, an official PDF text in Spanish with its running headers, a Russian web page
// with the site's lines after the text), written here as such pages print them; and the numbers and labels of
// each language.

const counts = (doc: Node) => {
  const c = outline(doc).counts
  return { pp: c.preambular, op: c.operative, sub: c.subparagraphs }
}
const subLabels = (doc: Node): string[] => {
  const out: string[] = []
  doc.descendants((n) => {
    if (n.type.name === 'subparagraph') out.push(n.firstChild!.textContent.slice(0, 12))
    return true
  })
  return out
}

const ARABIC_WEB = [
  'قرار مجلس الأمن رقم 2623 (2022) بتاريخ 27 شباط/فبراير 2022',
  'نشر في 28 شباط/فبراير 2022',
  '',
  'إن مجلس الأمن،',
  '',
  'إذ يضع في اعتباره جدول أعمال جلسته 8979، وإذ يشير إلى مسؤوليته الرئيسية عن صون السلام والأمن الدوليين،',
  '',
  'وقد نظر في الحالة المعروضة عليه،',
  '',
  'يقرر:',
  '(أ) الدعوة إلى عقد دورة استثنائية طارئة للجمعية العامة؛',
  '(ب) أن يطلب إلى الأمين العام إبلاغ الدول الأعضاء بذلك؛',
  '(ج) أن يبقي المسألة قيد نظره.',
  '',
  'اتُخذ القرار بأغلبية 11 صوتا مقابل صوت واحد وامتناع 3 أعضاء عن التصويت.',
  '27 شباط/فبراير 2022',
  'الصفحة الرئيسية | اتصل بنا | خريطة الموقع',
].join('\n')

test('an Arabic web copy: the formula, two preambular paragraphs run together, "يقرر:" and its lettered items; the page after it left out', () => {
  const r = importResolution(ARABIC_WEB)
  assert.equal(r.lang, 'ar')
  assert.equal(r.doc.attrs.organ, 'sc')
  assert.deepEqual(counts(r.doc), { pp: 3, op: 1, sub: 3 })
  assert.deepEqual(
    outline(r.doc).clauses.map((c) => c.opening),
    ['إذ يضع في اعتباره', 'وإذ يشير إلى', 'وقد نظر في', 'يقرر'],
  )
  assert.deepEqual(subLabels(r.doc), ['الدعوة إلى ع', 'أن يطلب إلى ', 'أن يبقي المس'])
  assert.doesNotMatch(r.doc.textContent, /اتُخذ|الصفحة الرئيسية/)
  assert.deepEqual(
    r.unplaced.map((l) => l.line),
    [15, 16, 17],
  )
  assert.match(r.warnings.find((w) => w.line === 15)!.message, /not part of the resolution/)
})

// Resolution 2758 (XXVI) laid out as the official PDF prints it, copied out of a viewer: hard-wrapped lines, the
// page's foot (job number, page number) and the next page's top (symbol, running title) between its lines.
const SPANISH_PDF = [
  'A/RES/2758 (XXVI)',
  '',
  'Naciones Unidas',
  '',
  'Asamblea General',
  '',
  'Distr. general',
  '25 de octubre de 1971',
  '',
  '2758 (XXVI). Restitución de los legítimos derechos de la República Popular China en',
  'las Naciones Unidas',
  'La Asamblea General,',
  'Recordando los principios de la Carta de las Naciones Unidas,',
  'Considerando que la restitución de los legítimos derechos de la República Popular de China es',
  'indispensable para salvaguardar la Carta de las Naciones Unidas y para la causa que la',
  '',
  '71-12345 (S)',
  '',
  '1/2',
  '',
  'A/RES/2758 (XXVI)',
  '',
  'Restitución de los legítimos derechos de la República Popular China',
  '',
  'Organización ha de servir de conformidad con la Carta,',
  'Reconociendo que los representantes del Gobierno de la República Popular de China son los',
  'únicos representantes legítimos de China en las Naciones Unidas,',
  'Decide restituir a la República Popular de China todos sus derechos y reconocer a los',
  'representantes de su Gobierno como únicos representantes legítimos de China en las Naciones',
  'Unidas.',
  '1976a. sesión plenaria',
  '25 de octubre de 1971',
  '',
  '2/2',
  '',
  '71-12345',
].join('\n')

test('a Spanish PDF text with its running headers and no form feeds reads as with them', () => {
  const without = importResolution(SPANISH_PDF)
  assert.equal(without.format, 'pdf-text')
  assert.equal(without.lang, 'es')
  assert.deepEqual(counts(without.doc), { pp: 3, op: 1, sub: 0 })
  const pp: string[] = []
  forEachBlock(without.doc, (n) => {
    if (n.type.name === 'preambular') pp.push(n.textContent)
  })
  assert.equal(
    pp[1],
    'Considerando que la restitución de los legítimos derechos de la República Popular de China es indispensable para salvaguardar la Carta de las Naciones Unidas y para la causa que la Organización ha de servir de conformidad con la Carta,',
  )
  assert.doesNotMatch(
    without.doc.textContent,
    /71-12345|1\/2|Restitución de los legítimos derechos de la República Popular ChinaOrganización/,
  )
  // The same text with a form feed where the second page starts.
  const withFeed = SPANISH_PDF.replace(
    '\n\nA/RES/2758 (XXVI)\n\nRestitución',
    '\n\n\fA/RES/2758 (XXVI)\n\nRestitución',
  )
  assert.notEqual(withFeed, SPANISH_PDF)
  assert.deepEqual(outline(importResolution(withFeed).doc), outline(without.doc))
})

const RUSSIAN_WEB = [
  'Главная / Документы / Резолюции Совета Безопасности',
  '',
  'Резолюция 2623 (2022),',
  'принятая Советом Безопасности на его 8979-м заседании 27 февраля 2022 года',
  '',
  'Совет Безопасности,',
  '',
  'принимая во внимание повестку дня своего 8979-го заседания,',
  '',
  'ссылаясь на свою главную ответственность за поддержание международного мира и безопасности,',
  '',
  '1. постановляет созвать чрезвычайную специальную сессию Генеральной Ассамблеи;',
  '',
  '2. постановляет продолжать заниматься этим вопросом.',
  '',
  'Поделиться: ВКонтакте Телеграм',
  'Версия для печати',
  '© 2022 Официальный сайт',
].join('\n')

test('a Russian web page: the resolution in the middle, the site before it and after it left out', () => {
  const r = importResolution(RUSSIAN_WEB)
  assert.equal(r.lang, 'ru')
  assert.equal(r.doc.attrs.organ, 'sc')
  assert.deepEqual(counts(r.doc), { pp: 2, op: 2, sub: 0 })
  assert.equal(r.doc.child(1).attrs.number, '2623 (2022)')
  assert.deepEqual(
    r.unplaced.map((l) => l.text),
    [
      'Главная / Документы / Резолюции Совета Безопасности',
      'Поделиться: ВКонтакте Телеграм',
      'Версия для печати',
      '© 2022 Официальный сайт',
    ],
  )
})

test('paragraph numbers in full-width, Arabic-Indic and Persian digits, and the labels of each language', () => {
  const cases: [Lang, string, string[]][] = [
    [
      'zh',
      '大会，\n\n回顾其决议，\n\n１．决定召开会议；\n\n２．又决定：\n\n(a) 第一项；\n\n(b) 第二项。',
      ['第一项；', '第二项。'],
    ],
    [
      'ar',
      'إن الجمعية العامة،\n\nإذ تشير إلى قراراتها،\n\n١ - تقرر ما يلي:\n\n(أ) البند الأول؛\n\n(ب) البند الثاني؛\n\n٢- تطلب إلى الأمين العام تقديم تقرير.',
      ['البند الأول؛', 'البند الثاني'],
    ],
    ['ar', 'إن الجمعية العامة،\n\nإذ تشير إلى قراراتها،\n\n۱ - تقرر العمل؛\n\n۲ - تطلب تقريرا.', []],
    [
      'ru',
      'Генеральная Ассамблея,\n\nссылаясь на свои резолюции,\n\n1. постановляет:\n\nа) первое;\n\nб) второе;\n\n2. просит доклад.',
      ['первое;', 'второе;'],
    ],
    [
      'fr',
      "L'Assemblée générale,\n\nRappelant sa résolution,\n\n1. Décide :\n\na) premièrement ;\n\ni) d'abord ;\n\nb) ensuite ;\n\n2. Prie le Secrétaire général.",
      ['premièrement', "d'abord ;", 'ensuite ;'],
    ],
  ]
  for (const [lang, text, subs] of cases) {
    const r = importResolution(text)
    assert.equal(r.lang, lang)
    assert.equal(counts(r.doc).op, 2, `${lang}: ${text.slice(0, 30)}`)
    assert.deepEqual(subLabels(r.doc), subs, lang)
  }
  // The French (i) under a) is nested under it, as printed.
  const fr = importResolution(cases[4]![1]).doc
  const nested: number[] = []
  fr.descendants((n, _pos, parent) => {
    if (n.type.name === 'subparagraph') nested.push(parent?.type.name === 'subparagraph' ? 2 : 1)
    return true
  })
  assert.deepEqual(nested, [1, 2, 1])
})

test('an annex in a typed draft: label, title, sections and paragraphs numbered on their own, in the text export too', () => {
  const text = annexedDraftText([
    'Adopts the programme of action contained in the annex to the present resolution.',
  ])
  const { doc } = importResolution(text)
  const o = outline(doc)
  assert.deepEqual(o.counts.annex, { annexes: 1, sections: 2, paragraphs: 3, subparagraphs: 2 })
  assert.deepEqual(counts(doc), { pp: 1, op: 1, sub: 0 })
  assert.equal(o.annexes[0]!.title, 'Programme of action')
  assert.deepEqual(
    o.annexes[0]!.items.map((i) => (i.kind === 'section' ? `${i.label} ${i.text}` : `${i.number} ${i.text}`)),
    [
      'I. Commitments',
      '1 We commit to act.',
      '2 We will: report yearly; review progress.',
      'II. Follow-up',
      '3 We will meet again.',
    ],
  )
  const blocks: string[] = []
  forEachBlock(doc, (n) => blocks.push(n.type.name))
  assert.deepEqual(blocks.slice(-2), ['closing', 'annex'])
  // The text export writes the label and the numbers, and reads back to the same document.
  const written = toText(doc)
  assert.match(
    written,
    /\n\nAnnex\n\nProgramme of action\n\nI\. Commitments\n\n1\. We commit to act\.\n\n2\. We will:\n\n {4}\(a\) report yearly;/,
  )
  const strip = (d: Node) => JSON.stringify(d.toJSON(), (k, v) => (k === 'id' ? undefined : v))
  assert.equal(strip(importResolution(written).doc), strip(doc))
  assert.equal(strip(importResolution(toMarkdown(doc)).doc), strip(doc))
})
