/**
 * The collaboration contract: what the editor and the server must agree on. Both import it from here so that
 * neither depends on the other.
 */

/**
 * Version of the document schema. A client opens a draft with a version it does not know read-only. Version 2
 * put the paragraphs in two parts, the preamble and the operative part; in version 1 they stood at the top
 * level of the document, and the server moves them when it opens such a draft. Version 3 added annexes after
 * the closing lines (an editor of version 2 would drop an annex it cannot build); a draft of version 2 needs
 * no change but its number.
 */
export const SCHEMA_VERSION = 3

/** Names of the shared types in each draft's Y.Doc. */
export const SHARED = {
  /** The ProseMirror document, bound by y-prosemirror. */
  document: 'prosemirror',
  /** Amendment records, keyed by amendment id. */
  amendments: 'amendments',
  /** Draft metadata: schema version, language, organ, symbol. */
  meta: 'meta',
  /**
   * Sponsors and co-sponsors: keyed by delegation (its English short name, see `delegationKey`), each value a
   * {@link Sponsorship}. A delegation sets only its own entry (joins as co-sponsor, withdraws, says on whose
   * behalf it acts); the facilitator sets anyone's. A withdrawal keeps the entry, with its times.
   */
  sponsors: 'sponsors',
  // Where each paragraph stands (issue 13).
  /**
   * The facilitator's status of each paragraph, keyed by the clause's stable id, each value a
   * {@link StatusEntry}; a paragraph without one is open. Only the facilitator writes it.
   */
  statuses: 'statuses',
  /**
   * A counter the server alone bumps when the draft's comments change, so that editors fetch the comments they
   * may see; it carries no content, since comments a facilitator keeps to herself must not reach every client.
   */
  commentsVersion: 'commentsVersion',
} as const

/** Main sponsor (the facilitator says so) or co-sponsor. */
export type SponsorRole = 'main' | 'co'

/**
 * A delegation's entry in the `sponsors` map. Times in milliseconds since 1970. An entry of an older draft,
 * `{since}` alone, reads as a co-sponsor's.
 */
export interface Sponsorship {
  /** When it (last) joined. */
  since: number
  role: SponsorRole
  /** When it withdrew; absent while it sponsors the draft. Joining again clears it and sets a new `since`. */
  until?: number
  /** The group it acts for: a group's id (see `SPONSOR_GROUPS`, e.g. "G77") or a group's name as written. */
  onBehalfOf?: string
}

/** Keys of the `meta` map. */
export const META = {
  schemaVersion: 'schemaVersion',
  lang: 'lang',
  organ: 'organ',
} as const

/** What a connection may do. */
export const ROLES = ['chair', 'delegate', 'observer'] as const

/** One of {@link ROLES}: the facilitator (chair), a delegation (delegate), or a reader (observer). */
export type Role = (typeof ROLES)[number]

/** Whether a value is one of the {@link ROLES}. */
export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)

/**
 * WebSocket close codes the server uses, in the private range 4000-4999, so that the client can tell the
 * delegate why the connection ended.
 */
export const CLOSE = {
  /** The message could not be decoded as a y-protocols message. */
  malformed: 4400,
  /** The token was missing, invalid or expired when checked again. */
  unauthorized: 4401,
  /** The role does not allow this change (an observer edited, a delegation changed agreed text). */
  forbidden: 4403,
  /** The connection could not keep up and its send buffer overflowed. */
  slowConsumer: 4408,
  /** A message was larger than the server accepts. */
  tooLarge: 4413,
  /** The update would make a document the schema does not allow. */
  invalidDocument: 4422,
  /** The server is shutting down; reconnect later. */
  shuttingDown: 4503,
  // Bounds of the server (perf): the update was not stored, and sending it again meets the same answer.
  /** The update would make the draft larger than the server's maximum draft size. */
  draftTooLarge: 4507,
  // Archive and delete (issue 16): the facilitator's decisions about the whole draft.
  /** The draft is archived: it can be read and exported, not changed. */
  archived: 4409,
  /** The draft was deleted: nothing of it is left. */
  deleted: 4410,
} as const

/** One of the values of {@link CLOSE}. */
export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE]

/** The awareness fields the server fills from the token; a client claiming others is refused. */
export interface AwarenessUser {
  delegation: string
  role: Role
  color?: string
}

// The negotiation's record (revisions and the history), as the API gives it to the editor and to programs.

/**
 * What a history entry says was done. `amendment.removed`: a pending proposal its delegation erased (or merged
 * into another); `sponsor.changed`: a sponsor's entry changed (its role, a group it speaks for);
 * `revision.oral`: a change the facilitator made orally in the meeting, with her note.
 */
export const HISTORY_ACTIONS = [
  'revision.issued',
  'revision.oral',
  'amendment.proposed',
  'amendment.accepted',
  'amendment.rejected',
  'amendment.withdrawn',
  'amendment.removed',
  'amendment.supported',
  'amendment.unsupported',
  'sponsor.joined',
  'sponsor.left',
  'sponsor.changed',
  'status.changed',
  'invitation.created',
  'invitation.revoked',
] as const

/** One of {@link HISTORY_ACTIONS}. */
export type HistoryAction = (typeof HISTORY_ACTIONS)[number]

/** A revision as `GET /api/drafts/ID/revisions` lists it (and `POST` answers it). */
export interface RevisionJSON {
  revision: number
  /** "A/C.3/71/L.23/Rev.1"; empty for a draft without a symbol. */
  symbol: string
  note: string
  /** When it was issued (ISO 8601). */
  date: string
  /** The delegation that issued it. */
  by: string
}

/**
 * An entry of `GET /api/drafts/ID/history`. `detail` holds what else the action concerned: `proposer` (the
 * delegation of an amendment), `kind`, `inserted` and `deleted` (words, for an accepted amendment and an oral
 * revision), `paragraph` ('insert', 'delete' or 'move' for a whole paragraph), `note`, `sponsor`, `invitee`,
 * `from` and `to` (of a status), `revision` and `symbol`.
 */
export interface HistoryEntryJSON {
  seq: number
  /** When (ISO 8601). */
  at: string
  /** Who acted. */
  delegation: string
  role: Role
  action: HistoryAction
  amendment: string | null
  /** The stable id of the clause it concerned. */
  clause: string | null
  /** That clause as it was numbered then: "operative paragraph 5". */
  label: string | null
  detail: Record<string, unknown>
}
