import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import {
  applyLintFix,
  blocksOf,
  clauseName,
  draftOf,
  englishLint,
  formatLint,
  importResolution,
  type Lang,
  LINT_ENGLISH,
  type LintProblem,
  lint as lintDocument,
  lintFixText,
  lintMessageText,
  lintPlaceText,
  numberDocument,
  type Organ,
  proposalAttr,
  schema,
} from '../index.ts'

const { nodes, marks } = schema
type Inline = string | Node
const opening = (text: string) => schema.text(text, [marks.opening.create()])
const note = (text = '') => nodes.footnote.create(null, text ? schema.text(text) : null)
const sup = (text: string) => schema.text(text, [marks.sup.create()])
const para = (...parts: Inline[]) =>
  nodes.para.create(
    null,
    parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? schema.text(p) : p)),
  )
/** A sub-paragraph: its text (a string, or parts with footnotes) and nested sub-paragraphs or quotations. */
const sub = (text: Inline | Inline[], ...children: Node[]) =>
  nodes.subparagraph.create(null, [para(...[text].flat()), ...children])
const quote = (...children: (string | Node)[]) =>
  nodes.quotation.create(
    null,
    children.map((c) => (typeof c === 'string' ? para(c) : c)),
  )
/** A paragraph whose text opens with an italic phrase: `pre('Recalling', ' its resolution,')`. */
const pre = (phrase: string, rest: Inline | Inline[], ...children: Node[]) =>
  nodes.preambular.create(null, [para(opening(phrase), ...[rest].flat()), ...children])
const op = (phrase: string, rest: Inline | Inline[], ...children: Node[]) =>
  nodes.operative.create(null, [para(opening(phrase), ...[rest].flat()), ...children])

/** Every document the tests below lint, with its problems, to check their codes in the last test. */
const linted: { doc: Node; problems: LintProblem[] }[] = []
const lint = (doc: Node): LintProblem[] => {
  const problems = lintDocument(doc)
  linted.push({ doc, problems })
  return problems
}

function resolution(lang: Lang, body: Node[], options: { organ?: Organ; title?: string } = {}): Node {
  const organ = options.organ ?? 'ga'
  const title = options.title ?? (lang === 'fr' ? 'Coopération internationale' : 'International cooperation')
  const doc = draftOf({ lang, organ }, [
    nodes.header.create(),
    nodes.title.create(null, title ? schema.text(title) : null),
    nodes.formula.create(
      null,
      schema.text(lang === 'fr' ? "L'Assemblée générale," : 'The General Assembly,'),
    ),
    ...body,
  ])
  doc.check()
  return doc
}

/** The problems of a document as [rule, clause, message] triples, the way a delegate reads them. */
const found = (doc: Node) => lint(doc).map((p) => [p.rule, p.clause, p.message])

/** The text of a document's range, to check what a problem underlines. */
const at = (doc: Node, p: LintProblem) => doc.textBetween(p.from, p.to, '', '\u25a1')

/** The document with every fix of its problems applied in one transform. */
function fixed(doc: Node, problems = lint(doc)): Node {
  const tr = new Transform(doc)
  for (const p of problems) if (p.fix) applyLintFix(tr, p.fix)
  return tr.doc
}

