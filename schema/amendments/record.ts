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

/** One amendment, as kept in the draft's `amendments` Y.Map under its id. */
export interface AmendmentRecord {
  id: string
  /** The delegation that proposed it. */
  delegation: string
  /** Stable id of the clause it concerns (for a new or moved paragraph: the new clause). */
  clause: string
  kind: AmendmentKind
  status: AmendmentStatus
  rationale: string
  /** Other delegations that support it, each once. */
  supporters: string[]
  /** Milliseconds since 1970, when it was proposed and when it last changed. */
  created: number
  updated: number
  /** For a new or moved paragraph: the id of the clause it follows. */
  after?: string
  /** The words it refers to when it was proposed, to tell when they have changed under it. */
  original?: string
}

const FIELDS = [
  'id',
  'delegation',
  'clause',
  'kind',
  'status',
  'rationale',
  'supporters',
  'created',
  'updated',
  'after',
  'original',
]

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

/**
 * Checks a value read from the `amendments` map (or sent by a client) and returns it as a record. Throws a
 * RangeError that names the field, e.g. "amendments.a7.status: expected one of proposed, ..., got 'done'".
 * `where` says where the value came from and starts each message.
 */
export function parseAmendmentRecord(value: unknown, where: string): AmendmentRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RangeError(`${where}: expected an amendment record (an object), got ${JSON.stringify(value)}`)
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!FIELDS.includes(key)) throw new RangeError(`${where}.${key}: unknown field`)
  }
  const kind = oneOf(record, 'kind', AMENDMENT_KINDS, where)
  const supporters = record.supporters
  if (!Array.isArray(supporters)) {
    throw new RangeError(
      `${where}.supporters: expected a list of delegations, got ${JSON.stringify(supporters)}`,
    )
  }
  supporters.forEach((s, i) => {
    if (typeof s !== 'string' || s === '') {
      throw new RangeError(`${where}.supporters[${i}]: expected a delegation name, got ${JSON.stringify(s)}`)
    }
    if (supporters.indexOf(s) !== i) throw new RangeError(`${where}.supporters[${i}]: ${s} is listed twice`)
  })
  const out: AmendmentRecord = {
    id: text(record, 'id', where),
    delegation: text(record, 'delegation', where),
    clause: text(record, 'clause', where),
    kind,
    status: oneOf(record, 'status', AMENDMENT_STATUSES, where),
    rationale: text(record, 'rationale', where, true),
    supporters: [...supporters],
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
