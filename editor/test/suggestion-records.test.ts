import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import type { EditorState, Transaction } from 'prosemirror-state'
import { type AmendmentRecord, amendmentsIn, schema } from '../../schema/index.ts'
import {
  acceptAmendmentCommand,
  applyRecordChanges,
  decideClause,
  decideDelegation,
  findOutdated,
  mapStore,
  markOutdated,
  mergeAmendments,
  RATIONALE_LIMIT,
  rebaseAmendment,
  reconcileRecords,
  rejectAmendmentCommand,
  setRationale,
  splitAmendment,
  supportAmendment,
  withdrawAmendment,
} from '../src/suggestion/index.ts'
import { agreedText, runs, Session, sample, stateOf, textPos } from './suggestion-fixture.ts'

const NOW = 1_700_000_100_000

/** Runs a command on a session's state, applying what it dispatches; returns whether it ran. */
function command(
  s: Session,
  cmd: (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean,
): boolean {
  return cmd(s.state, (tr) => {
    s.state = s.state.apply(tr)
  })
}

const own = (s: Session) => ({
  delegation: s.ctx.delegation,
  store: s.store,
  now: () => NOW,
  newAmendmentId: s.ctx.newAmendmentId,
})
const facilitator = (records: Map<string, AmendmentRecord>) => ({ store: mapStore(records), now: () => NOW })

/** Egypt replaces "promote" with "advance" and deletes "of women" in operative paragraph 1. */
function egyptEdits(records = new Map<string, AmendmentRecord>()) {
  const s = new Session(stateOf(sample()), 'Egypt', records)
  const promote = textPos(s.doc, 'promote')
  s.at(promote, promote + 'promote'.length).type('advance')
  const women = textPos(s.doc, ' of women')
  s.at(women, women + ' of women'.length).backspace()
  return s
}

describe('records of amendments', () => {
  it('are created, refreshed and deleted as the delegation edits', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const at = textPos(s.doc, 'promote')
    s.at(at).type('fully ')
    assert.equal(s.records.get('eg1')?.kind, 'insert-words')
    s.at(textPos(s.doc, 'promote'), textPos(s.doc, 'promote', 7)).type('advance')
    assert.deepEqual(
      [...s.records.values()].map((r) => [r.id, r.kind, r.original]),
      [['eg1', 'replace-words', 'to promote the']],
    )
    // Deleting the whole stretch really removes the typed words; the struck word stays proposed for deletion.
    const { meta } = s.at(at, textPos(s.doc, 'advance', 7)).backspace()
    assert.deepEqual(
      meta.touched.map((u) => [u.id, u.kind]),
      [['eg1', 'delete-words']],
    )
    assert.equal(s.records.get('eg1')!.kind, 'delete-words')
    assert.deepEqual(runs(s.doc, 'o1'), ['Urges all States to ', 'promote[-eg1]', ' the rights of women;'])
  })

  it('are never written for another delegation', () => {
    const s = egyptEdits()
    const meta = {
      type: 'suggestion' as const,
      delegation: 'Egypt',
      created: [],
      touched: [],
      emptied: ['eg1'],
    }
    applyRecordChanges(s.store, meta, 'Chile')
    assert.equal(s.records.has('eg1'), true)
  })

  it('are brought back in line after an undo replays an earlier state of the text', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const before = s.doc
    s.at(textPos(s.doc, 'promote')).type('fully ')
    const records = new Map(s.records)
    // Undo: the text goes back, the record stays until reconciled.
    assert.deepEqual(reconcileRecords(before, mapStore(records), 'Egypt', NOW), ['eg1'])
    assert.equal(records.size, 0)
    // Redo: the words come back without a record, which is made again.
    assert.deepEqual(reconcileRecords(s.doc, mapStore(records), 'Egypt', NOW), ['eg1'])
    assert.deepEqual([records.get('eg1')?.kind, records.get('eg1')?.clause], ['insert-words', 'o1'])
  })
})

