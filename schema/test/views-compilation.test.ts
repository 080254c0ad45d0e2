import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { Fragment, Slice } from 'prosemirror-model'
import { blocksOf, compile, schema, toHTML, toText, writeView } from '../index.ts'
import { clause, del, draft, ins, record, w } from './amendment-drafts.ts'
import { viewsRecords, viewsSample } from './views-sample.ts'

const compilation = (format: 'md' | 'txt' | 'html', lang: 'en' | 'fr' = 'en') =>
  writeView(viewsSample(lang), viewsRecords(), { view: 'compilation', format })

const lines = (text: string) => text.split('\n').filter((l) => l !== '')

test('the compilation text shows every pending proposal of both delegations, attributed', () => {
  const body = lines(compilation('txt')).slice(lines(compilation('txt')).indexOf('The General Assembly,') + 1)
  assert.deepEqual(body, [
    'PP1 Recalling {+also +}[Egypt] its resolution 70/1,',
    'PP1 bis [Proposed by Chile: new paragraph] Noting with concern the report,',
    'OP1 Decides to [-promote-]{+promote and protect+} [Egypt]{+advance+} [Chile, supported by Brazil] human rights;',
    'OP1 bis [Proposed by Egypt: new paragraph] Calls upon States to act;',
    'OP2 [Chile proposes to delete this paragraph] Requests a report;',
    'OP3 [Egypt proposes to move this paragraph (see OP5 bis)] Invites States to cooperate;',
    // Chile's rejected deletion and Egypt's withdrawn insertion are not shown.
    'OP4 Urges all States to report;',
    'OP5 Decides to remain seized of the matter.',
    'OP5 bis [Egypt proposes to move OP3 here]',
  ])
})

test('the plain-text compilation opens with a legend of its marks', () => {
  assert.match(
    compilation('txt'),
    /^Compilation text: \{\+inserted words\+\} \[-deleted words-\] \[delegation proposing the change\]; paragraphs are numbered as in the text without pending proposals/m,
  )
  assert.match(compilation('txt', 'fr'), /^Texte de compilation\u00a0: \{\+mots ajoutés\+\}/m)
})

