import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { draftOf, type HeaderField, type Lang, type Organ, schema, toText } from '../index.ts'

const { nodes, marks } = schema
type Inline = string | Node
const inline = (parts: Inline[]) => parts.map((p) => (typeof p === 'string' ? schema.text(p) : p))
const opening = (text: string) => schema.text(text, [marks.opening.create()])
const note = (text: string) => nodes.footnote.create(null, schema.text(text))
const para = (...parts: Inline[]) => nodes.para.create(null, inline(parts))
const sub = (parts: Inline[], ...children: Node[]) =>
  nodes.subparagraph.create(null, [para(...parts), ...children])
const clause = (kind: 'preambular' | 'operative', parts: Inline[], ...children: Node[]) =>
  nodes[kind]!.create(null, [para(...parts), ...children])

interface Parts {
  header?: [HeaderField, string][]
  number?: string
  title?: string
  formula: string
  body: Node[]
  closing?: string[]
}

function resolution(lang: Lang, organ: Organ, parts: Parts): Node {
  const doc = draftOf({ lang, organ }, [
    nodes.header.create(
      null,
      (parts.header ?? []).map(([name, text]) => nodes.header_field.create({ name }, schema.text(text))),
    ),
    nodes.title.create({ number: parts.number ?? null }, parts.title ? schema.text(parts.title) : null),
    nodes.formula.create(null, schema.text(parts.formula)),
    ...parts.body,
    ...(parts.closing
      ? [
          nodes.closing.create(
            null,
            parts.closing.map((line) => para(line)),
          ),
        ]
      : []),
  ])
  doc.check()
  return doc
}

test('a French resolution is laid out as the UN prints it, numbers and footnotes included', () => {
  const doc = resolution('fr', 'ga', {
    header: [
      ['organ', 'Assemblée générale'],
      ['distribution', 'Distr. générale'],
      ['date', '20 janvier 2017'],
      ['session', 'Soixante et onzième session'],
      ['agenda', "Point 68, b, de l'ordre du jour"],
      ['adoption', "Résolution adoptée par l'Assemblée générale le 19 décembre 2016"],
      ['basis', '[sur la base du rapport de la Troisième Commission (A/71/484/Add.2)]'],
    ],
    number: '71/194',
    title: "Renforcement de la coopération internationale dans le domaine des droits de l'homme",
    formula: "L'Assemblée générale,",
    body: [
      clause('preambular', [
        opening('Réaffirmant sa volonté'),
        " de promouvoir la coopération, adoptés à la Conférence mondiale sur les droits de l'homme",
        note('A/CONF.157/24 (Part I), chap. III.'),
        ' pour favoriser une véritable coopération,',
      ]),
      clause('preambular', [
        opening('Rappelant également'),
        " la Déclaration du Millénaire qu'elle a adoptée le 8 septembre 2000",
        note('Résolution 55/2.'),
        ', sa résolution 70/153,',
      ]),
      clause('operative', [opening('Réaffirme'), ' que la coopération est indispensable ;']),
      clause(
        'operative',
        [opening('Demande'), ' aux États :'],
        sub(['de renforcer la coopération :'], sub(['bilatérale', note('Voir A/71/53.'), ' ;'])),
        sub(['de contrer les effets des crises ;']),
      ),
      clause('operative', [
        opening('Décide'),
        " de poursuivre l'examen de la question à sa soixante-douzième session.",
      ]),
    ],
    closing: ['65e séance plénière', '19 décembre 2016'],
  })
  assert.equal(
    toText(doc),
    [
      'Assemblée générale',
      '',
      'Distr. générale',
      '20 janvier 2017',
      '',
      'Soixante et onzième session',
      "Point 68, b, de l'ordre du jour",
      '',
      "Résolution adoptée par l'Assemblée générale le 19 décembre 2016",
      '[sur la base du rapport de la Troisième Commission (A/71/484/Add.2)]',
      '',
      "71/194. Renforcement de la coopération internationale dans le domaine des droits de l'homme",
      '',
      "L'Assemblée générale,",
      '',
      "Réaffirmant sa volonté de promouvoir la coopération, adoptés à la Conférence mondiale sur les droits de l'homme¹ pour favoriser une véritable coopération,",
      '',
      "Rappelant également la Déclaration du Millénaire qu'elle a adoptée le 8 septembre 2000², sa résolution 70/153,",
      '',
      '1. Réaffirme que la coopération est indispensable ;',
      '',
      '2. Demande aux États :',
      '',
      '    a) de renforcer la coopération :',
      '',
      '        i) bilatérale³ ;',
      '',
      '    b) de contrer les effets des crises ;',
      '',
      "3. Décide de poursuivre l'examen de la question à sa soixante-douzième session.",
      '',
      '65e séance plénière',
      '19 décembre 2016',
      '',
      '__________',
      '1 A/CONF.157/24 (Part I), chap. III.',
      '2 Résolution 55/2.',
      '3 Voir A/71/53.',
      '',
    ].join('\n'),
  )
})

