import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type AmendmentStatus, decidedLeftovers, sweepDecided } from '../index.ts'
import { body, clause, del, draft, ins, w } from './amendment-drafts.ts'

// Marks of amendments whose records are decided, left in the text by edits that crossed the decision (the
// delegation typed in its amendment while the facilitator accepted it): the server resolves them as decided.

const statuses = new Map<string, AmendmentStatus>([
  ['acc', 'accepted'],
  ['rej', 'rejected'],
  ['wd', 'withdrawn'],
  ['mv', 'accepted'],
  ['pend', 'proposed'],
  ['old', 'outdated'],
])
const statusOf = (id: string) => statuses.get(id)

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

test('sweeping resolves each decided amendment as decided and leaves pending ones alone', () => {
  const swept = sweepDecided(amended, statusOf).doc
  assert.deepEqual(body(swept), [
    'o1: Decides to cooperate now;',
    'o2: Calls upon States;',
    'o3: Invites views soon;',
    // The accepted move: the copy takes back the id of the paragraph it moved, which goes.
    'o5: Remains seized;',
  ])
  assert.deepEqual([...decidedLeftovers(swept, statusOf)], [], 'nothing decided is left')
  const pending = [...decidedLeftovers(swept, () => 'accepted')].map(([id]) => id)
  assert.deepEqual(pending, ['pend', 'old'], 'the pending amendments keep their marks')
  assert.equal(sweepDecided(swept, statusOf).docChanged, false, 'a second sweep has nothing to do')
})
