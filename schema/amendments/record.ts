import { parseSeen } from './seen.ts'

/** What an amendment does, as the delegation chose it when proposing. */
export const AMENDMENT_KINDS = [
  'replace-words',
  'insert-words',
  'delete-words',
  'insert-paragraph',
  'delete-paragraph',
  'move-paragraph',
] as const

/** One of {@link AMENDMENT_KINDS}. */
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number]

/**
 * Where an amendment stands. `outdated`: the words it refers to changed under it (another amendment was
 * accepted, or the facilitator edited them), so the delegation should look at it again.
 */
export const AMENDMENT_STATUSES = ['proposed', 'accepted', 'rejected', 'withdrawn', 'outdated'] as const

/** One of {@link AMENDMENT_STATUSES}. */
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number]

/** The statuses of amendments still waiting for a decision; their text is not part of the agreed text. */
export const PENDING_STATUSES: readonly AmendmentStatus[] = ['proposed', 'outdated']

/** Whether an amendment with this status still waits for a decision. */
export const isPending = (status: AmendmentStatus | undefined): boolean =>
  status === undefined || PENDING_STATUSES.includes(status)

/**
 * One amendment, as read from the draft's `amendments` Y.Map, where it is kept under its id (as a nested map of
 * its fields, see {@link RECORD_KEYS}; drafts stored earlier hold it as one plain object).
 */
export interface AmendmentRecord {
  id: string
  /** The delegation that proposed it. */
  delegation: string
  /** Stable id of the clause it concerns (for a new or moved paragraph: the new clause). */
  clause: string
  kind: AmendmentKind
  status: AmendmentStatus
  rationale: string
  /** Other delegations that support it, each once, in the order they came. */
  supporters: string[]
  /** Milliseconds since 1970, when it was proposed and when it last changed. */
  created: number
  updated: number
  /** For a new or moved paragraph: the id of the clause it follows. */
  after?: string
  /** The words it refers to when it was proposed, to tell when they have changed under it. */
  original?: string
  /**
   * Of a decided amendment: the words the facilitator's editor showed marked by it when she decided, by Yjs id
   * ("client:from-to,from-to ...", see seen.ts), so that the server gives what the delegation marked meanwhile
   * to a new proposal.
   */
  seen?: string
}

/** The facilitator's decisions, kept in the field form apart from the status its delegation gives. */
export const DECISIONS = ['accepted', 'rejected'] as const

/** One of {@link DECISIONS}. */
export type Decision = (typeof DECISIONS)[number]

/** The statuses a delegation gives its own amendment, the `status` key of the field form. */
export const OWN_STATUSES = ['proposed', 'withdrawn'] as const

/**
 * The keys of a record stored as a nested map of its fields (the field form), each written on its own, so that
 * concurrent changes of different fields merge instead of the last writer's whole record winning. Where it
 * stands is kept in three keys with one writer each, so that no writer undoes another's: `status`, the
 * delegation's (proposed or withdrawn); `decision`, the facilitator's (accepted or rejected; absent while
 * pending); `outdated`, the server's (true, or absent). {@link SUPPORTERS_KEY} holds a nested map of its own.
 */
export const RECORD_KEYS = [
  'id',
  'delegation',
  'clause',
  'kind',
  'status',
  'decision',
  'outdated',
  'rationale',
  'supporters',
  'created',
  'updated',
  'after',
  'original',
  'seen',
] as const

/** The keys of the field form that only the facilitator and the server write: that form's alone. */
const FIELD_FORM_ONLY: readonly string[] = ['decision', 'outdated', 'seen']

/**
 * The fields of a record stored whole, as one value under its id (how drafts stored it at first): those of the
 * field form but the facilitator's and the server's, which that form had in its one `status`.
 */
const WHOLE_FIELDS: readonly string[] = RECORD_KEYS.filter((key) => !FIELD_FORM_ONLY.includes(key))

/** The key of the field form holding a nested map of supporters: delegation → time it supported (ms). */
export const SUPPORTERS_KEY = 'supporters'

