import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { detectFormat, detectLanguage, forEachBlock, importResolution } from '../index.ts'

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')

const top = (doc: Node) => {
  const out: Node[] = []
  forEachBlock(doc, (n) => {
    if (n.type.name === 'preambular' || n.type.name === 'operative') out.push(n)
  })
  return out
}
const kinds = (doc: Node) => top(doc).map((n) => n.type.name)
const opening = (clause: Node) => {
  let text = ''
  clause.firstChild!.forEach((c) => {
    if (c.marks.some((m) => m.type.name === 'opening')) text += c.text
  })
  return text
}
const child = (doc: Node, name: string) => {
  let found: Node | null = null
  forEachBlock(doc, (n) => {
    if (n.type.name === name) found = n
  })
  return found as unknown as Node
}
const fields = (doc: Node) => {
  const out: [string, string][] = []
  child(doc, 'header').forEach((f) => {
    out.push([f.attrs.name, f.textContent])
  })
  return out
}

/** The outline of a clause: its paragraph's text, then its sub-paragraphs ("- ") and quotations, indented. */
function outline(node: Node, indent = ''): string[] {
  const out: string[] = []
  node.forEach((c, _, i) => {
    const name = c.type.name
    if (name === 'para') {
      const head =
        node.type.name === 'quotation' ? '¶ ' : node.type.name === 'subparagraph' && i === 0 ? '- ' : ''
      out.push(`${indent}${head}${c.textContent}`)
    } else if (name === 'subparagraph')
      out.push(...outline(c, node.type.name === 'quotation' ? indent : `${indent}  `))
    else out.push(`${indent}  > quotation`, ...outline(c, `${indent}    `))
  })
  return out
}

test('an Arabic typed draft imports with the right paragraph kinds, numbers "1 -" and labels (أ)', () => {
  const { doc, format, lang, warnings } = importResolution(fixture('ar_typed-draft.txt'))
  assert.equal(format, 'typed')
  assert.equal(lang, 'ar')
  assert.equal(doc.attrs.organ, 'ga')
  assert.deepEqual(warnings, [])
  assert.deepEqual(kinds(doc), [
    'preambular',
    'preambular',
    'preambular',
    'operative',
    'operative',
    'operative',
  ])
  assert.equal(child(doc, 'formula').textContent, 'إن الجمعية العامة،')
  const clauses = top(doc)
  assert.ok(clauses[1]!.textContent.startsWith('وإذ تؤكد من جديد'))
  assert.ok(clauses[3]!.textContent.startsWith('تؤكد من جديد'), 'the number "1 -" is not kept in the text')
  assert.deepEqual(outline(clauses[4]!), [
    'تطلب إلى الأمين العام ما يلي:',
    '  - أن يقدم إليها تقريرا عن تنفيذ هذا القرار؛',
    '  - أن يتشاور مع الدول الأعضاء بشأن سبل تعزيز التعاون؛',
  ])
  assert.deepEqual(fields(doc), [
    ['symbol', 'A/C.3/77/L.12'],
    ['organ', 'الجمعية العامة'],
    ['distribution', 'Distr.: Limited'],
    ['date', '1 تشرين الثاني/نوفمبر 2022'],
    ['original', 'الأصل: بالعربية'],
    ['session', 'الدورة السابعة والسبعون'],
    ['agenda', 'البند 68 من جدول الأعمال'],
    ['sponsors', 'مصر وتونس: مشروع قرار'],
  ])
  assert.equal(child(doc, 'title').textContent, 'تعزيز التعاون الدولي في ميدان حقوق الإنسان')
})

test('a Chinese typed draft imports with the right paragraph kinds, by its full-width punctuation', () => {
  const { doc, lang, warnings } = importResolution(fixture('zh_typed-draft.txt'))
  assert.equal(lang, 'zh')
  assert.deepEqual(warnings, [])
  // "重申" opens a preambular paragraph and an operative one alike: its "，" tells which.
  assert.deepEqual(kinds(doc), [
    'preambular',
    'preambular',
    'preambular',
    'operative',
    'operative',
    'operative',
  ])
  const clauses = top(doc)
  assert.equal(opening(clauses[1]!), '重申')
  assert.equal(
    clauses[3]!.textContent,
    '决定继续审议加强人权领域国际合作的问题；',
    'the number "1．" is not kept',
  )
  assert.deepEqual(outline(clauses[4]!), ['鼓励各会员国：', '  - 加强双边和区域合作；', '  - 分享最佳做法；'])
  assert.equal(child(doc, 'formula').textContent, '大会，')
  assert.deepEqual(fields(doc).slice(4), [
    ['original', 'Original: Chinese'],
    ['session', '第七十七届会议'],
    ['agenda', '议程项目68'],
    ['sponsors', '中国：决议草案'],
  ])
})

