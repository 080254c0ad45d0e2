import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import { EditorState } from 'prosemirror-state'
import type { DecorationSet } from 'prosemirror-view'
import {
  type AmendmentStatus,
  cleanDoc,
  numberDocument,
  proposalAttr,
  type StatusOf,
  schema,
} from '../../schema/index.ts'
import {
  clauseNumbers,
  multipleWord,
  numberingKey,
  numberingPlugin,
  renumber,
  withMultiple,
} from '../src/index.ts'
import { clausePos, draft, op, para, pre, proposed, sub, withProposal } from './amendments-fixture.ts'

const pending: StatusOf = () => undefined

/** The label shown for each clause, by id, in document order. */
function labelsById(doc: Node, statusOf: StatusOf = pending): [string, string][] {
  const numbers = clauseNumbers(doc, statusOf)
  const out: [string, string][] = []
  doc.descendants((node, pos) => {
    const number = numbers.get(pos)
    if (number) out.push([node.attrs.id as string, number.label])
    return true
  })
  return out
}

/** The labels the numbering plugin's decorations put on the clauses, in document order. */
function shownLabels(set: DecorationSet | undefined): string[] {
  return (set?.find() ?? [])
    .sort((a, b) => a.from - b.from)
    .map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-label'])
    .filter((label): label is string => label !== undefined)
}

describe('numbers of a draft with proposals', () => {
  it('numbers agreed paragraphs as in the clean text and a proposed one after paragraph 2 as "2 bis"', () => {
    const doc = draft([
      op('o1', 'Urges all States;'),
      op('o2', 'Calls upon Member States;'),
      proposed('operative', 'n1', 'Welcomes the report;', 'fr1', 'France'),
      proposed('operative', 'n2', 'Notes the study;', 'eg1', 'Egypt'),
      op('o3', 'Decides to remain seized of the matter.'),
    ])
    assert.deepEqual(labelsById(doc), [
      ['o1', '1.'],
      ['o2', '2.'],
      ['n1', '2 bis.'],
      ['n2', '2 ter.'],
      ['o3', '3.'],
    ])
    // The agreed paragraphs carry the numbers the clean text gives them.
    const clean = numberDocument(cleanDoc(doc, pending))
    assert.deepEqual(
      clean.clauses.map((c) => [c.id, c.label]),
      [
        ['o1', '1.'],
        ['o2', '2.'],
        ['o3', '3.'],
      ],
    )
  })

  it('counts a proposed paragraph once it is accepted, and renumbers those after it', () => {
    const doc = draft([
      op('o1', 'Urges all States;'),
      proposed('operative', 'n1', 'Welcomes the report;', 'fr1', 'France'),
      op('o2', 'Decides to remain seized of the matter.'),
    ])
    const accepted: StatusOf = (id) => (id === 'fr1' ? 'accepted' : undefined)
    assert.deepEqual(labelsById(doc, accepted), [
      ['o1', '1.'],
      ['n1', '2.'],
      ['o2', '3.'],
    ])
  })

  it('keeps the number of a paragraph proposed for deletion or moved away until the proposal is accepted', () => {
    const doc = draft([
      withProposal(op('o1', 'Urges all States;'), 'br1', 'Brazil', 'delete'),
      op('o2', 'Calls upon Member States;'),
      op('o3', 'Decides to remain seized of the matter.'),
    ])
    assert.deepEqual(labelsById(doc), [
      ['o1', '1.'],
      ['o2', '2.'],
      ['o3', '3.'],
    ])
    assert.deepEqual(
      labelsById(doc, (id) => (id === 'br1' ? 'accepted' : undefined)),
      [
        ['o1', ''],
        ['o2', '1.'],
        ['o3', '2.'],
      ],
      'an accepted deletion takes the paragraph out of the count (until the paragraph goes)',
    )
    // A move: the paragraph keeps its number where it stands, its copy at the new place reads "bis".
    const copy = schema.nodes.operative.create(
      {
        id: 'm1',
        proposal: proposalAttr({ amendment: 'br2', delegation: 'Brazil', kind: 'move', from: 'o1' }),
      },
      [para('Urges all States;')],
    )
    const moved = draft([
      withProposal(op('o1', 'Urges all States;'), 'br2', 'Brazil', 'move'),
      op('o2', 'Calls upon Member States;'),
      copy,
      op('o3', 'Decides to remain seized of the matter.'),
    ])
    assert.deepEqual(labelsById(moved), [
      ['o1', '1.'],
      ['o2', '2.'],
      ['m1', '2 bis.'],
      ['o3', '3.'],
    ])
  })

  it('puts a proposal before the first paragraph at "0 bis", a sub-paragraph after (a) at "(a bis)"', () => {
    const doc = draft([
      pre('p1', 'Recalling its resolution 70/1,'),
      proposed('operative', 'n0', 'Welcomes the report;', 'fr1', 'France'),
      op(
        'o1',
        'Urges all States:',
        sub('s1', 'in law;'),
        proposed('subparagraph', 'ns', 'in policy;', 'fr2', 'France'),
        sub('s2', 'in practice;'),
      ),
      op(
        'o2',
        'Decides:',
        proposed('subparagraph', 'nf', 'first;', 'fr3', 'France'),
        sub('s3', 'to remain seized of the matter.'),
      ),
    ])
    assert.deepEqual(labelsById(doc), [
      ['p1', ''],
      ['n0', '0 bis.'],
      ['o1', '1.'],
      ['s1', '(a)'],
      ['ns', '(a bis)'],
      ['s2', '(b)'],
      ['o2', '2.'],
      ['nf', '(bis)'],
      ['s3', '(a)'],
    ])
    const numbers = clauseNumbers(doc, pending)
    assert.equal(numbers.get(clausePos(doc, 'n0'))?.number, '0 bis')
    assert.equal(numbers.get(clausePos(doc, 'n0'))?.proposed, true)
    assert.equal(
      numbers.get(clausePos(doc, 'p1'))?.number,
      '1',
      'a preambular paragraph is named by its ordinal',
    )
  })

  it('labels the sub-paragraphs inside a proposed paragraph by their place in it', () => {
    const doc = draft([
      op('o1', 'Urges all States;'),
      proposed(
        'operative',
        'n1',
        'Decides:',
        'fr1',
        'France',
        proposed('subparagraph', 'ns1', 'one;', 'fr1', 'France'),
        proposed('subparagraph', 'ns2', 'two;', 'fr1', 'France'),
      ),
      op('o2', 'Decides to remain seized of the matter.'),
    ])
    assert.deepEqual(labelsById(doc), [
      ['o1', '1.'],
      ['n1', '1 bis.'],
      ['ns1', '(a)'],
      ['ns2', '(b)'],
      ['o2', '2.'],
    ])
  })

  it('follows the language of the draft: French sub-paragraphs, Arabic operative numbers', () => {
    const fr = draft([
      op('o1', 'Décide :', sub('s1', 'un ;'), proposed('subparagraph', 'n', 'deux ;', 'f', 'France')),
    ])
    const frDoc = fr.type.create({ ...fr.attrs, lang: 'fr' }, fr.content)
    assert.deepEqual(labelsById(frDoc).slice(1), [
      ['s1', 'a)'],
      ['n', 'a bis)'],
    ])
    const ar = draft([
      op('o1', 'يقرر;'),
      proposed('operative', 'n', 'يرحب;', 'f', 'Egypt'),
      op('o2', 'يقرر.'),
    ])
    const arDoc = ar.type.create({ ...ar.attrs, lang: 'ar' }, ar.content)
    assert.deepEqual(labelsById(arDoc), [
      ['o1', '1 -'],
      ['n', '1 bis -'],
      ['o2', '2 -'],
    ])
  })

  it('writes the Latin multiples in order, and sets them inside the punctuation of a label', () => {
    assert.deepEqual([1, 2, 3, 9].map(multipleWord), ['bis', 'ter', 'quater', 'decies'])
    assert.equal(multipleWord(10), '(11)')
    assert.throws(() => multipleWord(0), /no multiple word for 0/)
    assert.equal(withMultiple('5.', 'bis'), '5 bis.')
    assert.equal(withMultiple('(b)', 'ter'), '(b ter)')
    assert.equal(withMultiple('5', 'bis'), '5 bis')
    assert.equal(withMultiple('5 -', 'bis'), '5 bis -')
    assert.equal(withMultiple('()', 'bis'), '(bis)')
    assert.equal(withMultiple("'2'", 'ter'), "'2 ter'")
  })
})

