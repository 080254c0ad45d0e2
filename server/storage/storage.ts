import type { Lang, Organ, Role } from '../../schema/index.ts'
import type { BackupRecord, RestoreOptions } from './backup-record.ts'

/** What a draft is listed by: set when it is created and refreshed from its document at each compaction. */
export interface DraftMeta {
  id: string
  title: string
  symbol: string
  lang: Lang
  organ: Organ
  /** Milliseconds since 1970. */
  created: number
  /** When the draft last changed, in milliseconds since 1970. */
  updated: number
  /** When the facilitator archived it (read-only for everyone from then), or null while it is open. */
  archived: number | null
}

/** The listed fields of a draft that its document determines. */
export type DraftFields = Pick<DraftMeta, 'title' | 'symbol' | 'lang' | 'organ'>

/** A draft as stored: the last compacted state and the updates accepted since. */
export interface StoredDraft {
  meta: DraftMeta
  /** A Yjs update holding the whole state as of the last compaction. */
  snapshot: Uint8Array
  /** The updates accepted since the last compaction, in the order the server accepted them. */
  updates: Uint8Array[]
  /**
   * The sequence number of the last update stored: the last of `updates` (what `compact` takes as `upTo`), or,
   * when the log is empty, the last one the snapshot holds (0 if the draft was never compacted after an update).
   */
  lastSeq: number
}

/** What a draft's store holds after a sequence number a process last saw: for a room to catch up. */
export interface StoredSince {
  /**
   * The compacted state, when a compaction has dropped some of the updates after that number from the log (then
   * `updates` is the whole log); null when the log still holds every one of them.
   */
  snapshot: Uint8Array | null
  /** The updates after that number (or the whole log, with `snapshot`), in order. */
  updates: Uint8Array[]
  /** The sequence number of the last update stored. */
  lastSeq: number
}

/** An issued link: who it is for and whether it still works. The token itself is derived from these fields. */
export interface Invitation {
  id: string
  draft: string
  delegation: string
  role: Role
  created: number
  expires: number | null
  revoked: number | null
}

/** A revision of a draft as listed: Rev.N of its symbol, with the facilitator's note. */
export interface RevisionMeta {
  draft: string
  /** Its number: 1 for Rev.1, and so on. */
  n: number
  /** The draft's symbol as issued ("A/C.3/71/L.23/Rev.1"); empty for a draft without a symbol. */
  symbol: string
  note: string
  /** When it was issued, in milliseconds since 1970. */
  date: number
  /** The delegation of the token that issued it. */
  by: string
}

/** A revision as stored: never changed once issued, and kept apart from the log, so no compaction touches it. */
export interface StoredRevision extends RevisionMeta {
  /** The whole shared document as issued: a Yjs update (`Y.encodeStateAsUpdate`). */
  state: Uint8Array
  /** The ProseMirror document as issued, as JSON text. */
  doc: string
  /** The amendment records as issued, as JSON text (an array of records). */
  records: string
}

/** An entry of a draft's history as a caller hands it to be appended. */
export interface NewHistoryEntry {
  /** When it happened, in milliseconds since 1970. */
  at: number
  /** Who did it: the delegation of the token (or connection) that acted. */
  delegation: string
  role: Role
  /** What was done, e.g. 'amendment.accepted', 'revision.issued' (see server/record/history-actions.ts). */
  action: string
  /** The amendment it concerned, if any. */
  amendment: string | null
  /** The stable id of the clause it concerned, if any. */
  clause: string | null
  /** How that clause was named at the time ("operative paragraph 5"), if any. */
  label: string | null
  /** The rest, as a JSON object: words, notes, the delegation an action concerned. */
  detail: Record<string, unknown>
}

/** An entry of a draft's history as stored: numbered in order from 1 within its draft, never changed. */
export interface HistoryEntry extends NewHistoryEntry {
  draft: string
  seq: number
}

/**
 * A history entry as stored, its detail still the JSON text it was kept as (written by JSON.stringify), so that
 * serving a long history copies the text instead of parsing and writing it again.
 */
export interface StoredHistoryEntry extends Omit<HistoryEntry, 'detail'> {
  detail: string
}

/** Who may read a comment: everyone in the draft, or the facilitator only (and the thread's writer). */
export type CommentVisibility = 'all' | 'chair'

/**
 * A comment on a draft, kept out of the shared document so that one the facilitator alone may read never
 * reaches the others' browsers. A thread is a first comment and the replies that name it (`replyTo`).
 */
export interface StoredComment {
  id: string
  draft: string
  /** The first comment of the thread this one answers; null for a thread's first comment. */
  replyTo: string | null
  /** The delegation that wrote it (its token's), and the role it wrote as. */
  author: string
  role: Role
  visibility: CommentVisibility
  /** The stable id of the paragraph it is attached to. */
  clause: string
  /** The words it is attached to, as they read when it was written; null for the whole paragraph. */
  quote: string | null
  /** Where those words are for the editor: a pair of Yjs relative positions (base64), which follow edits. */
  anchor: string | null
  text: string
  /** Milliseconds since 1970: written, last edited (null if never), resolved (null while open). */
  created: number
  edited: number | null
  resolved: number | null
  /** The delegation that resolved the thread. */
  resolvedBy: string | null
}

/** How an append is made. */
export interface UpdateAppend {
  /**
   * The updates bring the draft up to the current schema version (the migration on load): stored even in an
   * archived draft, since they change how it is held, not what it says.
   */
  upgrade?: boolean
}

/**
 * Where drafts, their update logs, invitations and the signing secret live. Every method may be asynchronous
 * so that a database server can stand behind it; `SqliteStorage` is the embedded default, `PgStorage` serves several
 * processes from one PostgreSQL database. An update is durable
 * once `appendUpdate` has resolved: the server forwards it to other connections only after that.
 */
