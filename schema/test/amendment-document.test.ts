// The amendments document of one delegation: ordinals, its header, its items in the order of the text.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  amendmentsDocument,
  amendmentsTitle,
  amendmentWording,
  type Lang,
  ordinalWord,
  schema,
} from '../index.ts'
import { clause, del, draft, E, ins, nb, operatives, record, standard, w } from './amendment-drafts.ts'

test('ordinals name preambular paragraphs in English, French and Spanish', () => {
  const en = [1, 2, 3, 11, 12, 20, 21, 40, 99, 101].map((n) => ordinalWord('en', n))
  assert.deepEqual(en, [
    'first',
    'second',
    'third',
    'eleventh',
    'twelfth',
    'twentieth',
    'twenty-first',
    'fortieth',
    'ninety-ninth',
    'one hundred and first',
  ])
  // "cinquante-deuxième session", "soixante et onzième session", "soixante-douzième session": A/RES/71/194.
  const fr = [1, 3, 21, 52, 71, 72, 80, 81, 91, 100].map((n) => ordinalWord('fr', n))
  assert.deepEqual(fr, [
    'premier',
    'troisième',
    'vingt et unième',
    'cinquante-deuxième',
    'soixante et onzième',
    'soixante-douzième',
    'quatre-vingtième',
    'quatre-vingt-unième',
    'quatre-vingt-onzième',
    'centième',
  ])
  // "Trigésimo primer período de sesiones" (A/31/PV.90), "Trigésimo octavo" (A/38/PV.101), "Quincuagésimo
  // séptimo" (A/57/551): two words from 21 on, "primer"/"tercer" before the noun.
  const es = [1, 3, 10, 11, 13, 21, 31, 38, 57, 100].map((n) => ordinalWord('es', n))
  assert.deepEqual(es, [
    'primer',
    'tercer',
    'décimo',
    'undécimo',
    'decimotercer',
    'vigésimo primer',
    'trigésimo primer',
    'trigésimo octavo',
    'quincuagésimo séptimo',
    'centésimo',
  ])
  assert.throws(() => ordinalWord('en', 0), /no English ordinal for 0/)
  const pre = (lang: Lang, n: number) => {
    const body = Array.from({ length: n }, (_, i) =>
      clause(
        'preambular',
        `p${i + 1}`,
        i + 1 === n ? [w('Deeply ', del('a1')), 'concerned,'] : `Preamble ${i + 1},`,
      ),
    )
    return amendmentWording(draft(lang, [...body, ...operatives(2)]), 'a1')[0]!.text
  }
  assert.equal(pre('en', 21), 'In the twenty-first preambular paragraph, delete the word “Deeply”')
  assert.equal(pre('fr', 3), nb('Au troisième alinéa du préambule, supprimer le mot « Deeply »'))
  assert.equal(pre('es', 3), 'En el tercer párrafo del preámbulo, suprímase la palabra “Deeply”')
  assert.equal(pre('es', 23), 'En el vigésimo tercer párrafo del preámbulo, suprímase la palabra “Deeply”')
})

test('the header of an amendments document', () => {
  // Both verbatim from the documents.
  assert.equal(
    amendmentsTitle(['Algeria (on behalf on the African Group)'], 'A/HRC/S-4/L.1', 'en'),
    'Algeria (on behalf on the African Group): amendments to draft resolution A/HRC/S-4/L.1', // A/HRC/S-4/L.3
  )
  assert.equal(
    amendmentsTitle(['China'], 'A/HRC/19/L.11', 'en', 1),
    'China: amendment to draft resolution A/HRC/19/L.11', // A/HRC/19/L.41
  )
  // Sponsors are joined by commas only, as in A/HRC/11/L.19.
  assert.equal(
    amendmentsTitle(['Egypt', 'Nigeria', 'Qatar'], 'A/C.3/71/L.23', 'en'),
    'Egypt, Nigeria, Qatar: amendments to draft resolution A/C.3/71/L.23',
  )
  // The brief's French and Spanish headers (no French or Spanish amendment document was found: unverified); the
  // no-break space before the colon is French typography, as in "Président : M. Al-Nasser" (A/66/PV.82).
  const fr = amendmentsTitle(['Égypte'], 'A/C.3/71/L.23', 'fr')
  assert.equal(fr, nb('Égypte : amendements au projet de résolution A/C.3/71/L.23'))
  assert.equal(fr.charCodeAt(6), 0xa0, 'a no-break space before the colon')
  assert.equal(
    amendmentsTitle(['Egipto'], 'A/C.3/71/L.23', 'es'),
    'Egipto: enmiendas al proyecto de resolución A/C.3/71/L.23',
  )
  assert.throws(() => amendmentsTitle([], 'A/C.3/71/L.23', 'en'), /needs at least one delegation/)
})

test("a delegation's amendments document lists its pending amendments in the order of the text", () => {
  const doc = standard(
    'en',
    {
      p3: clause('preambular', 'p3', ['Recalling ', w('also ', ins('e2')), 'its resolution 70/1,']),
      o5: clause('operative', 'o5', [
        'Decides to ',
        w('promote', del('e1')),
        w('advance', ins('e1')),
        ' rights;',
      ]),
      o6: clause('operative', 'o6', ['Operative ', w('six', ins('c1', 'Chile')), '6;']),
      o7: clause('operative', 'o7', 'Operative 7;', { proposal: { ...E('e3'), kind: 'delete' } }),
    },
    {},
  )
  const records = [
    record('e1', { created: 1 }),
    record('e2', { created: 2, kind: 'insert-words', status: 'outdated' }),
    record('e3', { created: 3, kind: 'delete-paragraph' }),
    record('e4', { created: 4, status: 'withdrawn' }),
    record('e5', { created: 5 }),
    record('c1', { delegation: 'Chile', kind: 'insert-words' }),
  ]
  const result = amendmentsDocument(doc, records, 'Egypt')
  assert.equal(result.title, 'Egypt: amendments to draft resolution A/C.3/71/L.23')
  assert.deepEqual(
    result.items.map((i) => [i.number, i.amendment, i.text]),
    [
      [1, 'e2', 'In the third preambular paragraph, after the word “Recalling”, insert the word “also”'],
      [2, 'e1', 'In operative paragraph 5, replace the word “promote” with the word “advance”'],
      [3, 'e3', 'Delete operative paragraph 7'],
    ],
  )
  assert.deepEqual(result.unplaced, [
    { amendment: 'e5', reason: 'amendment e5: nothing in the draft carries it' },
  ])
  const single = amendmentsDocument(doc, records.slice(0, 1), 'Egypt', { symbol: 'A/C.3/71/L.99' })
  assert.equal(single.title, 'Egypt: amendment to draft resolution A/C.3/71/L.99')
})

test('an amendment that cannot be worded says why', () => {
  const doc = draft('en', [
    clause('operative', 'o1', 'Decides;'),
    clause('operative', 'n1', ['Urges ', w('all ', ins('c1', 'Chile')), 'States;'], {
      proposal: { ...E('e1'), kind: 'insert' },
    }),
  ])
  assert.throws(
    () => amendmentWording(doc, 'c1'),
    /^RangeError: amendment c1: it changes a paragraph that is itself a pending proposal$/,
  )
  const title = schema.nodes.title.create(null, [schema.text('New ', [ins('t1')]), schema.text('title')])
  const retitled = doc.copy(doc.content.replaceChild(1, title))
  assert.throws(() => amendmentWording(retitled, 't1'), /outside the preambular and operative paragraphs/)
  assert.throws(() => amendmentWording(doc, 'zz'), /amendment zz: nothing in the draft carries it/)
})
