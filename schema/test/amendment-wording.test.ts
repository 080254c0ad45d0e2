import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import {
  amendmentsDocument,
  amendmentsTitle,
  amendmentWording,
  type Instruction,
  type Lang,
  ordinalWord,
  schema,
} from '../index.ts'
import { clause, del, draft, ins, operatives, record, w } from './amendment-drafts.ts'

const E = (id: string) => ({ amendment: id, delegation: 'Egypt' })

/**
 * A draft with three preambular and nine operative paragraphs (ids p1-p3, o1-o9), where `edits` replace
 * paragraphs by id and `extra` adds paragraphs right after one (to place proposed new ones).
 */
function standard(lang: Lang, edits: Record<string, Node> = {}, extra: Record<string, Node[]> = {}): Node {
  const pre = [1, 2, 3].map((n) => clause('preambular', `p${n}`, `Preamble ${n},`))
  const body: Node[] = []
  for (const n of [...pre, ...operatives(9)]) {
    body.push(edits[n.attrs.id] ?? n, ...(extra[n.attrs.id] ?? []))
  }
  return draft(lang, body)
}

const sub = (
  id: string,
  text: string,
  proposal?: { amendment: string; delegation: string; kind: 'insert' },
) => clause('subparagraph', id, text, proposal ? { proposal } : {})

interface Case {
  /** Where the expected wording comes from: a document symbol, or the brief where no document was found. */
  source: string
  lang: Lang
  doc: () => Node
  id: string
  expected: Instruction[]
}

const one = (text: string, quote: string[] = []): Instruction[] => [{ text, quote }]

/** French typography: a no-break space inside « » and before ":" (written here as plain spaces to stay legible). */
const nb = (text: string) =>
  text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ :/g, '\u00a0:')