test('a clean English text has no problems', () => {
  const doc = resolution('en', [
    pre('Recalling', [
      ' its resolution 70/1 of 25 September 2015, entitled “Transforming our world”,',
      note('A/70/1.'),
    ]),
    pre('Reaffirming', ' the purposes and principles of the Charter of the United Nations (Article 1),'),
    pre(
      'Bearing in mind',
      ' its earlier resolutions on the subject:',
      sub('resolution 60/1;'),
      sub('resolution 65/1,'),
    ),
    op('Decides', ' to convene a high-level meeting in 2026;'),
    op(
      'Requests the Secretary-General',
      ':',
      sub('To report to the General Assembly at its eighty-first session;'),
      sub('To submit proposals:', sub('on finance; or'), sub('on staffing;')),
      sub('To consult Member States [in 2026];'),
    ),
    op('Also requests', [' the Secretary-General to keep Member States informed;', note('See A/80/1.')]),
    op(
      'Decides',
      ' to amend paragraph 3 of its resolution 70/1 to read:',
      quote('“3. The Assembly decides: (a) to act;', sub('to report.”;')),
    ),
    op('Calls upon', ' the parties to cooperate;'),
    op('Calls upon', ' all States to support the meeting;'),
    op('Decides', ' to remain seized of the matter.'),
  ])
  assert.deepEqual(found(doc), [])
})

test('a clean French text has no problems, with repeated "Réaffirme" as the UN writes it', () => {
  const doc = resolution('fr', [
    pre('Réaffirmant', ' sa volonté de promouvoir la coopération internationale,'),
    pre('Consciente', ' de la nécessité de renforcer la coopération,'),
    pre('Rappelant', [
      ' sa résolution 70/1, intitulée « Transformer notre monde : le Programme\u00a0»,',
      note('Résolution 70/1.'),
    ]),
    op('Réaffirme', ' que la coopération est indispensable ;'),
    op(
      'Demande instamment',
      ' aux États de prendre les mesures visées à l’alinéa a) du paragraphe 3 :',
      sub('en matière de dialogue\u00a0;'),
      sub('en matière d’assistance ; et'),
      sub('en matière de formation ;'),
    ),
    op('Réaffirme', ' que le dialogue facilite la promotion de la tolérance ;'),
    op('Prie le Secrétaire général', ' de lui faire rapport ;'),
    op('Prie également', ' le Secrétaire général de consulter les États ;'),
    op('Décide', ' de poursuivre l’examen de la question à sa prochaine session.'),
  ])
  assert.deepEqual(found(doc), [])
})

test('an operative paragraph that does not open with a verb of the lexicon is an error', () => {
  const doc = resolution('en', [
    pre('Recalling', ' its resolutions,'),
    op('Decides', ' to act;'),
    op('Noting', ' with concern the report;'),
    op('Decides', ' to remain seized of the matter.'),
  ])
  const problems = lint(doc)
  assert.deepEqual(
    problems.map((p) => [p.rule, p.severity, p.clause, p.message]),
    [
      [
        'operative-verb',
        'error',
        'operative paragraph 2',
        "expected a verb in the present tense, found 'Noting'",
      ],
    ],
  )
  assert.equal(at(doc, problems[0]!), 'Noting')
  assert.equal(problems[0]!.clauseId, null)
})

test('a preambular paragraph opening with an operative verb is an error, an unknown phrase a warning', () => {
  const doc = resolution('en', [
    pre('Decides', ' that the meeting shall be held,'),
    pre('Pondering', ' the future,'),
    op('Decides', ' to remain seized of the matter.'),
  ])
  assert.deepEqual(
    lint(doc).map((p) => [p.severity, p.clause, p.message]),
    [
      [
        'error',
        'preambular paragraph 1',
        "expected a participle or adjective phrase, found the operative verb 'Decides'",
      ],
      [
        'warning',
        'preambular paragraph 2',
        "expected a participle or adjective phrase from the lexicon, found 'Pondering'",
      ],
    ],
  )
})