export interface Storage {
  createDraft(id: string, fields: DraftFields, state: Uint8Array): Promise<DraftMeta>
  /** The draft's compacted state and the log since, or null if there is no such draft. */
  loadDraft(id: string): Promise<StoredDraft | null>
  /**
   * Appends an accepted update to the draft's log; resolves to its sequence number once it is durable. Sequence
   * numbers grow in the order the store accepted the updates, which is the order of the draft's log. Rejects
   * with ArchivedDraftError, storing nothing, if the draft is archived.
   */
  appendUpdate(id: string, update: Uint8Array): Promise<number>
  /**
   * Appends updates, in order, only if the draft's last sequence number is still `afterSeq`: the arbiter between
   * processes serving one draft, each of which validated them against the draft as of `afterSeq`. Resolves to
   * the new last sequence number once they are durable, or null, storing nothing, if another writer appended
   * meanwhile (the caller catches up with `updatesSince` and checks them again). Rejects if there is no such draft,
   * and with ArchivedDraftError if it is archived (unless `options.upgrade`): the archive and the appends are
   * ordered by the draft row, so every update is either stored before the archive or refused.
   */
  appendAfter(
    id: string,
    updates: readonly Uint8Array[],
    afterSeq: number,
    options?: UpdateAppend,
  ): Promise<number | null>
  /** What the draft's store holds after sequence number `afterSeq`; null if there is no such draft. */
  updatesSince(id: string, afterSeq: number): Promise<StoredSince | null>
  /**
   * Replaces the compacted state with `state`, which holds every update up to sequence number `upTo`, and drops
   * those from the log in the same step; updates appended meanwhile (after `upTo`) stay in the log. A compaction
   * whose `upTo` is not past that of the stored snapshot does nothing: when two processes compact the same draft
   * at once, the later one cannot put back an older state.
   */
  compact(id: string, state: Uint8Array, upTo: number, fields: DraftFields): Promise<void>
  /**
   * The drafts whose logs hold at least `atLeast` updates since their last compaction, which only a process that
   * stopped without compacting leaves behind: the server compacts them when it starts (`compactLongLogs`).
   */
  longLogs(atLeast: number): Promise<string[]>
  draft(id: string): Promise<DraftMeta | null>
  listDrafts(): Promise<DraftMeta[]>
  addInvitation(invitation: Invitation): Promise<void>
  invitation(id: string): Promise<Invitation | null>
  /** The invitations of a draft (or of '*', the server-wide ones), newest first. */
  invitations(draft: string): Promise<Invitation[]>
  /** Marks an invitation revoked; resolves to false if there is none with this id or it already was. */
  revokeInvitation(id: string): Promise<boolean>
  /**
   * Keeps a revision. Rejects (and keeps nothing) if the draft has a revision of that number already, so two
   * facilitators issuing at once cannot both take one number.
   */
  addRevision(revision: StoredRevision): Promise<void>
  /** A draft's revisions, without their contents, by number. */
  revisions(draft: string): Promise<RevisionMeta[]>
  /** One revision with its contents, or null if the draft has none of that number. */
  revision(draft: string, n: number): Promise<StoredRevision | null>
  /**
   * Appends entries to a draft's history, in order, numbering them after the last one (in one step, so that
   * two writers never share a number). No method changes or deletes an entry.
   */
  appendHistory(draft: string, entries: NewHistoryEntry[]): Promise<void>
  /** A draft's history, in the order it was appended. */
  history(draft: string): Promise<HistoryEntry[]>
  /** A draft's history as stored (details as JSON text), in order; only the entries of one clause if given. */
  storedHistory(draft: string, clause?: string): Promise<StoredHistoryEntry[]>
  /** The secret tokens are signed with, created on first use. */
  signingSecret(): Promise<Uint8Array>
  /** A small named value the server keeps between starts (e.g. which draft is the demo). */
  setting(key: string): Promise<string | null>
  setSetting(key: string, value: string): Promise<void>
  // Comments (issue 13): the server decides who may read and write them (`server/comments/`).
  /** Stores a new comment. */
  addComment(comment: StoredComment): Promise<void>
  /** Every comment of a draft, oldest first (the caller leaves out what a token may not read). */
  comments(draft: string): Promise<StoredComment[]>
  /** Stores a comment's new text, edit time and resolution (its other fields never change). */
  updateComment(comment: StoredComment): Promise<void>
  // Archive, delete, backup and restore (issue 16).
  /**
   * Archives a draft as of `at` (ms since 1970), or opens it again with null. Resolves to false if there is no
   * such draft. The store only keeps the mark: the room refuses changes to an archived draft.
   */
  setArchived(id: string, at: number | null): Promise<boolean>
  /**
   * Deletes a draft and everything of it, in one step: its state and log, its invitations, revisions, history and
   * comments (the only call that removes revisions and history entries). Resolves to false if there is no such draft.
   */
  deleteDraft(id: string): Promise<boolean>
  /**
   * Every row of every table, as backup records in `BACKUP_TABLES` order, read from one consistent state of the
   * store (writers may go on meanwhile; what they write after the start is not in it).
   */
  backup(): AsyncIterable<BackupRecord>
  /**
   * Writes backup records into the store in one transaction: all of them or, if any fails, none. Refuses (with
   * a `StoreNotEmpty`, changing nothing) a store that holds any row, unless `replace` says to empty it first.
   * Update numbers may be renumbered to fit the store; their order within a draft is kept.
   */
  restore(records: AsyncIterable<BackupRecord>, options: RestoreOptions): Promise<void>
  close(): Promise<void>
}