describe('the numbering plugin with proposals', () => {
  it('shows "bis" on a proposed paragraph, and renumbers when told the amendment was accepted', () => {
    const statuses = new Map<string, AmendmentStatus>()
    const doc = draft([
      op('o1', 'Urges all States;'),
      proposed('operative', 'n1', 'Welcomes the report;', 'fr1', 'France'),
      op('o2', 'Decides to remain seized of the matter.'),
    ])
    const state = EditorState.create({
      doc,
      plugins: [numberingPlugin({ statusOf: () => (id) => statuses.get(id) })],
    })
    assert.deepEqual(shownLabels(numberingKey.getState(state)?.decorations), ['1.', '1 bis.', '2.'])
    const wide = (numberingKey.getState(state)?.decorations.find() ?? []).map(
      (d) => 'data-wide' in (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs,
    )
    assert.deepEqual(
      wide,
      [false, true, false],
      'the first line of "1 bis." leaves its longer label more room',
    )
    statuses.set('fr1', 'accepted')
    const unchanged = state.apply(state.tr)
    assert.equal(
      numberingKey.getState(unchanged),
      numberingKey.getState(state),
      'no recount without a reason',
    )
    const told = state.apply(renumber(state.tr))
    assert.deepEqual(shownLabels(numberingKey.getState(told)?.decorations), ['1.', '2.', '3.'])
  })
})