describe('a delegation’s own amendments', () => {
  it('merges two amendments in one paragraph and splits them again', () => {
    const s = egyptEdits()
    assert.deepEqual([...s.records.keys()], ['eg1', 'eg2'])
    setRationale(s.store, 'eg2', 'Egypt', 'Shorter.', NOW)
    assert.equal(command(s, mergeAmendments('eg1', 'eg2', own(s))), true)
    assert.deepEqual(runs(s.doc, 'o1'), [
      'Urges all States to ',
      'promote[-eg1]',
      'advance[+eg1]',
      ' the rights',
      ' of women[-eg1]',
      ';',
    ])
    assert.deepEqual([...s.records.keys()], ['eg1'])
    assert.equal(s.records.get('eg1')!.rationale, 'Shorter.')
    assert.equal(s.records.get('eg1')!.original, 'to promote the … rights of women;')
    const at = textPos(s.doc, ' the rights')
    assert.equal(command(s, splitAmendment('eg1', at, own(s))), true)
    assert.deepEqual(runs(s.doc, 'o1').slice(-2), [' of women[-eg3]', ';'])
    assert.deepEqual(
      [...s.records.values()].map((r) => [r.id, r.kind, r.original, r.rationale]),
      [
        ['eg1', 'replace-words', 'to promote the', 'Shorter.'],
        ['eg3', 'delete-words', 'rights of women;', 'Shorter.'],
      ],
    )
    assert.equal(command(s, splitAmendment('eg3', at, own(s))), false, 'nothing on one side')
  })

  it('does not merge amendments of two paragraphs or of two delegations', () => {
    const records = new Map<string, AmendmentRecord>()
    const s = egyptEdits(records)
    s.at(textPos(s.doc, 'cooperate')).type('fully ')
    assert.equal(command(s, mergeAmendments('eg1', 'eg3', own(s))), false)
    const chile = new Session(s.state, 'Chile', records)
    chile.at(textPos(chile.doc, 'Urges')).type('Strongly ')
    assert.equal(command(chile, mergeAmendments('ch1', 'eg1', own(chile))), false)
  })

  it('withdraws an amendment: its words go, its record stays withdrawn; another delegation cannot', () => {
    const records = new Map<string, AmendmentRecord>()
    const s = egyptEdits(records)
    const chile = new Session(s.state, 'Chile', records)
    assert.equal(command(chile, withdrawAmendment('eg1', own(chile))), false)
    assert.equal(command(s, withdrawAmendment('eg1', own(s))), true)
    assert.deepEqual(runs(s.doc, 'o1'), ['Urges all States to promote the rights', ' of women[-eg2]', ';'])
    assert.equal(records.get('eg1')!.status, 'withdrawn')
    assert.equal(command(s, withdrawAmendment('eg1', own(s))), false, 'once')
  })

  it('is supported by other delegations, once each, and never by its own', () => {
    const s = egyptEdits()
    assert.equal(supportAmendment(s.store, 'eg1', 'Egypt', NOW), false)
    assert.equal(supportAmendment(s.store, 'eg1', 'Chile', NOW), true)
    assert.equal(supportAmendment(s.store, 'eg1', 'Chile', NOW), false)
    assert.equal(supportAmendment(s.store, 'eg1', 'Peru', NOW), true)
    assert.deepEqual(s.records.get('eg1')!.supporters, ['Chile', 'Peru'])
    assert.equal(supportAmendment(s.store, 'eg1', 'Chile', NOW, false), true)
    assert.deepEqual(s.records.get('eg1')!.supporters, ['Peru'])
  })

  it('takes a short rationale from its own delegation only', () => {
    const s = egyptEdits()
    assert.equal(setRationale(s.store, 'eg1', 'Chile', 'No.', NOW), false)
    assert.equal(setRationale(s.store, 'eg1', 'Egypt', '  Stronger wording.  ', NOW), true)
    assert.equal(s.records.get('eg1')!.rationale, 'Stronger wording.')
    assert.throws(
      () => setRationale(s.store, 'eg1', 'Egypt', 'x'.repeat(RATIONALE_LIMIT + 1), NOW),
      /^RangeError: amendment eg1: a rationale holds at most 1000 characters, got 1001$/,
    )
  })
})

