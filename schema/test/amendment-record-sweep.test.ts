import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { AddMarkStep, AttrStep, RemoveMarkStep } from 'prosemirror-transform'
import {
  type AmendmentStatus,
  acceptAmendment,
  amendmentsIn,
  amendmentWording,
  cleanDoc,
  decidedLeftovers,
  rejectAmendment,
  type StatusOf,
  sweepDecided,
  toText,
} from '../index.ts'
import { body, clause, del, draft, ins, w } from './amendment-drafts.ts'

// Marks of amendments whose records are decided, left in the text by edits that crossed the decision (the
// delegation typed in its amendment while the facilitator accepted it). The facilitator did not see them, so
// the server gives them to a new proposal of the same delegation instead of resolving them as decided.

const NOW = 1_800_000_000_000
const statuses = new Map<string, AmendmentStatus>([
  ['acc', 'accepted'],
  ['rej', 'rejected'],
  ['wd', 'withdrawn'],
  ['mv', 'accepted'],
  ['pend', 'proposed'],
  ['old', 'outdated'],
])
const statusOf: StatusOf = (id) => statuses.get(id)
/** The server's naming, made predictable for the test: the decided id and the delegation. */
const newId = (decided: string, delegation: string) => `${decided}-${delegation.toLowerCase()}`

const amended = draft('en', [
  clause('operative', 'o1', ['Decides to ', w('act', del('acc')), w('cooperate', ins('acc')), ' now;']),
  clause('operative', 'o2', ['Calls upon ', w('all ', ins('rej')), w('States', del('rej')), ';']),
  clause('operative', 'o3', ['Invites ', w('views', ins('pend')), w(' soon', ins('old')), ';']),
  clause('operative', 'o4', [w('Requests a report;', ins('wd'))], {
    proposal: { amendment: 'wd', delegation: 'Egypt', kind: 'insert' },
  }),
  clause('operative', 'c5', 'Remains seized;', {
    proposal: { amendment: 'mv', delegation: 'Egypt', kind: 'move', from: 'o5' },
  }),
  clause('operative', 'o5', 'Remains seized;', {
    proposal: { amendment: 'mv', delegation: 'Egypt', kind: 'move' },
  }),
])

/** The amendments a document's marks and proposals name, each with what it holds, in the order of the text. */
function holdings(doc: Node): string[] {
  return [...amendmentsIn(doc).values()].map((t) => {
    const words = [...t.insertions.map((r) => `+${r.text}`), ...t.deletions.map((r) => `-${r.text}`)]
    const paragraphs = t.paragraphs.map(
      (p) => `${p.proposal.kind}${p.proposal.from ? ' copy' : ''} ${p.clause}`,
    )
    return `${t.id} ${t.delegation}: ${[...words, ...paragraphs].join(', ')}`
  })
}

test('the leftovers of decided amendments are found, each with whether it was accepted', () => {
  assert.deepEqual(
    [...decidedLeftovers(amended, statusOf)],
    [
      ['acc', true],
      ['rej', false],
      ['wd', false],
      ['mv', true],
    ],
  )
})