test('French phrases agree with the organ, with the right form as fix', () => {
  const ga = resolution('fr', [
    pre('Conscient', ' de la nécessité d’agir,'),
    op('Décide', ' de rester saisie de la question.'),
  ])
  const problems = lint(ga)
  assert.deepEqual(
    problems.map((p) => [p.rule, p.severity, p.clause, p.message]),
    [
      [
        'agreement',
        'error',
        'preambular paragraph 1',
        "'Conscient' does not agree with the General Assembly, which is feminine in French: write 'Consciente'",
      ],
    ],
  )
  assert.equal(problems[0]!.fix!.label, "Replace 'Conscient' by 'Consciente'")
  const after = fixed(ga)
  assert.equal(blocksOf(after)[3]!.textContent, 'Consciente de la nécessité d’agir,')
  assert.ok(blocksOf(after)[3]!.firstChild!.firstChild!.marks.some((m) => m.type === marks.opening))
  assert.deepEqual(found(after), [])

  const sc = resolution(
    'fr',
    [pre('Consciente', ' de la nécessité d’agir,'), op('Décide', ' de rester saisi de la question.')],
    {
      organ: 'sc',
      title: '',
    },
  )
  assert.deepEqual(found(sc), [
    [
      'agreement',
      'preambular paragraph 1',
      "'Consciente' does not agree with the Security Council, which is masculine in French: write 'Conscient'",
    ],
  ])
  assert.deepEqual(found(fixed(sc)), [])
})

test('Spanish: agreement with the organ and "Solicita también"', () => {
  const doc = resolution(
    'es',
    [
      pre('Convencido', ' de la necesidad de cooperar,'),
      op('Solicita al Secretario General', ' que le presente un informe;'),
      op('Solicita al Secretario General', ' que consulte a los Estados;'),
      op('Decide', ' seguir examinando la cuestión.'),
    ],
    { title: 'Cooperación internacional' },
  )
  const problems = lint(doc)
  assert.deepEqual(
    problems.map((p) => [p.rule, p.clause, p.message, p.fix?.label]),
    [
      [
        'agreement',
        'preambular paragraph 1',
        "'Convencido' does not agree with the General Assembly, which is feminine in Spanish: write 'Convencida'",
        "Replace 'Convencido' by 'Convencida'",
      ],
      [
        'repeated-verb',
        'operative paragraph 2',
        "'Solicita' repeats the verb of operative paragraph 1: write 'Solicita también'",
        "Insert 'también' after 'Solicita'",
      ],
    ],
  )
  const after = fixed(doc, problems)
  assert.equal(
    blocksOf(after)[5]!.textContent,
    'Solicita también al Secretario General que consulte a los Estados;',
  )
  assert.deepEqual(found(after), [])
})

test('final punctuation: comma, semicolon, full stop for the last, colon before sub-paragraphs', () => {
  const doc = resolution('en', [
    pre('Recalling', ' its resolutions;'),
    pre('Reaffirming', ' the Charter'),
    op('Decides', ' to act,'),
    op('Requests', ' the Secretary-General', sub('to report;'), sub('to consult. '), sub('to act; and')),
    op('Urges', ' States to cooperate;'),
  ])
  assert.deepEqual(found(doc), [
    ['ending', 'preambular paragraph 1', "expected ',' at the end, found ';'"],
    ['ending', 'preambular paragraph 2', "expected ',' at the end"],
    ['ending', 'operative paragraph 1', "expected ';' at the end, found ','"],
    ['ending', 'operative paragraph 2', "expected ':' at the end, to introduce what follows"],
    ['ending', 'operative paragraph 2 (b)', "expected ';' or '; and' at the end, found '.'"],
    ['ending', 'operative paragraph 2 (c)', "expected ';' at the end, found '; and'"],
    ['ending', 'operative paragraph 3', "expected '.' at the end of the last operative paragraph, found ';'"],
  ])
  const labels = lint(doc).map((p) => p.fix?.label)
  assert.deepEqual(labels, [
    "Replace ';' by ','",
    "Insert ',' at the end",
    "Replace ',' by ';'",
    "Insert ':' at the end",
    "Replace '.' by ';'",
    undefined, // "; and" closing a paragraph: which of the two is wrong is not certain
    "Replace ';' by '.'",
  ])
  assert.deepEqual(found(fixed(doc)), [
    ['ending', 'operative paragraph 2 (c)', "expected ';' at the end, found '; and'"],
  ])
})