test('a Security Council text: adoption line in the header, a single unnumbered operative paragraph', () => {
  const { doc, warnings } = importResolution(fixture('en_S-RES-2623.txt'))
  assert.deepEqual(warnings, [])
  assert.equal(doc.attrs.organ, 'sc')
  assert.deepEqual(kinds(doc), ['preambular', 'preambular', 'operative'])
  assert.deepEqual(top(doc).map(opening), ['Having considered', 'Taking into account', 'Decides'])
  assert.equal(child(doc, 'title').attrs.number, '2623 (2022)')
  assert.equal(child(doc, 'title').textContent, '')
  assert.deepEqual(fields(doc), [
    ['symbol', 'S/RES/2623 (2022)'],
    ['organ', 'Security Council'],
    ['distribution', 'Distr.: General'],
    ['date', '27 February 2022'],
    ['adoption', 'Adopted by the Security Council at its 8980th meeting, on 27 February 2022'],
  ])
  assert.equal(child(doc, 'closing'), null)
})

test('sub-paragraphs in a preambular paragraph and inside a quotation keep their depth', () => {
  const { doc, warnings } = importResolution(fixture('en_subparagraphs-draft.txt'))
  assert.deepEqual(warnings, [])
  assert.deepEqual(kinds(doc), ['preambular', 'preambular', 'operative', 'operative'])
  const [recalling, , decides] = top(doc)
  assert.deepEqual(outline(recalling!), [
    'Recalling its resolutions on the matter, in particular:',
    '  - Resolution 60/251 of 15 March 2006;',
    '  - Resolution 65/281 of 17 June 2011, in which it decided:',
    '    - To review the work of the Committee;',
    '    - To report on the review,',
  ])
  assert.deepEqual(outline(decides!), [
    'Decides to amend rule 5 of the rules of procedure of the Committee to read as follows:',
    '  > quotation',
    '    ¶ “Rule 5',
    '    - The Committee shall meet once a year;',
    '    - The Committee may, where necessary:',
    '      - Convene additional sessions;',
    '      - Establish working groups.”;',
  ])
  assert.equal(child(doc, 'title').textContent, 'Rules of procedure of the Committee')
  assert.deepEqual(fields(doc).at(-1), ['sponsors', 'Mexico and Norway: draft resolution'])
})

test('paragraphs typed one per line, numbered "1)", "２．" or not at all, in French', () => {
  const text = [
    "L'Assemblée générale,",
    'Rappelant sa résolution 70/1 du 25 septembre 2015,',
    "Consciente de l'importance de la coopération internationale,",
    '1) Décide de poursuivre l’examen de la question ;',
    '２．Prie le Secrétaire général de lui présenter un rapport.',
  ].join('\n')
  const { doc, lang, warnings } = importResolution(text)
  assert.equal(lang, 'fr')
  assert.deepEqual(warnings, [])
  assert.deepEqual(kinds(doc), ['preambular', 'preambular', 'operative', 'operative'])
  assert.deepEqual(top(doc).map(opening), ['Rappelant', 'Consciente', 'Décide', 'Prie le Secrétaire général'])
})

test('a typed paragraph that starts with a small letter after one without final punctuation continues it', () => {
  const text = [
    'The General Assembly,',
    '',
    'Recalling its resolution 70/1 and the commitments made by',
    '',
    'the Heads of State and Government in 2015,',
    '',
    'Decides to remain seized of the matter.',
  ].join('\n')
  const { doc } = importResolution(text)
  assert.deepEqual(
    top(doc).map((c) => c.textContent),
    [
      'Recalling its resolution 70/1 and the commitments made by the Heads of State and Government in 2015,',
      'Decides to remain seized of the matter.',
    ],
  )
})

