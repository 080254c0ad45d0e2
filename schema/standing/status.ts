import { checkName } from './alternatives.ts'

/**
 * Where a paragraph stands in the negotiation, as the facilitator records it: still open, agreed ad referendum
 * (agreed in the room, subject to confirmation by capitals), or agreed.
 */
export const PARAGRAPH_STATUSES = ['open', 'agreed-ad-ref', 'agreed'] as const

/** One of {@link PARAGRAPH_STATUSES}. */
export type ParagraphStatus = (typeof PARAGRAPH_STATUSES)[number]

/** Whether a value is one of the {@link PARAGRAPH_STATUSES}. */
export const isParagraphStatus = (value: unknown): value is ParagraphStatus =>
  typeof value === 'string' && (PARAGRAPH_STATUSES as readonly string[]).includes(value)

/**
 * A value of the `statuses` map (SHARED.statuses), keyed by the clause's stable id: the status, a note ("pending
 * consultation in capitals"), who set it (the facilitator's delegation) and when (milliseconds since 1970). A
 * paragraph without an entry is open.
 */
export interface StatusEntry {
  status: ParagraphStatus
  note?: string
  by: string
  at: number
}

/** At most this many characters in a status note. */
export const MAX_STATUS_NOTE = 500

const CLAUSE_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

/** Whether a key of the `statuses` map can be a clause's stable id. */
export const isStatusKey = (key: string): boolean => CLAUSE_KEY.test(key)

const FIELDS = ['status', 'note', 'by', 'at']

/**
 * The status entry a value of the `statuses` map holds; throws a RangeError saying what is wrong and where
 * (`where` names the entry, e.g. "statuses.c1a2b3").
 */
export function readStatusEntry(value: unknown, where: string): StatusEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RangeError(`${where}: expected an object {status, note?, by, at}, got ${JSON.stringify(value)}`)
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!FIELDS.includes(key)) throw new RangeError(`${where}.${key}: unknown field`)
  }
  const { status, note, by, at } = record
  if (!isParagraphStatus(status)) {
    throw new RangeError(
      `${where}.status: expected one of ${PARAGRAPH_STATUSES.join(', ')}, got ${JSON.stringify(status)}`,
    )
  }
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_STATUS_NOTE)) {
    throw new RangeError(`${where}.note: expected at most ${MAX_STATUS_NOTE} characters of text`)
  }
  checkName(by, `${where}.by`)
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) {
    throw new RangeError(`${where}.at: expected a time in milliseconds, got ${JSON.stringify(at)}`)
  }
  const entry: StatusEntry = { status, by: by as string, at }
  if (typeof note === 'string' && note.trim() !== '') entry.note = note
  return entry
}

/** How the writers and the editor ask for a paragraph's status entry: by the clause's stable id. */
export type StatusLookup = (clauseId: string) => StatusEntry | undefined

/**
 * A lookup over the entries of a `statuses` map given as plain values (as the server and the editor read it);
 * values that are not valid entries count as absent (the paragraph is open), as the server never stores one.
 */
export function paragraphStatuses(entries: Iterable<[string, unknown]> | null | undefined): StatusLookup {
  const valid = new Map<string, StatusEntry>()
  for (const [key, value] of entries ?? []) {
    try {
      valid.set(key, readStatusEntry(value, `statuses.${key}`))
    } catch (e) {
      if (!(e instanceof RangeError)) throw e
    }
  }
  return (id) => valid.get(id)
}