test('French endings take a space before the semicolon and the colon, and the fix inserts a no-break space', () => {
  const doc = resolution('fr', [
    pre('Rappelant', ' ses résolutions,'),
    op('Réaffirme', ' que la coopération est indispensable.'),
    op(
      'Demande',
      ' aux États de coopérer',
      sub('en matière de dialogue ;'),
      sub('en matière d’assistance ; et'),
      sub('en matière de formation ;'),
    ),
    op('Décide', ' de poursuivre l’examen de la question'),
  ])
  assert.deepEqual(found(doc), [
    ['ending', 'operative paragraph 1', "expected ' ;' at the end, found '.'"],
    ['ending', 'operative paragraph 2', "expected ' :' at the end, to introduce what follows"],
    ['ending', 'operative paragraph 3', "expected '.' at the end of the last operative paragraph"],
  ])
  const after = fixed(doc)
  assert.equal(blocksOf(after)[4]!.textContent, 'Réaffirme que la coopération est indispensable\u00a0;')
  assert.equal(blocksOf(after)[5]!.firstChild!.textContent, 'Demande aux États de coopérer\u00a0:')
  assert.deepEqual(found(after), [])
})

test('a footnote marker after the last word: English puts the mark before it, French after it', () => {
  const en = resolution('en', [
    pre('Recalling', [' the Declaration', note('Resolution 55/2.')]),
    op('Decides', ' to act.'),
  ])
  const fixedEn = blocksOf(fixed(en))[3]!.firstChild!
  assert.equal(fixedEn.child(1).text, ' the Declaration,')
  assert.equal(fixedEn.child(2).type.name, 'footnote')
  const fr = resolution('fr', [
    pre('Rappelant', [' la Déclaration', note('Résolution 55/2.')]),
    op('Décide', ' d’agir.'),
  ])
  const fixedFr = blocksOf(fixed(fr))[3]!.firstChild!
  assert.equal(fixedFr.child(2).type.name, 'footnote')
  assert.equal(fixedFr.child(3).text, ',')
})

test('a verb repeated from the paragraph directly before, to the same party, wants "Also"', () => {
  const doc = resolution('en', [
    op('Requests the Secretary-General', ' to report on the situation;'),
    op('Requests the Secretary-General', ' to consult Member States;'),
    op('Decides', ' to act;'),
    op('Decides', ' to meet again;'),
    op('Also requests', ' the Secretary-General to act;'),
    op('Requests', ' the Secretary-General, in consultation with States, to act;'),
    op('Calls upon', ' the parties to cooperate;'),
    op('Calls upon', ' all States to support the process;'),
    op('Decides', ' to remain seized of the matter.'),
  ])
  const problems = lint(doc)
  assert.deepEqual(
    problems.map((p) => [p.rule, p.severity, p.clause, p.message, p.fix?.label]),
    [
      [
        'repeated-verb',
        'warning',
        'operative paragraph 2',
        "'Requests' repeats the verb of operative paragraph 1: write 'Also requests'",
        "Replace 'Requests' by 'Also requests'",
      ],
      [
        'repeated-verb',
        'warning',
        'operative paragraph 4',
        "'Decides' repeats the verb of operative paragraph 3: write 'Also decides'",
        "Replace 'Decides' by 'Also decides'",
      ],
      [
        'repeated-verb',
        'warning',
        'operative paragraph 6',
        "'Requests' repeats the verb of operative paragraph 5: write 'Further requests'",
        "Replace 'Requests' by 'Further requests'",
      ],
    ],
  )
  assert.equal(at(doc, problems[0]!), 'Requests')
  const after = fixed(doc, problems)
  assert.match(blocksOf(after)[4]!.textContent, /^Also requests the Secretary-General to consult/)
  assert.match(blocksOf(after)[8]!.textContent, /^Further requests the Secretary-General, in consultation/)
  assert.deepEqual(found(after), [])
})

