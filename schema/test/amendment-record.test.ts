import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  AMENDMENT_KINDS,
  AMENDMENT_STATUSES,
  type AmendmentRecord,
  formatSeen,
  inRanges,
  isPending,
  parseAmendmentRecord,
  parseSeen,
  RECORD_KEYS,
  recordFields,
  statusOfFields,
} from '../index.ts'
import { record } from './amendment-drafts.ts'

const where = 'amendments.a7'
const parse = (fields: Record<string, unknown>) => parseAmendmentRecord({ ...record('a7'), ...fields }, where)

test('a valid record in the whole form (one plain object, as drafts stored it at first) is returned as it is', () => {
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
    [
      { supporters: 'Chile' },
      /^amendments\.a7\.supporters: expected a list of delegations, or delegations with/,
    ],
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

/** A record in the field form: the entries of its nested map, as the editor and the server write them. */
const fieldForm = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'a7',
  delegation: 'Egypt',
  clause: 'o1',
  kind: 'replace-words',
  status: 'proposed',
  rationale: 'Clearer',
  supporters: {},
  created: 1,
  updated: 9,
  ...fields,
})

test('a record in the field form reads as the same record, its supporters in the order they came', () => {
  const value = fieldForm({
    kind: 'insert-paragraph',
    after: 'o3',
    original: '',
    supporters: { Peru: 7, Chile: 5, Brazil: 7 },
  })
  assert.deepEqual(parseAmendmentRecord(value, where), {
    id: 'a7',
    delegation: 'Egypt',
    clause: 'o1',
    kind: 'insert-paragraph',
    status: 'proposed',
    rationale: 'Clearer',
    supporters: ['Chile', 'Brazil', 'Peru'],
    created: 1,
    updated: 9,
    after: 'o3',
    original: '',
  })
  assert.deepEqual(
    Object.keys(value).filter((key) => !RECORD_KEYS.includes(key as never)),
    [],
  )
})

test('where a record stands comes from three fields with one writer each, a decision first', () => {
  const status = (fields: Record<string, unknown>) => parseAmendmentRecord(fieldForm(fields), where).status
  assert.equal(status({}), 'proposed')
  assert.equal(status({ outdated: true }), 'outdated')
  assert.equal(status({ status: 'withdrawn' }), 'withdrawn')
  assert.equal(status({ status: 'withdrawn', outdated: true }), 'withdrawn')
  // The facilitator's decision and the delegation's withdrawal or rebasing can cross: the decision stands.
  assert.equal(status({ decision: 'accepted', status: 'withdrawn' }), 'accepted')
  assert.equal(status({ decision: 'rejected', outdated: true }), 'rejected')
  assert.equal(statusOfFields('proposed', undefined, undefined), 'proposed')
  assert.equal(statusOfFields('accepted', undefined, undefined), undefined)
  assert.equal(statusOfFields('proposed', 'maybe', undefined), undefined)
  assert.equal(statusOfFields('proposed', undefined, false), undefined)
})

test('what a writer stores for each status, and what it leaves to the others', () => {
  const stored = (status: AmendmentRecord['status']) => {
    const fields = recordFields(record('a7', { status, supporters: ['Chile'], after: undefined }))
    return [fields.status, fields.decision, fields.outdated]
  }
  // null: the key must be absent; undefined: left as it is (the facilitator does not write the delegation's).
  assert.deepEqual(stored('proposed'), ['proposed', null, null])
  assert.deepEqual(stored('outdated'), ['proposed', null, true])
  assert.deepEqual(stored('withdrawn'), ['withdrawn', null, null])
  assert.deepEqual(stored('accepted'), [undefined, 'accepted', undefined])
  assert.deepEqual(stored('rejected'), [undefined, 'rejected', undefined])
  const fields = recordFields(record('a7', { kind: 'insert-paragraph', after: 'o3', original: 'x' }))
  assert.equal('supporters' in fields, false, 'supporters are a nested map of their own')
  assert.deepEqual([fields.after, fields.original], ['o3', 'x'])
  assert.deepEqual([recordFields(record('a7')).after, recordFields(record('a7')).original], [null, null])
  // Written and read back, a record is what it was.
  for (const status of AMENDMENT_STATUSES) {
    const written = record('a7', { status, supporters: ['Chile'], original: 'x' })
    const entries = Object.entries(recordFields(written)).filter(([, v]) => v !== null && v !== undefined)
    const value = { status: 'proposed', ...Object.fromEntries(entries), supporters: { Chile: 1 } }
    assert.deepEqual(parseAmendmentRecord(value, where), written)
  }
})

