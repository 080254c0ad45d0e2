// Where drafts, update logs, invitations, comments and the signing secret are kept.
export { SQLITE_FILE, SqliteStorage } from './sqlite.ts'
export type {
  CommentVisibility,
  DraftFields,
  DraftMeta,
  Invitation,
  Storage,
  StoredComment,
  StoredDraft,
} from './storage.ts'