test('in French the marker follows the verb: "Prie également"', () => {
  const doc = resolution('fr', [
    op('Prie le Secrétaire général', ' de lui faire rapport ;'),
    op('Prie le Secrétaire général', ' de consulter les États ;'),
    op('Demande instamment', ' aux États d’agir ;'),
    op('Demande instamment', ' aux États d’agir ;'),
    op('Décide', ' de poursuivre l’examen de la question.'),
  ])
  const problems = lint(doc)
  assert.deepEqual(
    problems.map((p) => [p.clause, p.message, p.fix?.label]),
    [
      [
        'operative paragraph 2',
        "'Prie' repeats the verb of operative paragraph 1: write 'Prie également'",
        "Insert 'également' after 'Prie'",
      ],
      // Where an adverb follows the verb, the marker's place is a matter of style: no fix.
      [
        'operative paragraph 4',
        "'Demande' repeats the verb of operative paragraph 3: write 'Demande également'",
        undefined,
      ],
    ],
  )
  assert.equal(
    blocksOf(fixed(doc, problems))[4]!.textContent,
    'Prie également le Secrétaire général de consulter les États ;',
  )
})

test('French spacing: a space before ";", ":", "?", "!" and inside guillemets', () => {
  const doc = resolution('fr', [
    pre('Rappelant', ' sa résolution intitulée «Transformer notre monde: le Programme»,'),
    op('Réaffirme', ' que la coopération est indispensable;'),
    op('Décide', ' de poursuivre l’examen de la question à 10:30, voir https://undocs.org.'),
  ])
  const problems = lint(doc)
  assert.deepEqual(
    problems.map((p) => [p.rule, p.severity, p.clause, p.message, p.fix?.label]),
    [
      [
        'spacing',
        'warning',
        'preambular paragraph 1',
        "French puts a space after '«'",
        "Insert a no-break space after '«'",
      ],
      [
        'spacing',
        'warning',
        'preambular paragraph 1',
        "French puts a space before ':'",
        "Insert a no-break space before ':'",
      ],
      [
        'spacing',
        'warning',
        'preambular paragraph 1',
        "French puts a space before '»'",
        "Insert a no-break space before '»'",
      ],
      [
        'spacing',
        'warning',
        'operative paragraph 1',
        "French puts a space before ';'",
        "Insert a no-break space before ';'",
      ],
    ],
  )
  assert.equal(at(doc, problems[3]!), ';')
  const after = fixed(doc, problems)
  assert.equal(
    blocksOf(after)[3]!.textContent,
    'Rappelant sa résolution intitulée «\u00a0Transformer notre monde\u00a0: le Programme\u00a0»,',
  )
  assert.deepEqual(found(after), [])
})

test('English spacing: no space before punctuation', () => {
  const doc = resolution('en', [
    pre('Recalling', ' its resolutions , and the Charter,'),
    op('Decides', ' to act ;'),
    op('Decides', ' further to meet ... again.'),
  ])
  assert.deepEqual(found(doc), [
    ['spacing', 'preambular paragraph 1', "no space before ',' in English"],
    ['spacing', 'operative paragraph 1', "no space before ';' in English"],
  ])
  assert.deepEqual(found(fixed(doc)), [])
})

