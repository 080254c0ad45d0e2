// Where drafts, update logs, invitations, comments and the signing secret are kept: SQLite (the default) or
// PostgreSQL.
export { ArchivedDraftError } from './archived-error.ts'
export {
  BACKUP_TABLES,
  type BackupRecord,
  type BackupTable,
  BadRecord,
  type RestoreOptions,
  recordJSON,
  recordOf,
  StoreNotEmpty,
} from './backup-record.ts'
export { type OpenStorageOptions, openStorage, type StoreChoice, storeName } from './open.ts'
export { MIGRATIONS, type Migration } from './pg-migrations.ts'
export { PgStorage, type PgStorageOptions } from './postgres.ts'
export { SQLITE_FILE, SqliteStorage } from './sqlite.ts'
export type {
  CommentVisibility,
  DraftFields,
  DraftMeta,
  HistoryEntry,
  Invitation,
  NewHistoryEntry,
  RevisionMeta,
  Storage,
  StoredComment,
  StoredDraft,
  StoredHistoryEntry,
  StoredRevision,
  StoredSince,
  UpdateAppend,
} from './storage.ts'
export { maskedStoreUrl, postgresUrl, StoreError } from './store-url.ts'