const CASES: Case[] = [
  // A/HRC/S-4/L.3 item 3 reads "In the second preambular paragraph, after the word “Council” delete the words
  // “to continue and”;" — the same words; we set a comma after the anchor (the brief's style) and leave final
  // punctuation to exporters. The anchor is written because "to continue and" occurs twice in the paragraph.
  {
    source: 'A/HRC/S-4/L.3',
    lang: 'en',
    id: 'a1',
    doc: () =>
      draft('en', [
        clause('preambular', 'p1', 'Recalling General Assembly resolution 60/251 of 15 March 2006,'),
        clause('preambular', 'p2', [
          'Calling upon the Council ',
          w('to continue and ', del('a1')),
          'to strengthen its work, and upon States to continue and deepen their cooperation,',
        ]),
        ...operatives(2),
      ]),
    expected: one(
      'In the second preambular paragraph, after the word “Council”, delete the words “to continue and”',
    ),
  },
  // A/HRC/S-4/L.3 item 4: "... delete the word “grave”, and after the word “Darfur” replace the existing text by
  // the following: “in spite of the conclusion of the Darfur Peace Agreement ...”" — singular "the word", two
  // changes in one paragraph joined by ", and". The document names the paragraph "paragraph 1" (Council style);
  // General Assembly documents name it "operative paragraph 1".
  {
    source: 'A/HRC/S-4/L.3',
    lang: 'en',
    id: 'a2',
    doc: () =>
      draft('en', [
        clause('operative', 'o1', [
          'Expresses its ',
          w('grave ', del('a2')),
          'concern at the situation in Darfur',
          w(' in spite of the conclusion of the Darfur Peace Agreement', ins('a2')),
          ';',
        ]),
        ...operatives(2, 2),
      ]),
    expected: one(
      'In operative paragraph 1, delete the word “grave”, and at the end of the paragraph, add the words “in spite of the conclusion of the Darfur Peace Agreement”',
    ),
  },
  // A/HRC/S-4/L.3 item 5: "At the end of the second paragraph insert the following: “and also calls upon the
  // parties which have not yet signed the Darfur Peace Agreement to do so ...”".
  {
    source: 'A/HRC/S-4/L.3',
    lang: 'en',
    id: 'a3',
    doc: () =>
      draft('en', [
        ...operatives(1),
        clause('operative', 'o2', [
          'Calls upon all parties to observe the ceasefire',
          w(
            ' and also calls upon the parties which have not yet signed the Darfur Peace Agreement to do so',
            ins('a3'),
          ),
          ';',
        ]),
        ...operatives(1, 3),
      ]),
    expected: one(
      'In operative paragraph 2, at the end of the paragraph, add the words “and also calls upon the parties which have not yet signed the Darfur Peace Agreement to do so”',
    ),
  },
  // A/HRC/11/L.19 item 1: "After the third preambular paragraph insert a new preambular paragraph," followed by
  // the new paragraph, unquoted, on its own line.
  {
    source: 'A/HRC/11/L.19',
    lang: 'en',
    id: 'a4',
    doc: () =>
      standard(
        'en',
        {},
        {
          p3: [
            clause(
              'preambular',
              'n1',
              'Reaffirming Commission on Human Rights resolution 2005/82 of 21 April 2005, and Council resolutions 6/34 and 6/35 of 14 December 2007, 7/16 of 27 March 2008 and 9/17 of 24 September 2008, and calling on the Government of the Sudan to continue and intensify its efforts to implement them,',
              { proposal: { ...E('a4'), kind: 'insert' } },
            ),
          ],
        },
      ),
    expected: one('After the third preambular paragraph, insert a new paragraph reading:', [
      'Reaffirming Commission on Human Rights resolution 2005/82 of 21 April 2005, and Council resolutions 6/34 and 6/35 of 14 December 2007, 7/16 of 27 March 2008 and 9/17 of 24 September 2008, and calling on the Government of the Sudan to continue and intensify its efforts to implement them,',
    ]),
  },
  // A/HRC/S-4/L.3 item 6: "After paragraph 2, insert the following paragraph:" and the paragraph below it.
  {
    source: 'A/HRC/S-4/L.3',
    lang: 'en',
    id: 'a5',
    doc: () =>
      standard(
        'en',
        {},
        {
          o2: [
            clause(
              'operative',
              'n1',
              'Calls upon the international community at large and on the donor countries and peace partners in particular to honour their pledges of support;',
              { proposal: { ...E('a5'), kind: 'insert' } },
            ),
          ],
        },
      ),
    expected: one('After operative paragraph 2, insert a new paragraph reading:', [
      'Calls upon the international community at large and on the donor countries and peace partners in particular to honour their pledges of support;',
    ]),
  },
  // The brief's examples for General Assembly committee amendments (A/C.3/.../L.xx); no English document with a
  // replacement or a move was found with the search tool, so these check the brief's wording.
  {
    source: 'brief ("replace the words ... with the words ..."); singular "the word" after A/HRC/S-4/L.3',
    lang: 'en',
    id: 'a6',
    doc: () =>
      standard('en', {
        o5: clause('operative', 'o5', [
          'Decides to ',
          w('promote', del('a6')),
          w('promote and protect', ins('a6')),
          ' human rights;',
        ]),
      }),
    expected: one(
      'In operative paragraph 5, replace the word “promote” with the words “promote and protect”',
    ),
  },
  {
    source: 'brief; "after the word" as in A/HRC/S-4/L.3',
    lang: 'en',
    id: 'a7',
    doc: () =>
      standard('en', {
        p3: clause('preambular', 'p3', ['Recalling ', w('also ', ins('a7')), 'its resolution 70/1,']),
      }),
    expected: one('In the third preambular paragraph, after the word “Recalling”, insert the word “also”'),
  },
  {
    source: 'brief; "Delete paragraph 3." in A/789',
    lang: 'en',
    id: 'a8',
    doc: () =>
      standard('en', {
        o7: clause('operative', 'o7', 'Operative 7;', { proposal: { ...E('a8'), kind: 'delete' } }),
      }),
    expected: one('Delete operative paragraph 7'),
  },
  {
    source: 'brief',
    lang: 'en',
    id: 'a9',
    doc: () =>
      standard(
        'en',
        { o9: clause('operative', 'o9', 'Operative 9;', { proposal: { ...E('a9'), kind: 'move' } }) },
        {
          o2: [
            clause('operative', 'm9', 'Operative 9;', { proposal: { ...E('a9'), kind: 'move', from: 'o9' } }),
          ],
        },
      ),
    expected: one('Move operative paragraph 9 to follow operative paragraph 2'),
  },
  {
    source: 'brief ("In operative paragraph 4 (b), ...")',
    lang: 'en',
    id: 'b1',
    doc: () =>
      standard('en', {
        o4: clause('operative', 'o4', 'Requests the Secretary-General:', {
          subs: [
            sub('s1', 'To report;'),
            clause('subparagraph', 's2', ['To consult ', w('all ', del('b1')), 'States.']),
          ],
        }),
      }),
    expected: one('In operative paragraph 4 (b), delete the word “all”'),
  },
  // French: no French amendment document was found with the search tool (see wording-fr.ts); these check the
  // brief's wording.
  {
    source: 'brief',
    lang: 'fr',
    id: 'a6',
    doc: () =>
      standard('fr', {
        o5: clause('operative', 'o5', [
          'Décide de ',
          w('promouvoir', del('a6')),
          w('promouvoir et protéger', ins('a6')),
          ' les droits de l’homme ;',
        ]),
      }),
    expected: one(
      nb(
        'Au paragraphe 5 du dispositif, remplacer le mot « promouvoir » par les mots « promouvoir et protéger »',
      ),
    ),
  },
  {
    source: 'brief',
    lang: 'fr',
    id: 'a7',
    doc: () =>
      standard('fr', {
        p3: clause('preambular', 'p3', ['Rappelant ', w('également ', ins('a7')), 'sa résolution 70/1,']),
      }),
    expected: one(
      nb('Au troisième alinéa du préambule, après le mot « Rappelant », insérer le mot « également »'),
    ),
  },
  {
    source: 'brief',
    lang: 'fr',
    id: 'a5',
    doc: () =>
      standard(
        'fr',
        {},
        {
          o3: [
            clause('operative', 'n1', 'Engage les États à agir ;', {
              proposal: { ...E('a5'), kind: 'insert' },
            }),
          ],
        },
      ),
    expected: one(nb('Après le paragraphe 3 du dispositif, insérer un nouveau paragraphe ainsi libellé :'), [
      'Engage les États à agir ;',
    ]),
  },
  {
    source: 'brief',
    lang: 'fr',
    id: 'a8',
    doc: () =>
      standard('fr', {
        o7: clause('operative', 'o7', 'Operative 7 ;', { proposal: { ...E('a8'), kind: 'delete' } }),
      }),
    expected: one(nb('Supprimer le paragraphe 7 du dispositif')),
  },
  {
    source: 'brief',
    lang: 'fr',
    id: 'b1',
    doc: () =>
      standard('fr', {
        o4: clause('operative', 'o4', 'Prie le Secrétaire général :', {
          subs: [
            sub('s1', 'De faire rapport ;'),
            clause('subparagraph', 's2', ['De consulter ', w('tous ', del('b1')), 'les États.']),
          ],
        }),
      }),
    expected: one(nb("À l'alinéa b) du paragraphe 4 du dispositif, supprimer le mot « tous »")),
  },
  // Spanish: no Spanish amendment document was found with the search tool (see wording-es.ts); these check the
  // brief's wording.
  {
    source: 'brief',
    lang: 'es',
    id: 'a6',
    doc: () =>
      standard('es', {
        o5: clause('operative', 'o5', [
          'Decide ',
          w('promover', del('a6')),
          w('promover y proteger', ins('a6')),
          ' los derechos humanos;',
        ]),
      }),
    expected: one(
      'En el párrafo 5 de la parte dispositiva, sustitúyase la palabra “promover” por “promover y proteger”',
    ),
  },
  {
    source: 'brief',
    lang: 'es',
    id: 'a4',
    doc: () =>
      standard('es', {
        o2: clause('operative', 'o2', ['Exhorta ', w('a todos los Estados ', del('a4')), 'a actuar;']),
      }),
    expected: one('En el párrafo 2 de la parte dispositiva, suprímanse las palabras “a todos los Estados”'),
  },
  {
    source: 'brief',
    lang: 'es',
    id: 'a7',
    doc: () =>
      standard('es', {
        p3: clause('preambular', 'p3', ['Recordando ', w('también ', ins('a7')), 'su resolución 70/1,']),
      }),
    expected: one(
      'En el tercer párrafo del preámbulo, después de la palabra “Recordando”, insértese la palabra “también”',
    ),
  },
  {
    source: 'brief',
    lang: 'es',
    id: 'a5',
    doc: () =>
      standard(
        'es',
        {},
        {
          o3: [
            clause('operative', 'n1', 'Exhorta a los Estados a actuar;', {
              proposal: { ...E('a5'), kind: 'insert' },
            }),
          ],
        },
      ),
    expected: one('Después del párrafo 3 de la parte dispositiva, insértese un nuevo párrafo que diga:', [
      'Exhorta a los Estados a actuar;',
    ]),
  },
  {
    source: 'brief',
    lang: 'es',
    id: 'a8',
    doc: () =>
      standard('es', {
        o7: clause('operative', 'o7', 'Operative 7;', { proposal: { ...E('a8'), kind: 'delete' } }),
      }),
    expected: one('Suprímase el párrafo 7 de la parte dispositiva'),
  },
]