test('Chinese: full-width punctuation, clause endings "，" "；" "。", no spaces around its marks', () => {
  const { doc } = importResolution(
    [
      '大会，',
      '回顾其以往关于加强人权领域国际合作的各项决议, 重申致力于《 联合国宪章》的宗旨 ，',
      '1．决定继续审议这一问题;',
      '2．请秘书长在2024年10:30之前提出报告：',
      '(a) 关于合作；',
      '(b) 关于对话。',
    ].join('\n\n'),
    { lang: 'zh' },
  )
  const problems = lint(doc).filter((p) => p.rule !== 'empty')
  assert.deepEqual(
    problems.map((p) => [p.rule, p.clause, p.message, at(doc, p)]),
    [
      ['punctuation', 'preambular paragraph 1', "Chinese writes '，', not ','", ','],
      ['spacing', 'preambular paragraph 1', "no space after '《' in Chinese", '《 '],
      ['spacing', 'preambular paragraph 1', "no space before '，' in Chinese", ' ，'],
      ['ending', 'operative paragraph 1', "expected '；' at the end, found ';'", ';'],
    ],
    'a colon between digits is a time, not a mark to replace',
  )
  // The half-width comma goes with the space after it.
  assert.equal(problems[0]!.fix!.label, "Replace ', ' by '，'")
  assert.deepEqual(
    found(fixed(doc, problems)).filter(([rule]) => rule !== 'empty'),
    [],
  )
  const text = fixed(doc, problems).textContent
  assert.match(text, /各项决议，重申致力于《联合国宪章》的宗旨，/)
  assert.match(text, /这一问题；/)
})

test('Arabic: the Arabic comma and semicolon, no space before them, "؛" before the last "."', () => {
  const { doc } = importResolution(
    [
      'إن الجمعية العامة،',
      'إذ تشير إلى قراراتها السابقة بشأن حقوق الإنسان, وإلى الميثاق ،',
      '1 - تقرر مواصلة النظر في المسألة;',
      '2 - تطلب إلى الأمين العام أن يقدم تقريرا عن 1,000 حالة? عن ذلك.',
    ].join('\n\n'),
    { lang: 'ar' },
  )
  const problems = lint(doc).filter((p) => p.rule !== 'empty')
  assert.deepEqual(
    problems.map((p) => [p.rule, p.clause, p.message, at(doc, p)]),
    [
      ['punctuation', 'preambular paragraph 1', "Arabic writes '،', not ','", ','],
      ['spacing', 'preambular paragraph 1', "no space before '،' in Arabic", ' ،'],
      ['ending', 'operative paragraph 1', "expected '؛' at the end, found ';'", ';'],
      ['punctuation', 'operative paragraph 2', "Arabic writes '؟', not '?'", '?'],
    ],
    'a comma between digits is part of a number',
  )
  const text = fixed(doc, problems).textContent
  assert.match(text, /حقوق الإنسان، وإلى الميثاق،/)
  assert.match(text, /المسألة؛/)
  assert.deepEqual(
    found(fixed(doc, problems)).filter(([rule]) => rule !== 'empty'),
    [],
  )
})

test('empty clauses and an empty title are errors; a Security Council text has no title', () => {
  const doc = resolution(
    'en',
    [
      nodes.preambular.create(null, para()),
      op('Requests', ' the Secretary-General:', sub(''), sub('to report.')),
      nodes.operative.create(null, para(' ', note('A/1.'))),
    ],
    { title: '' },
  )
  const problems = lint(doc)
  assert.deepEqual(
    problems.map((p) => [p.rule, p.clause, p.message]),
    [
      ['empty', 'title', 'the title is empty'],
      ['empty', 'preambular paragraph 1', 'the paragraph is empty'],
      ['empty', 'operative paragraph 1 (a)', 'the sub-paragraph is empty'],
      // the last sub-paragraph carries the ending of its paragraph
      ['ending', 'operative paragraph 1 (b)', "expected ';' at the end, found '.'"],
      ['empty', 'operative paragraph 2', 'the paragraph is empty'],
    ],
  )
  assert.equal(problems[1]!.to - problems[1]!.from, 2, 'an empty para is underlined as a whole')
  const sc = resolution('en', [op('Decides', ' to remain seized of the matter.')], { organ: 'sc', title: '' })
  assert.deepEqual(found(sc), [])
})

