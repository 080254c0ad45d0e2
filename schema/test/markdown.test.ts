import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import fc from 'fast-check'
import type { Mark, Node } from 'prosemirror-model'
import {
  draftOf,
  HEADER_FIELDS,
  type HeaderField,
  importResolution,
  LANGUAGES,
  type Lang,
  LEXICONS,
  ORGAN_FACTS,
  ORGANS,
  type Organ,
  schema,
  toMarkdown,
  withIds,
} from '../index.ts'

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')

/**
 * The document as JSON without ids, which a re-imported file does not keep, except the ids of clauses a
 * cross-reference or a proposed move points to, which it must keep for the reference to hold.
 */
function comparable(doc: Node): unknown {
  const clauseIds = new Set<string>()
  const targets = new Set<string>()
  doc.descendants((n) => {
    if (n.type.name === 'xref') targets.add(n.attrs.target)
    else if (n.attrs.id && n.type.name !== 'footnote') clauseIds.add(n.attrs.id)
    if (n.attrs.proposal) targets.add(JSON.parse(n.attrs.proposal).from)
    return true
  })
  const strip = (json: unknown): unknown => {
    if (Array.isArray(json)) return json.map(strip)
    if (json && typeof json === 'object') {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(json)) {
        if (k === 'id' && !(typeof v === 'string' && targets.has(v) && clauseIds.has(v))) continue
        out[k] = strip(v)
      }
      return out
    }
    return json
  }
  return strip(doc.toJSON())
}

function assertRoundTrip(doc: Node): void {
  const markdown = toMarkdown(doc)
  const again = importResolution(markdown)
  assert.deepEqual(comparable(again.doc), comparable(doc), markdown)
  assert.deepEqual(again.warnings, [], markdown)
}

for (const name of ['fr_A-RES-71-194.md', 'en_A-RES-ES-11-1.txt']) {
  test(`the Markdown export of ${name} imports back to the same document`, () => {
    const first = importResolution(fixture(name))
    assertRoundTrip(first.doc)
    // And the export is stable: writing the re-imported document gives the same Markdown.
    const markdown = toMarkdown(first.doc)
    assert.equal(toMarkdown(importResolution(markdown).doc), markdown)
  })
}

for (const name of [
  'ar_typed-draft.txt',
  'zh_typed-draft.txt',
  'en_S-RES-2623.txt',
  'en_subparagraphs-draft.txt',
]) {
  test(`the Markdown export of the typed draft ${name} imports back to the same document`, () => {
    assertRoundTrip(importResolution(fixture(name)).doc)
  })
}