/** A value stored under a key of the field form other than {@link SUPPORTERS_KEY}. */
export type FieldValue = string | number | boolean

/**
 * Where an amendment stands, from the three keys of the field form: a decision wins over a withdrawal (they
 * can cross), a withdrawal over being outdated. Undefined when the keys hold no valid combination.
 */
export function statusOfFields(
  status: unknown,
  decision: unknown,
  outdated: unknown,
): AmendmentStatus | undefined {
  if (status !== 'proposed' && status !== 'withdrawn') return undefined
  if (outdated !== undefined && outdated !== true) return undefined
  if (decision !== undefined) return decision === 'accepted' || decision === 'rejected' ? decision : undefined
  if (status === 'withdrawn') return status
  return outdated === true ? 'outdated' : 'proposed'
}

/**
 * What a writer stores for a record in the field form, key by key (supporters apart): the value, null for a
 * key that must be absent, or undefined for a key it leaves as it is: the delegation's status and the outdated
 * mark under a decision, which the facilitator does not write (a new record takes status proposed).
 */
export function recordFields(record: AmendmentRecord): Record<string, FieldValue | null | undefined> {
  const decided = record.status === 'accepted' || record.status === 'rejected'
  return {
    id: record.id,
    delegation: record.delegation,
    clause: record.clause,
    kind: record.kind,
    status: decided ? undefined : record.status === 'withdrawn' ? 'withdrawn' : 'proposed',
    decision: decided ? record.status : null,
    outdated: decided ? undefined : record.status === 'outdated' ? true : null,
    rationale: record.rationale,
    created: record.created,
    updated: record.updated,
    after: record.after ?? null,
    original: record.original ?? null,
    seen: decided ? (record.seen ?? null) : null,
  }
}

function text(record: Record<string, unknown>, field: string, where: string, empty = false): string {
  const value = record[field]
  if (typeof value !== 'string' || (!empty && value === '')) {
    const expected = empty ? 'a string' : 'a non-empty string'
    throw new RangeError(`${where}.${field}: expected ${expected}, got ${JSON.stringify(value)}`)
  }
  return value
}

function oneOf<T extends string>(
  record: Record<string, unknown>,
  field: string,
  values: readonly T[],
  where: string,
): T {
  const value = record[field]
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    throw new RangeError(
      `${where}.${field}: expected one of ${values.join(', ')}, got ${JSON.stringify(value)}`,
    )
  }
  return value as T
}