test('the HTML compilation marks changes with <ins>/<del>, names the proposer after each, and has a legend', () => {
  const html = compilation('html')
  assert.match(html, /^<!doctype html>/)
  assert.match(html, /<article class="resolution compilation" lang="en" dir="ltr">/)
  assert.match(html, /<p class="legend"><strong>Compilation text<\/strong>: <ins>inserted words<\/ins> <del>/)
  assert.match(
    html,
    /<ins data-amendment="E2" data-delegation="Egypt">promote and protect<\/ins><sup class="credit">\[Egypt\]<\/sup><ins data-amendment="C1" data-delegation="Chile">advance<\/ins><sup class="credit">\[Chile, supported by Brazil\]<\/sup> human rights;/,
  )
  assert.match(
    html,
    /<del data-amendment="E2" data-delegation="Egypt"><del data-amendment="C1"[^>]*>promote<\/del><\/del>/,
  )
  assert.match(
    html,
    /<span class="num">OP1 bis<\/span> <span class="proposal-note">\[Proposed by Egypt: new paragraph\]<\/span> Calls upon States to act;/,
  )
  assert.match(
    html,
    /<span class="num">OP5 bis<\/span> <span class="proposal-note">\[Egypt proposes to move OP3 here\]<\/span><\/p>/,
  )
  assert.match(html, /\.compilation \.credit \{/, 'the page carries the compilation stylesheet')
  assert.ok(!html.includes('annually') && !html.includes('data-amendment="C4"'), 'decided proposals are gone')
})

test('the Markdown compilation writes changes as in HTML, labels in bold and notes in italics', () => {
  const md = compilation('md')
  assert.match(
    md,
    /^\*\*Compilation text\*\*: <ins>inserted words<\/ins> <del>deleted words<\/del> <sup>\[delegation proposing the change\]<\/sup>; paragraphs/m,
  )
  assert.match(
    md,
    /^\*\*OP1\*\* Decides to <del [^>]*><del [^>]*>promote<\/del><\/del><ins data-amendment="E2" data-delegation="Egypt">promote and protect<\/ins><sup>\[Egypt\]<\/sup><ins [^>]*>advance<\/ins><sup>\[Chile, supported by Brazil\]<\/sup> human rights;$/m,
  )
  assert.match(
    md,
    /^\*\*PP1 bis\*\* \*\\\[Proposed by Chile: new paragraph\\\]\* Noting with concern the report,$/m,
  )
  assert.match(md, /^\*\*OP5 bis\*\* \*\\\[Egypt proposes to move OP3 here\\\]\*$/m)
})

test('the French compilation notes and credits are in French', () => {
  const text = compilation('txt', 'fr')
  assert.match(
    text,
    /^PP1 bis \[Proposé par Chile\u00a0: nouveau paragraphe\] Notant avec préoccupation le rapport,$/m,
  )
  assert.match(text, /\{\+faire progresser\+\} \[Chile, avec l'appui de Brazil\] les droits/)
  assert.match(text, /^OP2 \[Chile propose de supprimer ce paragraphe\] Demande un rapport ;$/m)
})

/** A draft whose operative paragraph 1 has sub-paragraphs (a) and (b), with proposals around them. */
function withSubparagraphs(lang: 'en' | 'fr'): Node {
  const sub = (id: string, text: string, amendment?: string) =>
    clause(
      'subparagraph',
      id,
      text,
      amendment ? { proposal: { amendment, delegation: 'Egypt', kind: 'insert' } } : {},
    )
  return draft(lang, [
    clause('operative', 'o1', 'Requests the Secretary-General:', {
      subs: [
        sub('s0', 'to begin;', 'E0'),
        sub('s1', 'to report;'),
        sub('s2', 'to act;', 'E1'),
        sub('s3', 'to plan;', 'E2'),
        sub('s4', 'to review;'),
      ],
    }),
    clause('operative', 'n1', 'Welcomes the report;', {
      proposal: { amendment: 'E3', delegation: 'Egypt', kind: 'insert' },
    }),
    clause('operative', 'n2', 'Notes the plan;', {
      proposal: { amendment: 'E4', delegation: 'Egypt', kind: 'insert' },
    }),
    clause('operative', 'o2', 'Decides to remain seized.'),
  ])
}

test('proposed sub-paragraphs and successive proposed paragraphs are numbered bis, ter after the one they follow', () => {
  const labels = (lang: 'en' | 'fr') => [...compile(withSubparagraphs(lang)).labels.values()]
  // (bis) stands before (a): no sub-paragraph of the text comes before it.
  assert.deepEqual(labels('en'), [
    'OP1',
    '(bis)',
    '(a)',
    '(a bis)',
    '(a ter)',
    '(b)',
    'OP1 bis',
    'OP1 ter',
    'OP2',
  ])
  assert.deepEqual(labels('fr'), ['OP1', 'bis)', 'a)', 'a bis)', 'a ter)', 'b)', 'OP1 bis', 'OP1 ter', 'OP2'])
  const c = compile(withSubparagraphs('en'))
  const text = toText(c.doc, { compilation: c })
  assert.match(text, /^ {4}\(a bis\) \[Proposed by Egypt: new paragraph\] to act;$/m)
  assert.match(text, /^OP1 ter \[Proposed by Egypt: new paragraph\] Notes the plan;$/m)
})

test('a cross-reference names its target by its number in the text without pending proposals', () => {
  const ref = schema.nodes.xref.create({ target: 'o3' })
  const doc = draft('en', [
    clause('operative', 'o1', 'Decides;'),
    clause('operative', 'n1', 'Welcomes;', {
      proposal: { amendment: 'E1', delegation: 'Egypt', kind: 'insert' },
    }),
    clause('operative', 'o2', 'Recalls;'),
    clause('operative', 'o3', 'Requests;'),
  ])
  const last = blocksOf(doc).at(-1)!
  const para = last.firstChild!.copy(
    last.firstChild!.content.append(schema.nodes.para.create(null, [schema.text(' see '), ref]).content),
  )
  const end = doc.content.size - 1
  const withRef = doc.replace(
    end - last.nodeSize,
    end,
    new Slice(Fragment.from(last.copy(last.content.replaceChild(0, para))), 0, 0),
  )
  const c = compile(withRef)
  assert.match(toText(c.doc, { compilation: c }), /^OP3 Requests; see 3$/m)
  assert.match(toHTML(c.doc, { compilation: c }), /data-target="o3" href="#clause-o3">3<\/a>/)
})

test('an accepted amendment whose marks are still in the text is shown as agreed text', () => {
  const doc = draft('en', [
    clause('operative', 'o1', ['Decides to ', w('promote', del('E1')), w('advance', ins('E1')), ' rights;']),
    clause('operative', 'o2', ['Urges ', w('all ', ins('C1', 'Chile')), 'States;']),
  ])
  const records = [
    record('E1', { status: 'accepted' }),
    record('C1', { delegation: 'Chile', kind: 'insert-words', clause: 'o2' }),
  ]
  const text = writeView(doc, records, { view: 'compilation', format: 'txt' })
  assert.match(text, /^OP1 Decides to advance rights;$/m)
  assert.match(text, /^OP2 Urges \{\+all \+\}\[Chile\] States;$/m)
})

test('a compilation is written only for the document it was made for', () => {
  const c = compile(viewsSample(), viewsRecords())
  assert.throws(
    () => toText(viewsSample(), { compilation: c }),
    /toText: the compilation was made for another document/,
  )
})

test('a paragraph proposed before operative paragraph 1 is "OP0 bis", as the editor numbers it', () => {
  const doc = draft('en', [
    clause('preambular', 'p1', 'Recalling its resolution,'),
    clause('preambular', 'p2', 'Noting the report,'),
    clause('operative', 'n0', [w('Welcomes the report;', ins('E1'))], {
      proposal: { amendment: 'E1', delegation: 'Egypt', kind: 'insert' },
    }),
    clause('operative', 'o1', 'Decides;'),
  ])
  const c = compile(doc)
  const text = toText(c.doc, { compilation: c })
  assert.match(text, /^PP2 Noting the report,$/m)
  assert.match(text, /^OP0 bis \[Proposed by Egypt: new paragraph\] \{\+Welcomes the report;\+\} \[Egypt\]$/m)
  assert.match(text, /^OP1 Decides;$/m)
})