for (const c of CASES) {
  test(`${c.lang} ${c.id}: ${c.expected[0]!.text} (${c.source})`, () => {
    assert.deepEqual(amendmentWording(c.doc(), c.id), c.expected)
  })
}

test('numbers are those of the text without pending proposals', () => {
  const doc = standard(
    'en',
    {
      o2: clause('operative', 'o2', 'Operative 2;', {
        proposal: { amendment: 'c2', delegation: 'Chile', kind: 'delete' },
      }),
      o5: clause('operative', 'o5', [
        'Decides to ',
        w('promote', del('a6')),
        w('advance', ins('a6')),
        ' rights;',
      ]),
    },
    {
      o1: [
        clause('operative', 'n1', 'Urges;', {
          proposal: { amendment: 'c1', delegation: 'Chile', kind: 'insert' },
        }),
      ],
    },
  )
  const text = 'In operative paragraph 5, replace the word “promote” with the word “advance”'
  // Chile's pending new paragraph does not shift the numbers, and its pending deletion does not remove one.
  assert.equal(amendmentWording(doc, 'a6')[0]!.text, text)
  // Once Chile's new paragraph is accepted, it is part of the text and counts.
  const accepted = amendmentWording(doc, 'a6', (id) => (id === 'c1' ? 'accepted' : undefined))
  assert.equal(accepted[0]!.text, text.replace('paragraph 5', 'paragraph 6'))
  // A paragraph inserted after a pending new one is placed after the paragraph of the agreed text before both.
  const after = standard(
    'en',
    {},
    {
      o3: [
        clause('operative', 'n1', 'Urges;', {
          proposal: { amendment: 'c1', delegation: 'Chile', kind: 'insert' },
        }),
        clause('operative', 'n2', 'Invites;', { proposal: { ...E('a1'), kind: 'insert' } }),
      ],
    },
  )
  assert.equal(
    amendmentWording(after, 'a1')[0]!.text,
    'After operative paragraph 3, insert a new paragraph reading:',
  )
})