function time(record: Record<string, unknown>, field: string, where: string): number {
  const value = record[field]
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${where}.${field}: expected a time in milliseconds, got ${JSON.stringify(value)}`)
  }
  return value
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The supporters of the whole form: a list of delegations, each once. */
function supporterList(supporters: unknown[], where: string): string[] {
  supporters.forEach((s, i) => {
    if (typeof s !== 'string' || s === '') {
      throw new RangeError(`${where}.supporters[${i}]: expected a delegation name, got ${JSON.stringify(s)}`)
    }
    if (supporters.indexOf(s) !== i) throw new RangeError(`${where}.supporters[${i}]: ${s} is listed twice`)
  })
  return [...(supporters as string[])]
}

/** The supporters of the field form (delegation → time), in the order they came, ties by name. */
function supporterTimes(supporters: Record<string, unknown>, where: string): string[] {
  const times = new Map<string, number>()
  for (const name of Object.keys(supporters)) {
    if (name === '') throw new RangeError(`${where}.supporters: a supporter has an empty name`)
    times.set(name, time(supporters, name, `${where}.supporters`))
  }
  return [...times.keys()].sort((a, b) => times.get(a)! - times.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
}

/** Where the record stands: the status of the whole form, or the three keys of the field form. */
function statusOf(record: Record<string, unknown>, fieldForm: boolean, where: string): AmendmentStatus {
  if (!fieldForm) return oneOf(record, 'status', AMENDMENT_STATUSES, where)
  oneOf(record, 'status', OWN_STATUSES, where)
  if (record.decision !== undefined) oneOf(record, 'decision', DECISIONS, where)
  if (record.outdated !== undefined && record.outdated !== true) {
    throw new RangeError(
      `${where}.outdated: expected true or no value, got ${JSON.stringify(record.outdated)}`,
    )
  }
  return statusOfFields(record.status, record.decision, record.outdated)!
}

/**
 * Checks a value read from the `amendments` map (or sent by a client) and returns it as a record. Two forms are
 * read: the whole form, one plain object with `supporters` a list (drafts stored before records became nested
 * maps); and the field form, the plain object of a nested map's entries ({@link RECORD_KEYS}), with
 * `supporters` an object of delegation → time. Throws a RangeError that names the field, e.g.
 * "amendments.a7.status: expected one of proposed, ..., got 'done'". `where` starts each message.
 */
export function parseAmendmentRecord(value: unknown, where: string): AmendmentRecord {
  if (!isObject(value)) {
    throw new RangeError(`${where}: expected an amendment record (an object), got ${JSON.stringify(value)}`)
  }
  const record = value
  const supporters = record.supporters
  const fieldForm = isObject(supporters)
  const fields: readonly string[] = fieldForm ? RECORD_KEYS : WHOLE_FIELDS
  for (const key of Object.keys(record)) {
    if (!fields.includes(key)) throw new RangeError(`${where}.${key}: unknown field`)
  }
  const kind = oneOf(record, 'kind', AMENDMENT_KINDS, where)
  if (!fieldForm && !Array.isArray(supporters)) {
    throw new RangeError(
      `${where}.supporters: expected a list of delegations, or delegations with the time each supported, got ${JSON.stringify(supporters)}`,
    )
  }
  const out: AmendmentRecord = {
    id: text(record, 'id', where),
    delegation: text(record, 'delegation', where),
    clause: text(record, 'clause', where),
    kind,
    status: statusOf(record, fieldForm, where),
    rationale: text(record, 'rationale', where, true),
    supporters: fieldForm ? supporterTimes(supporters, where) : supporterList(supporters as unknown[], where),
    created: time(record, 'created', where),
    updated: time(record, 'updated', where),
  }
  if (out.supporters.includes(out.delegation)) {
    throw new RangeError(
      `${where}.supporters: ${out.delegation} proposed the amendment and cannot also support it`,
    )
  }
  if (out.updated < out.created) {
    throw new RangeError(`${where}.updated: ${out.updated} is earlier than created (${out.created})`)
  }
  if (record.after !== undefined) {
    if (kind !== 'insert-paragraph' && kind !== 'move-paragraph') {
      throw new RangeError(`${where}.after: only a new or moved paragraph follows a clause, not a ${kind}`)
    }
    out.after = text(record, 'after', where)
  }
  if (record.original !== undefined) out.original = text(record, 'original', where, true)
  if (record.seen !== undefined) {
    if (out.status !== 'accepted' && out.status !== 'rejected') {
      throw new RangeError(`${where}.seen: only a decided amendment records what the facilitator saw`)
    }
    out.seen = text(record, 'seen', where, true)
    parseSeen(out.seen, `${where}.seen`)
  }
  return out
}

/** Tells the status of an amendment by id; undefined for an id without a record. */
export type StatusOf = (id: string) => AmendmentStatus | undefined

/** Statuses given as a lookup function, a map of records by id, or a list of records. */
export type StatusSource = StatusOf | ReadonlyMap<string, AmendmentRecord> | Iterable<AmendmentRecord>

/** A lookup function for any {@link StatusSource}. */
export function statusLookup(source: StatusSource): StatusOf {
  if (typeof source === 'function') return source
  if (source instanceof Map) return (id) => (source as ReadonlyMap<string, AmendmentRecord>).get(id)?.status
  const byId = new Map<string, AmendmentStatus>()
  for (const record of source as Iterable<AmendmentRecord>) byId.set(record.id, record.status)
  return (id) => byId.get(id)
}
