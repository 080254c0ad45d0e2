// Where drafts, update logs, invitations and the signing secret are kept.
export { SQLITE_FILE, SqliteStorage } from './sqlite.ts'
export type {
  DraftFields,
  DraftMeta,
  HistoryEntry,
  Invitation,
  NewHistoryEntry,
  RevisionMeta,
  Storage,
  StoredDraft,
  StoredRevision,
} from './storage.ts'