test('unbalanced brackets and quotation marks, counted over the whole paragraph', () => {
  const doc = resolution('en', [
    pre('Recalling', ' Article 2 (4 of the Charter,'),
    pre('Recalling also', ' the “Uniting for peace” resolution] and “the Charter,'),
    op(
      'Decides',
      ' to amend the text to read:',
      quote('“(a) The Assembly shall meet;', sub('(b) It shall report.”;')),
    ),
    op('Urges', ' States to say "yes" and "no.'),
  ])
  const problems = lint(doc)
  assert.deepEqual(
    problems.map((p) => [p.rule, p.clause, p.message, at(doc, p)]),
    [
      ['balance', 'preambular paragraph 1', "'(' is not closed", '('],
      ['balance', 'preambular paragraph 2', "']' has no opening '['", ']'],
      ['balance', 'preambular paragraph 2', "'“' is not closed", '“'],
      ['balance', 'operative paragraph 2', "'\"' is not closed", '"'],
    ],
  )
})

test('French cites sub-paragraphs with a closing parenthesis alone, which is not unbalanced', () => {
  const doc = resolution('fr', [
    pre('Rappelant', ' l’alinéa a) du paragraphe 3 et le sous-alinéa ii) de sa résolution 70/1,'),
    op('Décide', ' d’agir (dans les limites des ressources disponibles.'),
  ])
  assert.deepEqual(found(doc), [['balance', 'operative paragraph 1', "'(' is not closed"]])
})

test('footnote markers without notes: an empty footnote, a superscript number that is no footnote', () => {
  const doc = resolution('en', [
    pre('Recalling', [' its resolution 70/1', note('A/70/1.'), ' and 70/2', sup('3'), ',']),
    pre('Recalling also', [' its resolution 70/3', note(), ',']),
    op('Decides', [' to act', sup('1'), '.']),
  ])
  const problems = lint(doc)
  assert.deepEqual(
    problems.map((p) => [p.rule, p.clause, p.message]),
    [
      [
        'footnote',
        'preambular paragraph 1',
        "superscript '3' looks like a footnote marker, but there is no footnote 3",
      ],
      ['footnote', 'footnote 2', 'footnote 2, in preambular paragraph 2, has no text'],
    ],
  )
  assert.equal(at(doc, problems[0]!), '3')
})

test('the problems are listed by position and printed one a line', () => {
  const doc = resolution('en', [pre('Recalling', ' its resolutions;'), op('Noting', ' the report.')])
  const problems = lint(doc)
  assert.deepEqual(
    problems.map((p) => p.from),
    [...problems.map((p) => p.from)].sort((a, b) => a - b),
  )
  assert.equal(
    formatLint(problems),
    [
      "preambular paragraph 1: error: expected ',' at the end, found ';'",
      "operative paragraph 1: error: expected a verb in the present tense, found 'Noting'",
    ].join('\n'),
  )
  assert.equal(formatLint([]), '')
})

test('text proposed for insertion is not linted until it is accepted', () => {
  const ins = marks.insertion.create({ amendment: 'a1', delegation: 'Egypt' })
  const doc = resolution('en', [
    pre('Recalling', ' its resolutions,'),
    nodes.operative.create(null, para(opening('Decides'), ' to act.', schema.text(' Noting', [ins]))),
  ])
  assert.deepEqual(found(doc), [])
})

test('a paragraph proposed for insertion or as the new place of a move is not linted until it is accepted', () => {
  const ins = marks.insertion.create({ amendment: 'a2', delegation: 'Egypt' })
  const proposed = (kind: 'insert' | 'move', from?: string) =>
    nodes.operative.create(
      {
        id: `p-${kind}`,
        proposal: proposalAttr({ amendment: 'a2', delegation: 'Egypt', kind, ...(from ? { from } : {}) }),
      },
      nodes.para.create(null, schema.text('Noting the report', [ins])),
    )
  const last = nodes.operative.create({ id: 'c2' }, para(opening('Decides'), ' to remain seized.'))
  const agreed = [pre('Recalling', ' its resolutions,'), op('Requests', ' a report;'), last]
  for (const clause of [proposed('insert'), proposed('move', 'c2')]) {
    // After the last operative paragraph: were it linted, it would be empty, and the last agreed paragraph,
    // which rightly ends with a full stop, would be told to end with a semicolon.
    assert.deepEqual(found(resolution('en', [...agreed, clause])), [], clause.attrs.proposal)
  }
  const deleted = nodes.operative.create(
    { id: 'c3', proposal: proposalAttr({ amendment: 'a3', delegation: 'Egypt', kind: 'delete' }) },
    para(opening('Noting'), ' the report.'),
  )
  assert.deepEqual(
    found(resolution('en', [...agreed.slice(0, 2), deleted])).map(([rule]) => rule),
    ['operative-verb'],
    'a paragraph proposed for deletion is still agreed text',
  )
})

