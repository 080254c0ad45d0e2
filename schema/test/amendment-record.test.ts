import assert from 'node:assert/strict'
import { test } from 'node:test'
import { AMENDMENT_KINDS, AMENDMENT_STATUSES, isPending, parseAmendmentRecord } from '../index.ts'
import { record } from './amendment-drafts.ts'

const where = 'amendments.a7'
const parse = (fields: Record<string, unknown>) => parseAmendmentRecord({ ...record('a7'), ...fields }, where)

test('a valid record is returned as it is', () => {
  const value = record('a7', {
    kind: 'insert-paragraph',
    after: 'o3',
    original: 'promote',
    supporters: ['Chile'],
  })
  assert.deepEqual(parseAmendmentRecord(value, where), value)
  assert.deepEqual(AMENDMENT_KINDS.length, 6)
  assert.deepEqual(AMENDMENT_STATUSES, ['proposed', 'accepted', 'rejected', 'withdrawn', 'outdated'])
  assert.deepEqual(AMENDMENT_STATUSES.filter(isPending), ['proposed', 'outdated'])
})

test('validation errors name the record and the field', () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ id: '' }, /^amendments\.a7\.id: expected a non-empty string, got ""$/],
    [{ delegation: 7 }, /^amendments\.a7\.delegation: expected a non-empty string, got 7$/],
    [{ clause: null }, /^amendments\.a7\.clause: /],
    [{ kind: 'rewrite' }, /^amendments\.a7\.kind: expected one of replace-words, .*, got "rewrite"$/],
    [{ status: 'done' }, /^amendments\.a7\.status: expected one of proposed, accepted, .*, got "done"$/],
    [{ rationale: undefined }, /^amendments\.a7\.rationale: expected a string, got undefined$/],
    [{ supporters: 'Chile' }, /^amendments\.a7\.supporters: expected a list of delegations/],
    [{ supporters: ['Chile', 'Chile'] }, /^amendments\.a7\.supporters\[1\]: Chile is listed twice$/],
    [{ supporters: ['Egypt'] }, /^amendments\.a7\.supporters: Egypt proposed the amendment/],
    [{ created: -1 }, /^amendments\.a7\.created: expected a time in milliseconds, got -1$/],
    [{ created: 5, updated: 4 }, /^amendments\.a7\.updated: 4 is earlier than created \(5\)$/],
    [{ after: 'o3' }, /^amendments\.a7\.after: only a new or moved paragraph follows a clause/],
    [{ original: 3 }, /^amendments\.a7\.original: expected a string, got 3$/],
    [{ colour: 'red' }, /^amendments\.a7\.colour: unknown field$/],
  ]
  for (const [fields, message] of cases) {
    assert.throws(
      () => parse(fields),
      (e: unknown) => e instanceof RangeError && message.test(e.message),
      message.source,
    )
  }
  assert.throws(
    () => parseAmendmentRecord('a7', where),
    /^RangeError: amendments\.a7: expected an amendment record/,
  )
})
