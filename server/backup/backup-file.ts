import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import {
  BACKUP_TABLES,
  type BackupRecord,
  type BackupTable,
  BadRecord,
  recordJSON,
  recordOf,
  type Storage,
} from '../storage/index.ts'

/** What the first line of a backup file says it is. */
export const BACKUP_FORMAT = 'penholder-backup'

/** The version of the format this penholder writes and reads. */
export const BACKUP_VERSION = 1

/** How many rows of each table a backup holds. */
export type BackupCounts = Record<BackupTable, number>

/** A backup file that cannot be restored: what is wrong, and where. Nothing was written to any store. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

const noRows = (): BackupCounts => Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as BackupCounts

/**
 * Writes the whole store into one file: a header line, one JSON line per row (see `BackupRecord`), and a last
 * line with the count of each table and the SHA-256 of every line before it, by which a truncated or altered
 * file is known. Written beside `path` and renamed into place, so a failed backup leaves no partial file there.
 */
export async function writeBackup(storage: Storage, path: string, from: string): Promise<BackupCounts> {
  const partial = `${path}.partial`
  const file = await open(partial, 'w', 0o600)
  const hash = createHash('sha256')
  const counts = noRows()
  let pending: string[] = []
  let pendingBytes = 0
  const flush = async () => {
    const text = pending.join('')
    pending = []
    pendingBytes = 0
    await file.write(text)
  }
  const line = async (value: unknown, hashed = true) => {
    const text = `${JSON.stringify(value)}\n`
    if (hashed) hash.update(text)
    pending.push(text)
    pendingBytes += text.length
    if (pendingBytes > 1 << 20) await flush()
  }
  try {
    await line({ format: BACKUP_FORMAT, version: BACKUP_VERSION, created: new Date().toISOString(), from })
    for await (const record of storage.backup()) {
      counts[record.table]++
      await line(recordJSON(record))
    }
    await line({ end: true, counts, sha256: hash.digest('hex') }, false)
    await flush()
    await file.sync()
    await file.close()
    await rename(partial, path)
    return counts
  } catch (e) {
    await file.close().catch(() => {})
    await rm(partial, { force: true })
    throw e
  }
}

/** The lines of a file, with their numbers; a missing file is a {@link BackupError}. */
async function* lines(path: string): AsyncGenerator<[number, string]> {
  const stream = createReadStream(path, { encoding: 'utf8' })
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve())
    stream.once('error', (e: NodeJS.ErrnoException) =>
      reject(new BackupError(`${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`)),
    )
  })
  await opened
  let n = 0
  for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }))
    yield [++n, text]
}

function parse(path: string, n: number, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new BackupError(`${path}: line ${n} is not JSON: the file is damaged`)
  }
}

/**
 * Reads a backup file through, checking everything a restore relies on before any store is touched: the
 * header, every record, the counts and the checksum of the last line. Resolves to the counts; throws a
 * {@link BackupError} naming the line at fault, or saying the file is truncated or altered.
 */
export async function checkBackup(path: string): Promise<BackupCounts> {
  const hash = createHash('sha256')
  const counts = noRows()
  let header = false
  let end: Record<string, unknown> | null = null
  let unreadable: BackupError | null = null
  for await (const [n, text] of lines(path)) {
    if (unreadable) throw unreadable
    if (end) throw new BackupError(`${path}: line ${n} follows the last line: the file is damaged`)
    let value: unknown
    try {
      value = parse(path, n, text)
    } catch (e) {
      // Known once the next line is read: the file's last line cut short means a truncated file.
      unreadable = e as BackupError
      continue
    }
    if (!header) {
      const h = value as Record<string, unknown>
      if (h?.format !== BACKUP_FORMAT)
        throw new BackupError(`${path}: not a penholder backup (its first line does not say so)`)
      if (h.version !== BACKUP_VERSION)
        throw new BackupError(
          `${path}: a backup of format version ${String(h.version)}; this penholder reads version ${BACKUP_VERSION}`,
        )
      header = true
      hash.update(`${text}\n`)
      continue
    }
    if ((value as Record<string, unknown>)?.end === true) {
      end = value as Record<string, unknown>
      continue
    }
    hash.update(`${text}\n`)
    try {
      counts[recordOf(value).table]++
    } catch (e) {
      if (e instanceof BadRecord) throw new BackupError(`${path}: line ${n}: ${e.message}`)
      throw e
    }
  }
  if (!header) throw unreadable ?? new BackupError(`${path}: the file is empty`)
  if (!end) throw new BackupError(`${path}: the file ends before its last line: it is truncated`)
  if (end.sha256 !== hash.digest('hex'))
    throw new BackupError(
      `${path}: its lines do not match the checksum of its last line: the file was altered`,
    )
  const said = end.counts as Record<string, unknown> | undefined
  for (const table of BACKUP_TABLES)
    if (said?.[table] !== counts[table])
      throw new BackupError(
        `${path}: it holds ${counts[table]} ${table}, its last line says ${String(said?.[table])}`,
      )
  return counts
}

/** The records of a backup file that {@link checkBackup} passed, in order. */
export async function* backupRecords(path: string): AsyncGenerator<BackupRecord> {
  let first = true
  for await (const [n, text] of lines(path)) {
    if (first) {
      first = false
      continue
    }
    const value = parse(path, n, text)
    if ((value as Record<string, unknown>)?.end === true) return
    yield recordOf(value)
  }
}

/**
 * Restores a backup file into a store: checked through first (a bad file changes nothing), then written in one
 * transaction. Refuses a store that is not empty unless `replace` (see `Storage.restore`).
 */
export async function restoreBackup(
  storage: Storage,
  path: string,
  options: { replace: boolean },
): Promise<BackupCounts> {
  const counts = await checkBackup(path)
  await storage.restore(backupRecords(path), options)
  return counts
}

/** Counts as a line says them: "2 drafts, 31 updates, 6 invitations, ...". */
export const countsText = (counts: BackupCounts): string =>
  BACKUP_TABLES.map((t) => `${counts[t]} ${t}`).join(', ')