test('the samples lint clean', () => {
  for (const name of ['fr_A-RES-71-194.md', 'en_A-RES-ES-11-1.txt']) {
    const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
    const { doc } = importResolution(text)
    assert.ok(blocksOf(doc).length > 10, `${name} imports into a resolution`)
    assert.equal(formatLint(lint(doc)), '', name)
  }
})

test('a quoted paragraph left empty, an introduction that ends wrong, a sub-sub-paragraph and a note in the title', () => {
  const doc = draftOf({ lang: 'en', organ: 'ga' }, [
    nodes.header.create(),
    nodes.title.create(null, [schema.text('International cooperation'), note()]),
    nodes.formula.create(null, schema.text('The General Assembly,')),
    op('Decides', ' to amend the text to read;', quote('')),
    op(
      'Requests',
      ' the Secretary-General:',
      sub('to report:', sub('on finance,'), sub('on staffing;')),
      sub('to act.'),
    ),
  ])
  doc.check()
  assert.deepEqual(
    lint(doc).map((p) => [p.code, p.clause, p.message]),
    [
      ['footnote-empty', 'footnote 1', 'footnote 1, in the title, has no text'],
      [
        'ending-colon-found',
        'operative paragraph 1',
        "expected ':' at the end, to introduce what follows, found ';'",
      ],
      ['empty-quoted', 'operative paragraph 1', 'the quoted paragraph is empty'],
      ['ending-found', 'operative paragraph 2 (a) (i)', "expected ';' or '; and' at the end, found ','"],
    ],
  )
  assert.deepEqual(lint(doc)[0]!.place, { kind: 'footnote', number: 1 })
  assert.deepEqual(lint(doc)[0]!.args, { number: 1, block: { kind: 'title' } })
  assert.deepEqual(lint(doc)[3]!.place, { kind: 'operative', number: 2, labels: ['(a)', '(i)'] })
})

// Last: every problem the tests above found, checked against the English table it is written from.
test('every problem above has a code and arguments that its English template turns into its message', () => {
  const codes = new Set<string>()
  for (const { doc, problems } of linted) {
    const numbering = numberDocument(doc)
    for (const p of problems) {
      codes.add(p.code)
      assert.equal(lintMessageText(p, englishLint), p.message, p.code)
      assert.equal(lintPlaceText(p.place, englishLint), p.clause, p.code)
      if (p.place.kind === 'preambular' || p.place.kind === 'operative') {
        // The place's English name is the one numbering gives the clause.
        const { kind, number, labels } = p.place
        const info = numbering.clauses.find(
          (c) =>
            c.paragraphKind === kind && c.paragraph === number && c.path.slice(1).join() === labels.join(),
        )
        assert.equal(info && clauseName(info), p.clause)
      }
      if (p.fix) {
        codes.add(p.fix.code)
        assert.equal(lintFixText(p.fix, englishLint), p.fix.label, p.fix.code)
      }
    }
  }
  const all = Object.keys(LINT_ENGLISH).filter((key) => !key.includes('.'))
  assert.deepEqual([...codes].sort(), all.sort(), 'every message and fix code is met by a test above')
})