test('the Markdown export follows the conventions of the UN Markdown renditions', () => {
  const markdown = toMarkdown(importResolution(fixture('fr_A-RES-71-194.md')).doc)
  assert.match(markdown, /^<!-- penholder lang=fr organ=ga -->\n\n# Assemblée générale\n/)
  assert.match(markdown, /\n## Résolution adoptée par l'Assemblée générale le 19 décembre 2016\n/)
  assert.match(markdown, /\n### 71\/194\. Renforcement de la coopération internationale/)
  assert.match(markdown, /\n\*L'Assemblée générale,\*\n/)
  assert.match(markdown, /\n\*Réaffirmant sa volonté\* de promouvoir/)
  assert.match(markdown, /\n12\. \*Demande instamment\* aux États/)
  assert.match(markdown, /\n<sup>3<\/sup> Voir \*Documents officiels de l'Assemblée générale/)
  assert.match(markdown, /\n\*65<sup>e<\/sup> séance plénière {2}\n19 décembre 2016\*\n$/)
  // Nothing needs stating in a comment for a text the reader understands.
  assert.equal(markdown.match(/<!--/g)?.length, 1)
})

test('a draft header, a lone operative paragraph and nested sub-paragraphs are written so they read back', () => {
  const { nodes } = schema
  const t = (text: string, ...marks: Mark[]) => schema.text(text, marks)
  const para = (...content: Node[]) => nodes.para.create(null, content)
  const field = (name: HeaderField, text: string) =>
    nodes.header_field.create({ name }, text ? t(text) : null)
  const sub = (text: string, ...children: Node[]) =>
    nodes.subparagraph.create(null, [para(t(text)), ...children])
  const doc = withIds(
    draftOf({ lang: 'en', organ: 'sc' }, [
      nodes.header.create(null, [
        field('symbol', 'A/C.3/71/L.23'),
        field('distribution', 'Distr.: Limited'),
        field('original', 'Original: English'),
        field('sponsors', 'Australia, Brazil and Canada: draft resolution'),
        field('date', 'to be decided'),
        field('session', ''),
      ]),
      nodes.title.create(null, t('Strengthening international cooperation')),
      nodes.formula.create(null, t('The Security Council,')),
      nodes.preambular.create(null, [
        para(t('Recalling', schema.marks.opening.create()), t(' its resolutions:')),
        sub('first,', sub('(i) deeper, with a label in its text,')),
        sub('second,'),
        sub('third,'),
        sub('fourth,'),
        sub('fifth,'),
        sub('sixth,'),
        sub('seventh,'),
        sub('eighth,', sub('first of (h), labelled (i) like the letter after (h)')),
        sub('ninth,'),
      ]),
      nodes.operative.create(null, [
        para(t('Decides', schema.marks.opening.create()), t(' to remain seized.')),
      ]),
    ]),
  )
  const markdown = toMarkdown(doc)
  assert.match(markdown, /\nA\/C\.3\/71\/L\.23 {2}\nDistr\.: Limited {2}\nOriginal: English {2}\n/)
  assert.match(markdown, /\nto be decided <!-- date --> {2}\n<!-- session -->\n/)
  assert.match(markdown, /\n\*Decides\* to remain seized\.\n$/, 'a lone operative paragraph has no number')
  assert.match(markdown, /\n\(a\) first,\n\n\(i\) \(i\) deeper/)
  assert.match(markdown, /\n<!-- subparagraph depth=2 -->\n\(i\) first of \(h\)/)
  assertRoundTrip(doc)
})

// Random documents: every part of the schema, marks, footnotes, proposals, references, nested sub-paragraphs
// and quotations, text full of characters Markdown would take for markup, in the six languages.

const WORDS = [
  'the',
  'General',
  'Assembly',
  'résolution',
  'Conseil',
  'de',
  'la',
  'الجمعية',
  'العامة',
  'مجلس',
  '大会',
  '决定',
  'Совет',
  'Безопасности',
  'Asamblea',
  '2022',
  '65',
  '71/194',
  'A/RES/ES-11/1',
  '*',
  '**',
  '_',
  '__',
  '[',
  ']',
  '](',
  '[^1]',
  '[link](#)',
  '(',
  ')',
  '<',
  '>',
  '<sup>1</sup>',
  '<br>',
  '<!--',
  '-->',
  '&amp;',
  '&#32;',
  '&',
  '#',
  '###',
  '\\',
  '`',
  '1.',
  '2)',
  '3 -',
  '(a)',
  'a)',
  '(i)',
  'b.',
  "'1'",
  '(أ)',
  'а)',
  '---',
  '-',
  '+',
  '|',
  "'",
  '"',
  '“',
  '”',
  '«',
  ',',
  ';',
  '.',
  ':',
  '،',
  '，',
  '；',
  '。',
  '\u00a0;',
  'e',
  'notamment',
  'séance',
  'plenary',
  'meeting',
]
const SEPARATORS = [' ', ' ', ' ', ' ', '', '  ', '\t', '\n', '\u2028']

const textArb = fc
  .tuple(
    fc.option(fc.constantFrom(...SEPARATORS), { freq: 4 }),
    fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([lead, parts]) => (lead ?? '') + parts.map(([w, s]) => w + s).join(''))

type MarkName = 'opening' | 'em' | 'sup' | 'insertion' | 'deletion'
const changeMark = fc.constantFrom(
  schema.marks.insertion.create({ amendment: 'a1', delegation: 'Egypt' }),
  schema.marks.insertion.create({ amendment: 'a2', delegation: 'Côte d\'Ivoire & "Others" <x>' }),
  schema.marks.deletion.create({ amendment: 'a3', delegation: 'Brazil' }),
)

const markSet = (names: readonly MarkName[]) =>
  fc.tuple(fc.subarray([...names] as MarkName[]), fc.option(changeMark)).map(([picked, change]) => {
    const marks: Mark[] = picked
      .filter((n) => n !== 'insertion' && n !== 'deletion')
      .map((n) => schema.marks[n]!.create())
    if (change) marks.push(change)
    return marks
  })

const footnoteArb = fc
  .array(fc.tuple(textArb, fc.subarray(['em', 'sup'] as const)), { minLength: 0, maxLength: 3 })
  .map((parts) =>
    schema.nodes.footnote.create(
      null,
      parts.map(([text, marks]) =>
        schema.text(
          text,
          marks.map((m) => schema.marks[m]!.create()),
        ),
      ),
    ),
  )

const XREF_TARGETS = ['x1', 'x2', 'x3', 'x5', 'A/71/484', 'S/RES/2623 (2022)', 'odd ) target *']

/** Inline content whose text carries marks among `names`, with footnotes, references and breaks if `atoms`. */
const inlineArb = (names: readonly MarkName[], atoms = true, maxLength = 5) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.tuple(textArb, markSet(names)).map(([t, m]) => schema.text(t, m)) },
        { weight: atoms ? 1 : 0, arbitrary: footnoteArb },
        {
          weight: atoms ? 1 : 0,
          arbitrary: fc
            .tuple(fc.constantFrom(...XREF_TARGETS), fc.option(changeMark))
            .map(([target, m]) => schema.nodes.xref.create({ target }, null, m ? [m] : [])),
        },
        { weight: atoms ? 1 : 0, arbitrary: fc.constant(schema.nodes.hard_break.create()) },
      ),
      { minLength: 0, maxLength },
    )
    .map((nodes) => nodes)

const OTHER: readonly MarkName[] = ['em', 'sup', 'insertion']
const paraArb = inlineArb(OTHER).map((content) => schema.nodes.para.create(null, content))

/** A clause's first paragraph: an opening phrase (the lexicon's or any words) in italics, then text. */
const openingParaArb = (lang: Lang, kind: 'preambular' | 'operative') => {
  const phrases = LEXICONS[lang][kind].map((e) => (typeof e === 'string' ? e : e.f))
  return fc
    .tuple(
      fc.option(fc.oneof(fc.constantFrom(...(phrases.length ? phrases : ['Recalling'])), textArb)),
      fc.boolean(),
      inlineArb(OTHER),
    )
    .map(([opening, withEm, rest]) => {
      const head = opening
        ? [
            schema.text(opening, [
              schema.marks.opening.create(),
              ...(withEm ? [schema.marks.em.create()] : []),
            ]),
          ]
        : []
      return schema.nodes.para.create(null, [...head, ...rest])
    })
}

/** A sub-paragraph at a depth, with sub-paragraphs and (above the third level) quotations under it. */
function subArb(depth: number): fc.Arbitrary<Node> {
  const children: fc.Arbitrary<Node>[] = depth < 4 ? [subArb(depth + 1)] : []
  if (depth < 3) children.push(quoteArb(depth))
  return fc
    .tuple(
      proposalArb,
      paraArb,
      children.length ? fc.array(fc.oneof(...children), { maxLength: 2 }) : fc.constant([]),
    )
    .map(([proposal, para, kids]) => schema.nodes.subparagraph.create({ proposal }, [para, ...kids]))
}

/** A quotation owned by a clause at a depth: paragraphs and sub-paragraphs. */
function quoteArb(depth: number): fc.Arbitrary<Node> {
  return fc
    .array(fc.oneof({ weight: 2, arbitrary: paraArb }, subArb(depth + 2)), { minLength: 1, maxLength: 3 })
    .map((items) => schema.nodes.quotation.create(null, items))
}

const PROPOSALS = [
  '{"amendment":"a7","delegation":"Egypt","kind":"insert"}',
  '{"amendment":"a8","delegation":"Brazil & \\"friends\\"","kind":"delete"}',
  '{"amendment":"a9","delegation":"Mexico","kind":"move","from":"x2"}',
]
const proposalArb = fc.option(fc.constantFrom(...PROPOSALS), { freq: 4 })

const clauseArb = (lang: Lang, kind: 'preambular' | 'operative') =>
  fc
    .tuple(
      proposalArb,
      openingParaArb(lang, kind),
      // Long enough lists now and then to reach "(i)" after "(h)".
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc.array(fc.oneof({ weight: 3, arbitrary: subArb(1) }, quoteArb(0)), { maxLength: 3 }),
        },
        fc.array(
          subArb(3).map((s) => schema.nodes.subparagraph.create(null, [s.firstChild!])),
          { maxLength: 12 },
        ),
      ),
    )
    .map(([proposal, para, children]) => schema.nodes[kind]!.create({ proposal }, [para, ...children]))

