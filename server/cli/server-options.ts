import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { SQLITE_FILE, SqliteStorage } from '../storage/index.ts'
import { UsageError } from './command.ts'

/** The data folder a command works on: `--data DIR`, else ./data. */
export const dataDirOf = (value: string | undefined): string => resolve(value ?? 'data')

/** The port `serve` listens on: `--port N`, else $PORT, else 8080. */
export function portOf(value: string | undefined): number {
  const text = value ?? process.env.PORT ?? '8080'
  const port = Number(text)
  if (!/^\d+$/.test(text) || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, got '${text}'`)
  return port
}

/** Where the links a command prints point: `--base-url URL`, else the default address of `serve`. */
export function baseUrlOf(value: string | undefined): string {
  const base = value ?? `http://127.0.0.1:${process.env.PORT ?? 8080}`
  if (!/^https?:\/\/[^/\s]+/.test(base))
    throw new UsageError(`--base-url must be like http://host:port, got '${base}'`)
  return base.replace(/\/+$/, '')
}

/** Opens the store of an existing data folder; a folder without one is a usage error, not a new empty store. */
export function openExistingStorage(dataDir: string): SqliteStorage {
  if (!existsSync(join(dataDir, SQLITE_FILE))) {
    throw new UsageError(
      `${dataDir}: no penholder data here (start 'penholder serve --data ${dataDir}' or create a draft first)`,
      1,
    )
  }
  return new SqliteStorage(dataDir)
}
