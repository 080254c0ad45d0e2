import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseBaseUrl } from '../address/index.ts'
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

/** The base URL configured for links: `--base-url URL`, else $PENHOLDER_BASE_URL, else none (checked). */
export function configuredBaseUrl(value: string | undefined): string | null {
  const [text, where] =
    value !== undefined ? [value, '--base-url'] : [process.env.PENHOLDER_BASE_URL, 'PENHOLDER_BASE_URL']
  if (!text) return null
  try {
    return parseBaseUrl(text, where)
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
}

/** Where the links a command prints point: the configured base URL, else the default address of `serve`. */
export const baseUrlOf = (value: string | undefined): string =>
  configuredBaseUrl(value) ?? `http://127.0.0.1:${process.env.PORT ?? 8080}`

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
