import { PgStorage } from './postgres.ts'
import { SqliteStorage } from './sqlite.ts'
import type { Storage } from './storage.ts'
import { maskedStoreUrl } from './store-url.ts'

/** Where a server or a command keeps its drafts: a data folder (the SQLite file) or a PostgreSQL database. */
export type StoreChoice = { dataDir: string } | { url: string }

/** Options of {@link openStorage}. */
export interface OpenStorageOptions {
  /** Told about a PostgreSQL connection that failed while idle (see `PgStorageOptions.onError`). */
  onError?: (error: Error) => void
}

/**
 * Opens the store chosen: the SQLite file of the data folder (created if missing), or the PostgreSQL database,
 * its schema brought up to date. Throws a `StoreError` when the database cannot be opened.
 */
export async function openStorage(choice: StoreChoice, options: OpenStorageOptions = {}): Promise<Storage> {
  if ('url' in choice) return PgStorage.open(choice.url, options.onError ? { onError: options.onError } : {})
  return new SqliteStorage(choice.dataDir)
}

/** The store as logs and messages name it: the data folder, or the URL with its password masked. */
export const storeName = (choice: StoreChoice): string =>
  'url' in choice ? maskedStoreUrl(choice.url) : choice.dataDir
