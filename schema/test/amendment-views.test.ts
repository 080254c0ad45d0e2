import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import {
  type AmendmentStatus,
  acceptAmendment,
  amendmentsIn,
  blocksOf,
  cleanDoc,
  docFromJSON,
  parseProposal,
  proposalAttr,
  rejectAmendment,
  schema,
} from '../index.ts'
import { body, clause, del, draft, ins, record, w } from './amendment-drafts.ts'

const pending = () => undefined
const statuses =
  (map: Record<string, AmendmentStatus>) =>
  (id: string): AmendmentStatus | undefined =>
    map[id]

/** The draft every test starts from: word and paragraph proposals of Egypt (E*) and Chile (C*). */
function sample(): Node {
  return draft('en', [
    clause('preambular', 'p1', ['Recalling ', w('also ', ins('E1')), 'its resolution 70/1,']),
    clause('operative', 'o1', [
      'Decides to ',
      w('promote', del('E2'), del('C1', 'Chile')),
      w('promote and protect', ins('E2')),
      w('advance', ins('C1', 'Chile')),
      ' human rights;',
    ]),
    clause('operative', 'o2', 'Calls upon States to act;', {
      proposal: { amendment: 'E3', delegation: 'Egypt', kind: 'insert' },
    }),
    clause('operative', 'o3', 'Requests a report;', {
      proposal: { amendment: 'C2', delegation: 'Chile', kind: 'delete' },
    }),
    clause('operative', 'o4', 'Invites States;', {
      proposal: { amendment: 'E4', delegation: 'Egypt', kind: 'move' },
    }),
    clause('operative', 'o5', 'Decides to remain seized.'),
    clause('operative', 'o6', 'Invites States;', {
      proposal: { amendment: 'E4', delegation: 'Egypt', kind: 'move', from: 'o4' },
    }),
  ])
}

test('the clean view drops pending insertions and new paragraphs and keeps pending deletions unmarked', () => {
  const clean = cleanDoc(sample(), pending)
  assert.deepEqual(body(clean), [
    'p1: Recalling its resolution 70/1,',
    'o1: Decides to promote human rights;',
    'o3: Requests a report;',
    'o4: Invites States;',
    'o5: Decides to remain seized.',
  ])
  let marks = 0
  clean.descendants((n) => {
    marks += n.marks.length
  })
  assert.equal(marks, 0, 'no insertion or deletion mark is left in the clean view')
  clean.check()
})

test('the clean view applies accepted amendments and only those', () => {
  const clean = cleanDoc(
    sample(),
    statuses({ E1: 'accepted', E2: 'accepted', C2: 'accepted', E4: 'accepted' }),
  )
  assert.deepEqual(body(clean), [
    'p1: Recalling also its resolution 70/1,',
    'o1: Decides to promote and protect human rights;',
    'o5: Decides to remain seized.',
    // The moved paragraph stands at its new place under the id of the clause it was moved from.
    'o4: Invites States;',
  ])
  const rejected = cleanDoc(sample(), statuses({ E2: 'rejected', E3: 'withdrawn', C1: 'outdated' }))
  assert.deepEqual(body(rejected).slice(0, 2), [
    'p1: Recalling its resolution 70/1,',
    'o1: Decides to promote human rights;',
  ])
})

test('a record map, a record list and a lookup give the same clean view', () => {
  const doc = sample()
  const accepted = record('E1', { status: 'accepted' })
  const expected = 'Recalling also its resolution 70/1,'
  assert.equal(blocksOf(cleanDoc(doc, new Map([['E1', accepted]])))[3]!.textContent, expected)
  assert.equal(blocksOf(cleanDoc(doc, [accepted]))[3]!.textContent, expected)
  assert.equal(
    blocksOf(cleanDoc(doc, (id) => (id === 'E1' ? 'accepted' : undefined)))[3]!.textContent,
    expected,
  )
})

test('accepting word changes applies them and leaves no mark of that amendment', () => {
  const doc = acceptAmendment(sample(), 'E2').doc
  doc.check()
  assert.equal(blocksOf(doc)[4]!.textContent, 'Decides to promote and protectadvance human rights;')
  assert.equal(amendmentsIn(doc).has('E2'), false)
  // Chile's proposal on the same words stays: its insertion is still there and still pending.
  assert.deepEqual(
    amendmentsIn(doc)
      .get('C1')
      ?.insertions.map((r) => r.text),
    ['advance'],
  )
})