test('a single operative paragraph is not numbered, and a draft title has no number', () => {
  const doc = resolution('en', 'sc', {
    title: 'Maintenance of international peace and security',
    formula: 'The Security Council,',
    body: [
      clause('preambular', [opening('Recalling'), ' its previous resolutions,']),
      clause('operative', [opening('Decides'), ' to remain seized of the matter.']),
    ],
  })
  const lines = toText(doc).split('\n')
  assert.ok(lines.includes('Maintenance of international peace and security'))
  assert.ok(lines.includes('Decides to remain seized of the matter.'))
  assert.ok(!lines.some((line) => /^\d/.test(line)), 'no line starts with a number')
})

test('Arabic operative paragraphs are numbered "1 -" and sub-paragraphs labelled in abjad order', () => {
  const doc = resolution('ar', 'ga', {
    formula: 'إن الجمعية العامة،',
    body: [
      clause('operative', [opening('تؤكد من جديد'), ' أهمية التعاون الدولي؛']),
      clause(
        'operative',
        [opening('تطلب'), ' إلى الأمين العام:'],
        sub(['أن يقدم تقريرا؛']),
        sub(['أن يتشاور؛']),
      ),
    ],
  })
  const text = toText(doc)
  assert.match(text, /^1 - تؤكد من جديد أهمية التعاون الدولي؛$/m)
  assert.match(text, /^2 - تطلب إلى الأمين العام:$/m)
  assert.match(text, /^ {4}\(أ\) أن يقدم تقريرا؛$/m)
  assert.match(text, /^ {4}\(ب\) أن يتشاور؛$/m)
})

test('footnotes are numbered in order of appearance and listed at the end, after the closing lines', () => {
  const doc = resolution('en', 'ga', {
    formula: 'The General Assembly,',
    body: [
      clause('preambular', [opening('Recalling'), ' the Charter', note('First.'), ',']),
      clause('operative', [opening('Decides'), ' to act', note('Second.'), ' now', note('Third.'), ';']),
      clause('operative', [opening('Requests'), ' a report.']),
    ],
    closing: ['65th plenary meeting'],
  })
  const text = toText(doc)
  assert.match(text, /the Charter¹,/)
  assert.match(text, /to act² now³;/)
  assert.ok(
    text.endsWith('65th plenary meeting\n\n__________\n1 First.\n2 Second.\n3 Third.\n'),
    `footnotes at the end:\n${text}`,
  )
})

test('inserting a paragraph renumbers the ones after it and the cross-references to them', () => {
  const op = (id: string, parts: Inline[]) => nodes.operative.create({ id }, para(...parts))
  const xref = (target: string) => nodes.xref.create({ target })
  const body = [
    op('decides', [opening('Decides'), ' to act;']),
    op('requests', [opening('Requests'), ' a report on paragraph ', xref('decides'), ' above.']),
  ]
  const before = resolution('en', 'ga', { formula: 'The General Assembly,', body })
  assert.match(toText(before), /^2\. Requests a report on paragraph 1 above\.$/m)
  const after = resolution('en', 'ga', {
    formula: 'The General Assembly,',
    body: [op('urges', [opening('Urges'), ' all States;']), ...body],
  })
  assert.match(toText(after), /^2\. Decides to act;$/m)
  assert.match(toText(after), /^3\. Requests a report on paragraph 2 above\.$/m)
})

test('pending proposals are shown in wdiff notation', () => {
  const ins = marks.insertion.create({ amendment: 'a1', delegation: 'Egypt' })
  const del = marks.deletion.create({ amendment: 'a2', delegation: 'Chile' })
  const doc = resolution('en', 'ga', {
    formula: 'The General Assembly,',
    body: [
      clause('operative', [
        opening('Decides'),
        ' to ',
        schema.text('promote', [del]),
        schema.text('promote and protect', [ins]),
        ' human rights.',
      ]),
    ],
  })
  assert.match(toText(doc), /^Decides to \[-promote-\]\{\+promote and protect\+\} human rights\.$/m)
})

test('a line break continues under the text, after the number', () => {
  const doc = resolution('en', 'ga', {
    formula: 'The General Assembly,',
    body: [
      clause('operative', [opening('Decides'), ' to act;']),
      clause('operative', [
        opening('Adopts'),
        ' the following text:',
        nodes.hard_break.create(),
        '"Article 1"',
      ]),
    ],
  })
  assert.match(toText(doc), /^2\. Adopts the following text:\n {3}"Article 1"$/m)
})
