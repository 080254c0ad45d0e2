import { newId, type StatusOf } from '../../../schema/index.ts'

/** Who is proposing and how new amendments and clauses are named; what the suggestion transforms need. */
export interface SuggestionContext {
  /** The delegation whose edits become proposals. */
  delegation: string
  /** A fresh amendment id, unique across peers. */
  newAmendmentId(): string
  /** Milliseconds since 1970, for the times of amendment records. */
  now(): number
  /** A fresh clause id for proposed paragraphs; the schema's `newId` when not given. */
  newClauseId?: () => string
  /** The status of amendments, from their records; an amendment without one counts as pending. */
  statusOf?: StatusOf
}

/** A fresh amendment id: "a" and nine random characters, like clause ids, so peers never collide. */
export const newAmendmentId = (): string => `a${newId().slice(1)}`