test('rejecting word changes removes them and leaves no mark of that amendment', () => {
  const doc = rejectAmendment(sample(), 'E2').doc
  doc.check()
  assert.equal(blocksOf(doc)[4]!.textContent, 'Decides to promoteadvance human rights;')
  assert.equal(amendmentsIn(doc).has('E2'), false)
  // "promote" keeps Chile's deletion mark: two delegations' proposals on the same words stand side by side.
  const promote = blocksOf(doc)[4]!.firstChild!.child(1)
  assert.equal(promote.text, 'promote')
  assert.deepEqual(
    promote.marks.map((m) => [m.type.name, m.attrs.amendment]),
    [['deletion', 'C1']],
  )
})

test('proposals of two delegations can stand on the same words', () => {
  const touches = amendmentsIn(sample())
  assert.deepEqual(touches.get('E2')?.deletions[0]?.text, 'promote')
  assert.deepEqual(touches.get('C1')?.deletions[0]?.text, 'promote')
  assert.equal(touches.get('C1')?.delegation, 'Chile')
})

test('accepting and rejecting paragraph proposals', () => {
  assert.deepEqual(body(acceptAmendment(sample(), 'E3').doc).slice(1, 4), [
    'o1: Decides to promotepromote and protectadvance human rights;',
    'o2: Calls upon States to act;',
    'o3*: Requests a report;',
  ])
  assert.equal(body(rejectAmendment(sample(), 'E3').doc).includes('o2*: Calls upon States to act;'), false)
  assert.equal(
    body(acceptAmendment(sample(), 'C2').doc).some((l) => l.startsWith('o3')),
    false,
  )
  assert.ok(body(rejectAmendment(sample(), 'C2').doc).includes('o3: Requests a report;'))
})

test('accepting a move removes the paragraph where it was and gives its id to the copy at the new place', () => {
  const doc = acceptAmendment(sample(), 'E4').doc
  doc.check()
  assert.deepEqual(body(doc).slice(-2), ['o5: Decides to remain seized.', 'o4: Invites States;'])
  assert.equal(amendmentsIn(doc).has('E4'), false)
  const rejected = rejectAmendment(sample(), 'E4').doc
  assert.deepEqual(body(rejected).slice(-2), ['o4: Invites States;', 'o5: Decides to remain seized.'])
})

test('accept and reject are single transforms on the document they were given', () => {
  const doc = sample()
  const tr = acceptAmendment(doc, 'E1')
  assert.equal(tr.before, doc)
  assert.ok(tr.steps.length > 0)
  assert.throws(() => acceptAmendment(doc, 'nope'), /amendment nope: nothing in the draft carries it/)
})

test('amendmentsIn lists, for each amendment, the words and paragraphs it touches', () => {
  const touches = amendmentsIn(sample())
  assert.deepEqual([...touches.keys()].sort(), ['C1', 'C2', 'E1', 'E2', 'E3', 'E4'])
  const e1 = touches.get('E1')!
  assert.deepEqual(
    [e1.insertions.map((r) => r.text), e1.clauses, e1.delegation],
    [['also '], ['p1'], 'Egypt'],
  )
  assert.deepEqual(
    touches.get('E4')!.paragraphs.map((p) => [p.clause, p.proposal.from ?? null]),
    [
      ['o4', null],
      ['o6', 'o4'],
    ],
  )
})

test('the proposal attribute holds a canonical JSON string and the schema refuses anything else', () => {
  const value = proposalAttr({ kind: 'move', from: 'o4', delegation: 'Egypt', amendment: 'E4' } as never)
  assert.equal(value, '{"amendment":"E4","delegation":"Egypt","kind":"move","from":"o4"}')
  assert.deepEqual(parseProposal(value), { amendment: 'E4', delegation: 'Egypt', kind: 'move', from: 'o4' })
  const json = sample().toJSON()
  const op = json.content[4].content[0]
  op.attrs.proposal = '{"delegation":"Egypt","amendment":"E4","kind":"insert"}'
  assert.throws(
    () => docFromJSON(json),
    /keys must be written in the order amendment, delegation, kind, from/,
  )
  op.attrs.proposal = '{"amendment":"E4","delegation":"Egypt","kind":"insert","from":"o1"}'
  assert.throws(() => docFromJSON(json), /proposal\.from: only a move names the clause it comes from/)
  op.attrs.proposal = '{"amendment":"E4","delegation":"Egypt","kind":"split"}'
  assert.throws(() => docFromJSON(json), /proposal\.kind: expected one of insert, delete, move, got "split"/)
  assert.equal(schema.nodes.operative.create(null, schema.nodes.para.create()).attrs.proposal, null)
})