test('errors in the field form name the record and the field', () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ status: 'accepted' }, /^amendments\.a7\.status: expected one of proposed, withdrawn, got "accepted"$/],
    [{ status: 'outdated' }, /^amendments\.a7\.status: expected one of proposed, withdrawn, got "outdated"$/],
    [
      { decision: 'withdrawn' },
      /^amendments\.a7\.decision: expected one of accepted, rejected, got "withdrawn"$/,
    ],
    [{ outdated: false }, /^amendments\.a7\.outdated: expected true or no value, got false$/],
    [
      { supporters: { Chile: 'yesterday' } },
      /^amendments\.a7\.supporters\.Chile: expected a time in milliseconds/,
    ],
    [{ supporters: { Egypt: 3 } }, /^amendments\.a7\.supporters: Egypt proposed the amendment/],
    [{ supporters: { '': 3 } }, /^amendments\.a7\.supporters: a supporter has an empty name$/],
    [{ colour: 'red' }, /^amendments\.a7\.colour: unknown field$/],
    [{ seen: '7:0-3' }, /^amendments\.a7\.seen: only a decided amendment records what the facilitator saw$/],
    [
      { decision: 'accepted', seen: '7:3' },
      /^amendments\.a7\.seen: expected "client:from-to,from-to" entries separated by spaces, got "7:3"$/,
    ],
    [
      { decision: 'accepted', seen: '7:3-3' },
      /^amendments\.a7\.seen: expected "client:from-to,from-to" entries separated by spaces, got "7:3-3"$/,
    ],
    [{ decision: 'rejected', seen: '7:0-3 7:5-6' }, /^amendments\.a7\.seen: client 7 is listed twice$/],
    [{ decision: 'accepted', seen: 7 }, /^amendments\.a7\.seen: expected a string, got 7$/],
  ]
  for (const [fields, message] of cases) {
    assert.throws(
      () => parseAmendmentRecord(fieldForm(fields), where),
      (e: unknown) => e instanceof RangeError && message.test(e.message),
      message.source,
    )
  }
  // The keys of the field form do not belong in the whole form.
  assert.throws(
    () => parse({ decision: 'accepted' }),
    /^RangeError: amendments\.a7\.decision: unknown field$/,
  )
  assert.throws(() => parse({ outdated: true }), /^RangeError: amendments\.a7\.outdated: unknown field$/)
  assert.throws(() => parse({ seen: '7:0-3' }), /^RangeError: amendments\.a7\.seen: unknown field$/)
})

test('a decision records which words the deciding editor showed marked, by Yjs id', () => {
  const seen = new Map<number, [number, number][]>([
    [905, [[12, 20]]],
    [
      31,
      [
        [0, 4],
        [9, 11],
      ],
    ],
  ])
  assert.equal(formatSeen(seen), '31:0-4,9-11 905:12-20')
  assert.deepEqual(parseSeen('31:0-4,9-11 905:12-20', where), seen)
  assert.deepEqual(parseSeen('', where), new Map())
  // Shown: the pieces of text of client 31 with clocks 0 to 3 and 9 to 10; nothing of a client not listed.
  assert.deepEqual(
    (
      [
        [31, 3],
        [31, 4],
        [31, 10],
        [905, 20],
        [77, 0],
      ] as const
    ).map(([client, clock]) => inRanges(seen, client, clock)),
    [true, false, true, false, false],
  )
  const decided = parseAmendmentRecord(fieldForm({ decision: 'accepted', seen: '31:0-4 905:12-20' }), where)
  assert.deepEqual([decided.status, decided.seen], ['accepted', '31:0-4 905:12-20'])
  assert.equal(recordFields(decided).seen, '31:0-4 905:12-20')
  // Only a decision writes it: a record proposed again (after a rebase) clears it.
  assert.equal(recordFields({ ...decided, status: 'proposed' }).seen, null)
})
