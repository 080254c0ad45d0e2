import type { HistoryEntry, StoredComment } from './storage.ts'

// The values of a history entry and of a comment in the order both stores' INSERT statements name their columns,
// shared by the live writes and the restore of a backup so that the two cannot drift apart.

/** The history table's columns, in the order of {@link historyValues}. */
export const HISTORY_COLUMNS = 'draft, seq, at, delegation, role, action, amendment, clause, label, detail'

/** A history entry as the values of {@link HISTORY_COLUMNS}, its detail as JSON text. */
export function historyValues(e: HistoryEntry): unknown[] {
  return [
    e.draft,
    e.seq,
    e.at,
    e.delegation,
    e.role,
    e.action,
    e.amendment,
    e.clause,
    e.label,
    JSON.stringify(e.detail),
  ]
}

/** The comments table's columns, in the order of {@link commentValues}. */
export const COMMENT_COLUMNS =
  'id, draft, reply_to, author, role, visibility, clause, quote, anchor, text, created, edited, resolved, resolved_by'

/** A comment as the values of {@link COMMENT_COLUMNS}. */
export function commentValues(c: StoredComment): unknown[] {
  return [
    c.id,
    c.draft,
    c.replyTo,
    c.author,
    c.role,
    c.visibility,
    c.clause,
    c.quote,
    c.anchor,
    c.text,
    c.created,
    c.edited,
    c.resolved,
    c.resolvedBy,
  ]
}