test('sweeping gives the leftovers to new proposals of their delegation, and deletes nothing', () => {
  const swept = sweepDecided(amended, statusOf, newId, NOW)
  for (const step of swept.tr.steps) {
    assert.ok(
      step instanceof AddMarkStep || step instanceof RemoveMarkStep || step instanceof AttrStep,
      `only marks and attributes change, not ${step.constructor.name}`,
    )
  }
  assert.deepEqual(body(swept.tr.doc), body(amended), 'every word and paragraph stays where it was')
  assert.deepEqual(holdings(swept.tr.doc), [
    'acc-egypt Egypt: +cooperate, -act',
    'rej-egypt Egypt: +all , -States',
    'pend Egypt: +views',
    'old Egypt: + soon',
    'wd-egypt Egypt: +Requests a report;, insert o4',
    'mv-egypt Egypt: move copy c5, move o5',
  ])
  assert.deepEqual(
    swept.rehomed.map((r) => `${r.decided} -> ${r.id} (${r.delegation})`),
    [
      'acc -> acc-egypt (Egypt)',
      'rej -> rej-egypt (Egypt)',
      'wd -> wd-egypt (Egypt)',
      'mv -> mv-egypt (Egypt)',
    ],
  )
  const fields = swept.records.map((r) => [
    r.id,
    r.delegation,
    r.kind,
    r.clause,
    r.after,
    r.original,
    r.status,
  ])
  assert.deepEqual(fields, [
    ['acc-egypt', 'Egypt', 'replace-words', 'o1', undefined, 'to act now;', 'proposed'],
    ['rej-egypt', 'Egypt', 'replace-words', 'o2', undefined, 'upon States;', 'proposed'],
    ['wd-egypt', 'Egypt', 'insert-paragraph', 'o4', 'o3', '', 'proposed'],
    ['mv-egypt', 'Egypt', 'move-paragraph', 'c5', 'o4', 'Remains seized;', 'proposed'],
  ])
  for (const record of swept.records) {
    assert.deepEqual(
      [record.rationale, record.supporters, record.created, record.updated],
      ['', [], NOW, NOW],
    )
  }

  // None of it is agreed text until decided: the clean text is the agreed text as it was.
  const after = (id: string) =>
    statusOf(id) ?? (swept.records.some((r) => r.id === id) ? 'proposed' : undefined)
  assert.deepEqual(body(cleanDoc(swept.tr.doc, after)), [
    'o1: Decides to act now;',
    'o2: Calls upon States;',
    'o3: Invites ;',
    'o5: Remains seized;',
  ])
  assert.deepEqual([...decidedLeftovers(swept.tr.doc, after)], [], 'nothing decided is left')
  assert.equal(
    sweepDecided(swept.tr.doc, after, newId, NOW).tr.docChanged,
    false,
    'a second sweep has nothing to do',
  )
})

test('an acceptance crossing the delegation typing: the typed words become its new proposal', () => {
  // The facilitator accepted "cooperate" (acc); Egypt's " fully", typed meanwhile, arrives with acc's mark.
  const proposed = draft('en', [
    clause('operative', 'o1', ['Decides to ', w('cooperate', ins('acc')), ' now;']),
    clause('operative', 'o2', 'Calls upon States;'),
  ])
  const decided = acceptAmendment(proposed, 'acc').doc
  const leftover = draft('en', [
    clause('operative', 'o1', ['Decides to cooperate', w(' fully', ins('acc')), ' now;']),
    clause('operative', 'o2', 'Calls upon States;'),
  ])
  const swept = sweepDecided(leftover, statusOf, newId, NOW)
  const [record] = swept.records
  assert.deepEqual(
    [record?.id, record?.kind, record?.original],
    ['acc-egypt', 'insert-words', 'cooperate now;'],
  )
  const status = (id: string) => (id === 'acc-egypt' ? 'proposed' : statusOf(id))
  assert.equal(
    toText(cleanDoc(swept.tr.doc, status)),
    toText(decided),
    'the accepted words are agreed, no more',
  )
  assert.deepEqual(
    amendmentWording(swept.tr.doc, 'acc-egypt', status).map((i) => i.text),
    ['In operative paragraph 1, after the word “cooperate”, insert the word “fully”'],
  )
  // Accepting the new proposal then makes the typed word agreed; rejecting it removes only that word.
  assert.match(toText(acceptAmendment(swept.tr.doc, 'acc-egypt').doc), /Decides to cooperate fully now;/)
  assert.match(toText(rejectAmendment(swept.tr.doc, 'acc-egypt').doc), /Decides to cooperate now;/)
})

test('a mark spread over agreed words by a decision crossing an edit never costs those words', () => {
  // Yjs lost the end of a run while rej's marks were removed: rej's deletion now covers the agreed "upon".
  const spread = draft('en', [
    clause('operative', 'o2', ['Calls ', w('upon', del('rej')), ' States', w(' firmly', ins('rej')), ';']),
  ])
  const swept = sweepDecided(spread, statusOf, newId, NOW)
  assert.equal(swept.tr.doc.textContent, spread.textContent)
  const status = (id: string) => (id === 'rej-egypt' ? 'proposed' : statusOf(id))
  assert.deepEqual(body(cleanDoc(swept.tr.doc, status)), ['o2: Calls upon States;'])
  assert.equal(swept.records[0]?.kind, 'replace-words')
})