describe('the facilitator’s decisions', () => {
  it('accepts an amendment once, setting its record, and refuses a second time', () => {
    const s = egyptEdits()
    const ctx = facilitator(s.records)
    assert.equal(command(s, acceptAmendmentCommand('eg1', ctx)), true)
    assert.match(agreedText(s.doc, s.records.values()), /to advance the rights of women;/)
    assert.deepEqual(runs(s.doc, 'o1'), ['Urges all States to advance the rights', ' of women[-eg2]', ';'])
    assert.equal(s.records.get('eg1')!.status, 'accepted')
    assert.equal(s.records.get('eg1')!.updated, NOW)
    const before = s.doc
    assert.equal(command(s, acceptAmendmentCommand('eg1', ctx)), false)
    assert.equal(s.doc, before)
  })

  it('rejects an amendment, and decides all of a delegation or all in a paragraph', () => {
    const records = new Map<string, AmendmentRecord>()
    const s = egyptEdits(records)
    s.at(textPos(s.doc, 'cooperate')).type('fully ')
    const chile = new Session(s.state, 'Chile', records)
    chile.at(textPos(chile.doc, 'Urges')).type('Strongly ')
    const ctx = facilitator(records)
    assert.equal(command(chile, rejectAmendmentCommand('eg2', ctx)), true)
    assert.equal(records.get('eg2')!.status, 'rejected')
    assert.equal(command(chile, decideClause('o1', true, ctx)), true)
    assert.deepEqual(
      [...records.values()].map((r) => [r.id, r.status]),
      [
        ['eg1', 'accepted'],
        ['eg2', 'rejected'],
        ['eg3', 'proposed'],
        ['ch1', 'accepted'],
      ],
    )
    assert.equal(command(chile, decideDelegation('Egypt', false, ctx)), true)
    assert.equal(records.get('eg3')!.status, 'rejected')
    assert.deepEqual([...amendmentsIn(chile.doc).keys()], [])
    assert.match(
      agreedText(chile.doc, records.values()),
      /Strongly Urges all States to advance the rights of women;/,
    )
  })

  it('decides all in a paragraph with what is proposed in its sub-paragraphs, and nothing of the next one', () => {
    const records = new Map<string, AmendmentRecord>()
    const s = new Session(stateOf(sample()), 'Egypt', records)
    s.at(textPos(s.doc, 'in law;') + 'in law'.length).type(' and in policy')
    s.at(textPos(s.doc, 'cooperate')).type('fully ')
    const [inSub, inNext] = [...records.keys()]
    assert.equal(command(s, decideClause('o1', true, facilitator(records))), true)
    assert.deepEqual([records.get(inSub!)!.status, records.get(inNext!)!.status], ['accepted', 'proposed'])
    assert.match(agreedText(s.doc, records.values()), /in law and in policy;/)
    assert.equal(command(s, decideClause('nowhere', true, facilitator(records))), false)
  })
})

/** The facilitator edits directly (not in suggestion mode): replaces text between two positions. */
const direct = (doc: Node, from: number, to: number, text: string): Node =>
  stateOf(doc).tr.replaceWith(from, to, schema.text(text)).doc

describe('outdated amendments', () => {
  it('are found when the words they refer to change under them, and rebased by their delegation', () => {
    const s = egyptEdits()
    const records = () => [...s.records.values()]
    // The facilitator changes "rights" (next to the deletion of "of women"): eg2 refers to it, eg1 does not.
    const rights = textPos(s.doc, 'rights')
    const edited = direct(s.doc, rights, rights + 'rights'.length, 'freedoms')
    assert.deepEqual(findOutdated(s.doc, edited, records()), ['eg2'])
    // An edit in another paragraph concerns none.
    const calls = textPos(s.doc, 'Calls')
    assert.deepEqual(findOutdated(s.doc, direct(s.doc, calls, calls + 5, 'Asks'), records()), [])
    assert.deepEqual(markOutdated(s.store, ['eg2'], NOW), ['eg2'])
    assert.equal(s.records.get('eg2')!.status, 'outdated')
    assert.equal(rebaseAmendment(s.store, edited, 'eg2', 'Chile', NOW), false)
    assert.equal(rebaseAmendment(s.store, edited, 'eg2', 'Egypt', NOW), true)
    assert.deepEqual(
      [s.records.get('eg2')!.status, s.records.get('eg2')!.original],
      ['proposed', 'freedoms of women;'],
    )
  })

  it('are found when another amendment on the same words is accepted, or their words are gone', () => {
    const records = new Map<string, AmendmentRecord>()
    const egypt = new Session(stateOf(sample()), 'Egypt', records)
    const from = textPos(egypt.doc, 'all States')
    egypt.at(from, from + 'all '.length).backspace()
    const chile = new Session(egypt.state, 'Chile', records)
    chile.at(from, from + 'all States '.length).backspace()
    const before = chile.doc
    assert.equal(command(chile, acceptAmendmentCommand('ch1', facilitator(records))), true)
    assert.deepEqual(findOutdated(before, chile.doc, records.values()), ['eg1'])
  })
})