test('lines that cannot be placed are kept as text and reported with their line numbers', () => {
  const text = [
    'General Assembly',
    'Distr.: Limited',
    'Please see the attached note',
    '',
    'Draft title',
    '',
    'The General Assembly,',
    '',
    'Recalling its resolution 70/1,',
    '',
    'some words without an opening phrase or punctuation',
    '',
    'Decides to remain seized of the matter.',
  ].join('\n')
  const { doc, warnings } = importResolution(text)
  assert.deepEqual(warnings, [
    {
      line: 3,
      message: 'header line not recognised: "Please see the attached note"; kept in the distribution field',
    },
    {
      line: 11,
      message: 'paragraph with no opening phrase and no clause punctuation: read as preambular by its place',
    },
  ])
  assert.deepEqual(fields(doc)[1], ['distribution', 'Distr.: Limited Please see the attached note'])
  assert.equal(child(doc, 'title').textContent, 'Draft title')
  assert.deepEqual(kinds(doc), ['preambular', 'preambular', 'operative'])
  assert.equal(top(doc)[1]!.textContent, 'some words without an opening phrase or punctuation')
})

test('the language is told by the script and by frequent words; options override what is detected', () => {
  assert.equal(detectLanguage('Генеральная Ассамблея, ссылаясь на свою резолюцию'), 'ru')
  assert.equal(
    detectLanguage('La Asamblea General, recordando su resolución y los informes del Secretario'),
    'es',
  )
  assert.equal(
    detectLanguage("L'Assemblée générale, rappelant les résolutions et la Charte des Nations Unies"),
    'fr',
  )
  assert.equal(detectLanguage('The General Assembly, recalling its resolutions and the Charter'), 'en')
  assert.equal(detectLanguage('大会，回顾其以往各项决议，'), 'zh')
  assert.equal(detectLanguage('إن الجمعية العامة، إذ تشير إلى قراراتها'), 'ar')
  const russian =
    'Совет Безопасности,\n\nссылаясь на свои резолюции,\n\nпостановляет продолжать заниматься этим вопросом.'
  const { doc, lang } = importResolution(russian)
  assert.equal(lang, 'ru')
  assert.equal(doc.attrs.organ, 'sc')
  assert.deepEqual(kinds(doc), ['preambular', 'operative'])
  const forced = importResolution(fixture('en_S-RES-2623.txt'), { lang: 'fr', organ: 'ga', format: 'typed' })
  assert.equal(forced.lang, 'fr')
  assert.equal(forced.doc.attrs.lang, 'fr')
  assert.equal(forced.doc.attrs.organ, 'ga')
})

test('the organ is told by the authoring formula, in any language', () => {
  const cases: [string, string, string][] = [
    [
      "Le Conseil des droits de l'homme,\n\nRappelant sa résolution 32/6,\n\n1. Décide de rester saisi de la question.",
      'hrc',
      'fr',
    ],
    [
      'El Consejo Económico y Social,\n\nRecordando su resolución 2016/1,\n\nDecide seguir ocupándose de la cuestión.',
      'ecosoc',
      'es',
    ],
    ['إن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة،\n\nيقرر أن يبقي المسألة قيد نظره.', 'sc', 'ar'],
    ['安全理事会，\n\n回顾其以往各项决议，\n\n决定继续处理此案。', 'sc', 'zh'],
  ]
  for (const [text, organ, lang] of cases) {
    const { doc, warnings } = importResolution(text)
    assert.equal(doc.attrs.organ, organ, text)
    assert.equal(doc.attrs.lang, lang, text)
    assert.deepEqual(kinds(doc), ['preambular', 'operative'], text)
    assert.deepEqual(warnings, [], text)
  }
})

test('the format is told by form feeds and page marks, by Markdown markup, and else is a typed draft', () => {
  assert.equal(detectFormat(fixture('en_A-RES-ES-11-1.txt')), 'pdf-text')
  assert.equal(detectFormat(fixture('fr_A-RES-71-194.md')), 'markdown')
  assert.equal(detectFormat(fixture('zh_typed-draft.txt')), 'typed')
  assert.equal(detectFormat(fixture('en_A-RES-ES-11-1.txt').replace(/\f/g, '\n')), 'pdf-text')
})

test('every imported document has unique ids on its clauses and footnotes', () => {
  for (const name of [
    'ar_typed-draft.txt',
    'en_subparagraphs-draft.txt',
    'en_A-RES-ES-11-1.txt',
    'fr_A-RES-71-194.md',
  ]) {
    const { doc } = importResolution(fixture(name))
    doc.check()
    const ids: string[] = []
    doc.descendants((n) => {
      if (['preambular', 'operative', 'subparagraph', 'footnote'].includes(n.type.name)) ids.push(n.attrs.id)
      return true
    })
    assert.ok(
      ids.every((id) => typeof id === 'string' && id.length > 0),
      name,
    )
    assert.equal(new Set(ids).size, ids.length, name)
  }
})
