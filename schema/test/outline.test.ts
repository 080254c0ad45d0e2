import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { docFromJSON, draftOf, formatOutline, type Lang, type Organ, outline, schema } from '../index.ts'

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

function resolution(
  lang: Lang,
  organ: Organ,
  symbol: string | null,
  title: string,
  number: string | null,
  body: Node[],
): Node {
  const fields = symbol ? [nodes.header_field.create({ name: 'symbol' }, schema.text(symbol))] : []
  const doc = draftOf({ lang, organ }, [
    nodes.header.create(null, [
      nodes.header_field.create({ name: 'organ' }, schema.text('Organ')),
      ...fields,
    ]),
    nodes.title.create({ number }, title ? schema.text(title) : null),
    nodes.formula.create(null, schema.text('Formula,')),
    ...body,
  ])
  doc.check()
  return doc
}

const french = () =>
  resolution('fr', 'ga', 'A/RES/71/194', 'Renforcement de la coopération internationale', '71/194', [
    clause('preambular', [
      opening('Réaffirmant sa volonté'),
      ' de promouvoir la coopération internationale, conformément à la Charte',
      note('A/CONF.157/24 (Part I), chap. III.'),
      ' des Nations Unies, en particulier au paragraphe 3 de l’Article 1,',
    ]),
    clause('preambular', [opening('Rappelant'), '   sa résolution\n70/1,']),
    clause('operative', [opening('Réaffirme'), ' que la coopération est indispensable ;']),
    clause(
      'operative',
      [opening('Demande instamment'), ' aux États', note('Voir A/71/53.'), ' :'],
      sub(['de renforcer :'], sub(['la coopération bilatérale :'], sub(['au niveau national ;']))),
      sub(['de contrer les crises ;']),
    ),
    clause('operative', [opening('Décide'), " de poursuivre l'examen de la question."]),
  ])

test('the outline has exactly the keys of `penholder outline --json`, and survives JSON', () => {
  const o = outline(french())
  assert.deepEqual(Object.keys(o), [
    'lang',
    'organ',
    'symbol',
    'title',
    'sponsors',
    'counts',
    'clauses',
    'annexes',
  ])
  assert.deepEqual(Object.keys(o.counts), ['preambular', 'operative', 'subparagraphs', 'footnotes', 'annex'])
  assert.deepEqual(Object.keys(o.counts.annex), ['annexes', 'sections', 'paragraphs', 'subparagraphs'])
  for (const c of o.clauses) assert.deepEqual(Object.keys(c), ['kind', 'number', 'opening', 'text'])
  assert.deepEqual(JSON.parse(JSON.stringify(o)), o)
})

test('the outline names the draft and counts its parts, sub-paragraphs at every depth', () => {
  const o = outline(french())
  assert.equal(o.lang, 'fr')
  assert.equal(o.organ, 'ga')
  assert.equal(o.symbol, 'A/RES/71/194')
  assert.equal(o.title, '71/194. Renforcement de la coopération internationale')
  assert.deepEqual(o.counts, {
    preambular: 2,
    operative: 3,
    subparagraphs: 4,
    footnotes: 2,
    annex: { annexes: 0, sections: 0, paragraphs: 0, subparagraphs: 0 },
  })
})

test('each clause has its kind, its number, its marked opening and the start of its text', () => {
  const o = outline(french())
  assert.deepEqual(
    o.clauses.map((c) => [c.kind, c.number, c.opening]),
    [
      ['preambular', null, 'Réaffirmant sa volonté'],
      ['preambular', null, 'Rappelant'],
      ['operative', 1, 'Réaffirme'],
      ['operative', 2, 'Demande instamment'],
      ['operative', 3, 'Décide'],
    ],
  )
  const first = o.clauses[0]!.text
  assert.equal(first.length, 80)
  assert.equal(
    first,
    'Réaffirmant sa volonté de promouvoir la coopération internationale, conformément',
    'first 80 characters',
  )
  assert.equal(o.clauses[1]!.text, 'Rappelant sa résolution 70/1,', 'whitespace collapsed')
  assert.equal(
    o.clauses[3]!.text,
    'Demande instamment aux États : de renforcer : la coopération bilatérale : au niv',
    'footnote left out, sub-paragraph text included',
  )
})

test('a draft with one operative paragraph, no symbol and an untitled header', () => {
  const o = outline(
    resolution('en', 'sc', null, 'Maintenance of peace', null, [
      clause('operative', [opening('Decides'), ' to remain seized of the matter.']),
    ]),
  )
  assert.equal(o.symbol, null)
  assert.equal(o.title, 'Maintenance of peace')
  assert.deepEqual(o.clauses, [
    { kind: 'operative', number: null, opening: 'Decides', text: 'Decides to remain seized of the matter.' },
  ])
})

test('without an opening mark the longest lexicon phrase is taken, in the spelling of the text', () => {
  const o = outline(
    resolution('en', 'ga', null, 'Title', null, [
      clause('preambular', ['Recalling also its resolution 70/1,']),
      clause('operative', ['also requests Member States to report;']),
      clause('operative', ['Nothing in the lexicon opens this paragraph.']),
    ]),
  )
  assert.deepEqual(
    o.clauses.map((c) => c.opening),
    ['Recalling also', 'also requests', null],
  )
})

test('the opening mark wins over the lexicon, in a document read from JSON', () => {
  const doc = docFromJSON({
    type: 'doc',
    attrs: { lang: 'en', organ: 'ga' },
    content: [
      { type: 'header' },
      { type: 'title', attrs: { number: null } },
      { type: 'formula', content: [{ type: 'text', text: 'The General Assembly,' }] },
      {
        type: 'operative',
        content: [
          {
            type: 'para',
            content: [
              { type: 'text', text: 'Requests', marks: [{ type: 'opening' }] },
              { type: 'text', text: ' the Secretary-General to report;' },
            ],
          },
        ],
      },
      { type: 'operative', content: [{ type: 'para', content: [{ type: 'text', text: 'Decides.' }] }] },
    ],
  })
  const o = outline(doc)
  assert.deepEqual(
    o.clauses.map((c) => [c.number, c.opening]),
    [
      [1, 'Requests'],
      [2, 'Decides'],
    ],
  )
})

test('the readable outline puts the counts on top and one line per paragraph', () => {
  const lines = formatOutline(outline(french())).split('\n')
  assert.equal(lines[0], '71/194. Renforcement de la coopération internationale')
  assert.equal(lines[1], 'A/RES/71/194 · fr · ga')
  assert.equal(lines[2], '2 preambular · 3 operative · 4 sub-paragraphs · 2 footnotes')
  assert.equal(lines[3], '')
  assert.match(lines[4]!, /^PP 1 {2}Réaffirmant sa volonté {2}de promouvoir la coopération/)
  assert.equal(lines[5], 'PP 2  Rappelant  sa résolution 70/1,')
  assert.equal(lines[6], 'OP 1  Réaffirme  que la coopération est indispensable ;')
  assert.ok(lines.includes("OP 3  Décide  de poursuivre l'examen de la question."))
})
