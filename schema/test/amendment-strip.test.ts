import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import {
  type AmendmentStatus,
  amendmentNames,
  cleanDoc,
  isFaithfulCopy,
  type StatusOf,
  schema,
  withoutProposalsOf,
} from '../index.ts'
import { clause, del, ins, para, w } from './amendment-drafts.ts'

const pending: StatusOf = () => undefined
const accepted =
  (...ids: string[]) =>
  (id: string): AmendmentStatus | undefined =>
    ids.includes(id) ? 'accepted' : 'proposed'

/** The text of a node without Egypt's pending proposals, or null when it is all Egypt's. */
const strip = (node: Node, statusOf: StatusOf = pending) => {
  const kept = withoutProposalsOf(node, 'Egypt', statusOf)
  return kept && `${kept.attrs.proposal ?? '-'} ${kept.textContent}`
}

test("a clause without a delegation's proposals: its words out, its deletion marks off, others' kept", () => {
  const agreed = clause('operative', 'o1', 'Decides to promote human rights;')
  const amended = clause('operative', 'o1', [
    'Decides to ',
    w('promote', del('E1'), del('C1', 'Chile')),
    w('promote and protect', ins('E1')),
    w('advance', ins('C1', 'Chile')),
    ' human rights;',
  ])
  const chileOnly = clause('operative', 'o1', [
    'Decides to ',
    w('promote', del('C1', 'Chile')),
    w('advance', ins('C1', 'Chile')),
    ' human rights;',
  ])
  assert.ok(withoutProposalsOf(amended, 'Egypt', pending)!.eq(chileOnly))
  assert.ok(withoutProposalsOf(chileOnly, 'Egypt', pending)!.eq(chileOnly), 'nothing of Egypt: unchanged')
  assert.equal(
    withoutProposalsOf(agreed, 'Egypt', pending),
    agreed,
    'the same node when there is nothing to strip',
  )
  // Once accepted, an amendment's words are agreed text, which the delegation may not change any more.
  assert.equal(strip(amended, accepted('E1')), '- Decides to promotepromote and protectadvance human rights;')
})

test('paragraph proposals: its new paragraphs and moved copies go, its delete and move proposals clear', () => {
  const egypt = (kind: 'insert' | 'delete' | 'move', from?: string) => ({
    proposal: { amendment: 'E1', delegation: 'Egypt', kind, ...(from ? { from } : {}) },
  })
  assert.equal(strip(clause('operative', 'n1', 'Requests a report;', egypt('insert'))), null)
  assert.equal(strip(clause('operative', 'm1', 'Invites States;', egypt('move', 'o4'))), null)
  assert.equal(
    strip(clause('operative', 'o3', 'Requests a report;', egypt('delete'))),
    '- Requests a report;',
  )
  assert.equal(strip(clause('operative', 'o4', 'Invites States;', egypt('move'))), '- Invites States;')
  const chile = { proposal: { amendment: 'C1', delegation: 'Chile', kind: 'delete' as const } }
  assert.match(strip(clause('operative', 'o3', 'Requests a report;', chile))!, /"delegation":"Chile"/)
  // A sub-paragraph it proposes goes, and a quotation that held only such sub-paragraphs with it.
  const sub = clause('subparagraph', 's1', 'in law;', egypt('insert'))
  const quotation = schema.nodes.quotation.create(null, [sub])
  const withQuote = schema.nodes.operative.create({ id: 'o5' }, [para('Recalls:'), quotation])
  assert.equal(strip(withQuote), '- Recalls:')
  assert.equal(withoutProposalsOf(withQuote, 'Egypt', pending)!.childCount, 1)
})

test('what a delegation cannot have made is kept, so that it counts as a change', () => {
  // Its words inside another delegation's new paragraph.
  const chilePara = clause('operative', 'n2', ['Requests ', w('a report', ins('E1'))], {
    proposal: { amendment: 'C1', delegation: 'Chile', kind: 'insert' },
  })
  assert.equal(withoutProposalsOf(chilePara, 'Egypt', pending), chilePara)
  // Its words carrying another delegation's insertion too.
  const both = clause('operative', 'o1', ['Decides ', w('now', ins('E1'), ins('C1', 'Chile'))])
  assert.equal(strip(both), '- Decides now')
  // Its own new paragraph holding words in another delegation's name.
  const forged = clause('operative', 'n3', [w('Requests ', ins('E2')), w('a report', ins('C2', 'Chile'))], {
    proposal: { amendment: 'E2', delegation: 'Egypt', kind: 'insert' },
  })
  assert.equal(withoutProposalsOf(forged, 'Egypt', pending), forged)
  // Outside the clauses (the title), nothing is stripped.
  const title = schema.nodes.title.create(null, [schema.text('New ', [ins('E1')]), schema.text('title')])
  assert.equal(withoutProposalsOf(title, 'Egypt', pending), title)
})

test('the amendments a node names, with the delegations named for each', () => {
  const node = clause('operative', 'o1', ['Decides ', w('now', ins('E1')), w('act', del('E1', 'Chile'))], {
    proposal: { amendment: 'E2', delegation: 'Egypt', kind: 'delete' },
  })
  const names = amendmentNames(node)
  assert.deepEqual(
    [...names].map(([id, who]) => [id, [...who].sort()]),
    [
      ['E2', ['Egypt']],
      ['E1', ['Chile', 'Egypt']],
    ],
  )
})

test("a moved copy is faithful when it holds the paragraph's agreed words, whatever its ids", () => {
  const original = clause('operative', 'o4', ['Invites ', w('all ', del('C1', 'Chile')), 'States;'], {
    proposal: { amendment: 'E1', delegation: 'Egypt', kind: 'move' },
    subs: [clause('subparagraph', 's1', 'to act;')],
  })
  const copy = (text: string) =>
    clause('operative', 'm1', text, {
      proposal: { amendment: 'E1', delegation: 'Egypt', kind: 'move', from: 'o4' },
      subs: [clause('subparagraph', 'm2', 'to act;')],
    })
  assert.equal(isFaithfulCopy(copy('Invites all States;'), original, pending), true)
  assert.equal(isFaithfulCopy(copy('Invites no States;'), original, pending), false)
  // With Chile's deletion accepted, the agreed words are "Invites States;".
  assert.equal(isFaithfulCopy(copy('Invites States;'), original, accepted('C1')), true)
  assert.equal(cleanDoc(original, accepted('C1')).textContent, 'Invites States;to act;')
})