const REAL_FIELDS: Record<HeaderField, readonly string[]> = {
  organ: ['General Assembly', 'Conseil de sécurité', 'الجمعية العامة', '大会'],
  distribution: ['Distr.: Limited', 'Distr. générale'],
  date: ['18 March 2022', '19 décembre 2016', '2016年12月19日'],
  symbol: ['A/C.3/71/L.23', 'S/RES/2623 (2022)', 'A/RES/ES-11/1'],
  original: ['Original: English', 'Original : français'],
  session: ['Seventy-first session', 'Soixante et onzième session'],
  agenda: ['Agenda item 68 (b)', "Point 68, b, de l'ordre du jour"],
  agendaTitle: ['Promotion and protection of human rights'],
  sponsors: ['Australia, Brazil and Canada: draft resolution'],
  adoption: ['Resolution adopted by the General Assembly on 19 December 2016'],
  basis: ['[on the report of the Third Committee (A/71/484/Add.2)]'],
}

const fieldArb = fc
  .constantFrom(...HEADER_FIELDS)
  .chain((name) =>
    fc
      .oneof(
        { weight: 2, arbitrary: fc.constantFrom(...REAL_FIELDS[name]).map((t) => [schema.text(t)]) },
        inlineArb(OTHER),
      )
      .map((content) => schema.nodes.header_field.create({ name }, content)),
  )

