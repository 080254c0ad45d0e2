import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { amendmentWording, type Instruction, type Lang } from '../index.ts'
import { clause, del, draft, E, ins, nb, operatives, standard, w } from './amendment-drafts.ts'

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
  // French and Spanish: no French or Spanish amendment document could be reached with the search tool (what was
  // searched is listed at the top of wording-fr.ts and wording-es.ts). The instructions check the brief's wording;
  // what real UN texts show is checked with them: « » with no-break spaces and a no-break space before ":"
  // (A/RES/71/194, A/66/PV.82), "l’" with the typographic apostrophe (A/66/PV.82), labels "b)" (UN Editorial
  // Manual), “ ” in Spanish (A/57/551), "el párrafo 8 a) ii)" (UN Spanish Translation Service manual).
  //
  // First, the cases of the real English documents above, worded in French and Spanish. The French and Spanish
  // texts of those drafts were not found either: the paragraphs are our translations, and the expected wording is
  // the templates' (unverified), so these rows keep the three languages in step on the same cases.
  {
    source: 'A/HRC/S-4/L.3 item 3 (case); French wording unverified',
    lang: 'fr',
    id: 'a1',
    doc: () =>
      draft('fr', [
        clause(
          'preambular',
          'p1',
          'Rappelant la résolution 60/251 de l’Assemblée générale en date du 15 mars 2006,',
        ),
        clause('preambular', 'p2', [
          'Demandant au Conseil ',
          w('de continuer et ', del('a1')),
          'de renforcer ses travaux, et aux États de continuer et d’approfondir leur coopération,',
        ]),
        ...operatives(2),
      ]),
    expected: one(
      nb('Au deuxième alinéa du préambule, après le mot « Conseil », supprimer les mots « de continuer et »'),
    ),
  },
  {
    source: 'A/HRC/S-4/L.3 item 3 (case); Spanish wording unverified',
    lang: 'es',
    id: 'a1',
    doc: () =>
      draft('es', [
        clause(
          'preambular',
          'p1',
          'Recordando la resolución 60/251 de la Asamblea General, de 15 de marzo de 2006,',
        ),
        clause('preambular', 'p2', [
          'Exhortando al Consejo a que ',
          w('continúe y ', del('a1')),
          'fortalezca su labor, y a la comunidad internacional a que continúe y profundice su cooperación,',
        ]),
        ...operatives(2),
      ]),
    expected: one(
      'En el segundo párrafo del preámbulo, después de las palabras “Consejo a que”, suprímanse las palabras “continúe y”',
    ),
  },
  {
    source: 'A/HRC/S-4/L.3 item 4 (case); French wording unverified',
    lang: 'fr',
    id: 'a2',
    doc: () =>
      draft('fr', [
        clause('operative', 'o1', [
          'Exprime sa ',
          w('vive ', del('a2')),
          'préoccupation face à la situation au Darfour',
          w(' en dépit de la conclusion de l’Accord de paix pour le Darfour', ins('a2')),
          ' ;',
        ]),
        ...operatives(2, 2),
      ]),
    expected: one(
      nb(
        'Au paragraphe 1 du dispositif, supprimer le mot « vive » et à la fin du paragraphe, ajouter les mots « en dépit de la conclusion de l’Accord de paix pour le Darfour »',
      ),
    ),
  },
  {
    source: 'A/HRC/S-4/L.3 item 4 (case); Spanish wording unverified',
    lang: 'es',
    id: 'a2',
    doc: () =>
      draft('es', [
        clause('operative', 'o1', [
          'Expresa su ',
          w('profunda ', del('a2')),
          'preocupación por la situación en Darfur',
          w(' pese a la conclusión del Acuerdo de Paz de Darfur', ins('a2')),
          ';',
        ]),
        ...operatives(2, 2),
      ]),
    expected: one(
      'En el párrafo 1 de la parte dispositiva, suprímase la palabra “profunda” y al final del párrafo, añádanse las palabras “pese a la conclusión del Acuerdo de Paz de Darfur”',
    ),
  },
  {
    source: 'A/HRC/11/L.19 item 1 (case); French wording unverified',
    lang: 'fr',
    id: 'a4',
    doc: () =>
      standard(
        'fr',
        {},
        {
          p3: [
            clause('preambular', 'n1', 'Réaffirmant les résolutions 6/34 et 6/35 du Conseil,', {
              proposal: { ...E('a4'), kind: 'insert' },
            }),
          ],
        },
      ),
    expected: one(nb('Après le troisième alinéa du préambule, insérer un nouvel alinéa ainsi libellé :'), [
      'Réaffirmant les résolutions 6/34 et 6/35 du Conseil,',
    ]),
  },
  {
    source: 'A/HRC/11/L.19 item 1 (case); Spanish wording unverified',
    lang: 'es',
    id: 'a4',
    doc: () =>
      standard(
        'es',
        {},
        {
          p3: [
            clause('preambular', 'n1', 'Reafirmando las resoluciones del Consejo 6/34 y 6/35,', {
              proposal: { ...E('a4'), kind: 'insert' },
            }),
          ],
        },
      ),
    expected: one('Después del tercer párrafo del preámbulo, insértese un nuevo párrafo que diga:', [
      'Reafirmando las resoluciones del Consejo 6/34 y 6/35,',
    ]),
  },
  // Then the brief's French examples.
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
    source: 'brief; labels "b)" (UN Editorial Manual), "l’" (A/66/PV.82)',
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
    expected: one(nb('À l’alinéa b) du paragraphe 4 du dispositif, supprimer le mot « tous »')),
  },
  // The brief's Spanish examples.
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
  // The UN Spanish Translation Service writes sub-paragraph references after the paragraph number: "en el párrafo
  // 8 a) ii) de la resolución 986 (1995)", not "inciso ii) del apartado a) del párrafo 8"; and "los apartados a) i)".
  {
    source: 'UN Spanish Translation Service manual ("el párrafo 8 a) ii)"); the verb: brief',
    lang: 'es',
    id: 'b1',
    doc: () =>
      standard('es', {
        o4: clause('operative', 'o4', 'Pide al Secretario General:', {
          subs: [
            sub('s1', 'Que informe;'),
            clause('subparagraph', 's2', ['Que consulte a ', w('todos ', del('b1')), 'los Estados.']),
          ],
        }),
      }),
    expected: one('En el párrafo 4 b) de la parte dispositiva, suprímase la palabra “todos”'),
  },
  {
    source:
      'UN Spanish Translation Service manual ("el párrafo 8 a) ii)", "los apartados a) i)"); the verb: brief',
    lang: 'es',
    id: 'b2',
    doc: () =>
      standard('es', {
        o4: clause('operative', 'o4', 'Pide al Secretario General:', {
          subs: [
            sub('s1', 'Que informe;'),
            clause('subparagraph', 's2', 'Que consulte:', {
              subs: [
                sub('s3', 'A los Estados;'),
                clause('subparagraph', 's4', ['A las organizaciones', w(' regionales', ins('b2')), '.']),
              ],
            }),
          ],
        }),
      }),
    expected: one(
      'En el párrafo 4 b) ii) de la parte dispositiva, al final del apartado, añádase la palabra “regionales”',
    ),
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