test('inserted words are placed after as many words as it takes to be unambiguous', () => {
  const doc = draft('en', [
    clause('preambular', 'p1', [
      'Noting the report and welcoming the ',
      w('annual ', ins('a1')),
      'report of the Secretary-General,',
    ]),
    clause('operative', 'o1', [w('Further ', ins('a2')), 'requests the Secretary-General to report;']),
    clause('operative', 'o2', ['Recalls its resolution', w('s', ins('a3')), ' 70/1 and 71/2;']),
  ])
  assert.equal(
    amendmentWording(doc, 'a1')[0]!.text,
    'In the first preambular paragraph, after the words “welcoming the”, insert the word “annual”',
  )
  assert.equal(
    amendmentWording(doc, 'a2')[0]!.text,
    'In operative paragraph 1, at the beginning of the paragraph, insert the word “Further”',
  )
  // A change inside a word replaces the whole word.
  assert.equal(
    amendmentWording(doc, 'a3')[0]!.text,
    'In operative paragraph 2, replace the word “resolution” with the word “resolutions”',
  )
})

test('a new paragraph is quoted with its sub-paragraphs labelled as they would be printed', () => {
  const insert = { ...E('a1'), kind: 'insert' as const }
  const doc = standard(
    'en',
    {},
    {
      o1: [
        clause('operative', 'n1', 'Requests the Secretary-General:', {
          proposal: insert,
          subs: [
            sub('n2', 'To report;'),
            sub('n3', 'To consult States;', { amendment: 'c1', delegation: 'Chile', kind: 'insert' }),
            sub('n4', 'To act.'),
          ],
        }),
      ],
    },
  )
  assert.deepEqual(amendmentWording(doc, 'a1'), [
    {
      text: 'After operative paragraph 1, insert a new paragraph reading:',
      // Chile's proposed sub-paragraph inside Egypt's new paragraph is not part of Egypt's amendment.
      quote: ['Requests the Secretary-General:', '(a) To report;', '(b) To act.'],
    },
  ])
  const fr = standard(
    'fr',
    {},
    {
      o1: [
        clause('operative', 'n1', 'Prie :', { proposal: insert, subs: [sub('n2', 'De faire rapport ;')] }),
      ],
    },
  )
  assert.deepEqual(amendmentWording(fr, 'a1')[0]!.quote, ['Prie :', 'a) De faire rapport ;'])
})

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
  // The brief's French and Spanish headers.
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