const closingParaArb = fc
  .oneof(
    fc.constantFrom('65th plenary meeting', '19 décembre 2016', '2 March 2022').map((t) => [schema.text(t)]),
    fc.constant([
      schema.text('65'),
      schema.text('e', [schema.marks.sup.create()]),
      schema.text(' séance plénière'),
    ]),
    inlineArb(['em', 'sup', 'deletion']),
  )
  .map((content) => schema.nodes.para.create(null, content))

const docArb = fc
  .tuple(fc.constantFrom(...LANGUAGES), fc.constantFrom(...ORGANS))
  .chain(([lang, organ]: [Lang, Organ]) =>
    fc
      .record({
        header: fc.array(fieldArb, { maxLength: 5 }),
        number: fc.option(
          fc.constantFrom('71/194', 'ES-11/1', '2623 (2022)', 'S-29/1', '12', 'not a number'),
        ),
        title: inlineArb(OTHER),
        formula: fc.oneof(
          { weight: 3, arbitrary: fc.constant([schema.text(ORGAN_FACTS[organ].formula[lang])]) },
          inlineArb(['em', 'sup'], false),
        ),
        preambular: fc.array(clauseArb(lang, 'preambular'), { maxLength: 3 }),
        operative: fc.array(clauseArb(lang, 'operative'), { maxLength: 3 }),
        closing: fc.option(fc.array(closingParaArb, { minLength: 1, maxLength: 2 })),
      })
      .filter((r) => r.preambular.length + r.operative.length > 0)
      .map((r) => {
        const { nodes } = schema
        let n = 0
        return withIds(
          draftOf({ lang, organ }, [
            nodes.header.create(null, r.header),
            nodes.title.create({ number: r.number }, r.title),
            nodes.formula.create(null, r.formula),
            ...r.preambular,
            ...r.operative,
            ...(r.closing ? [nodes.closing.create(null, r.closing)] : []),
          ]),
          () => `x${++n}`,
        )
      }),
  )

test('random documents in the six languages survive a Markdown round trip exactly', () => {
  fc.assert(
    fc.property(docArb, (doc) => {
      doc.check()
      assertRoundTrip(doc)
    }),
    { numRuns: 300 },
  )
})
