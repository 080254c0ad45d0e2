import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseBaseUrl } from '../address/index.ts'
import {
  openStorage,
  postgresUrl,
  SQLITE_FILE,
  type Storage,
  type StoreChoice,
  StoreError,
} from '../storage/index.ts'
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

/** The options of every command that works on the store, for `parseCommandArgs`. */
export const STORE_OPTIONS = { data: { type: 'string' }, store: { type: 'string' } } as const

/** How a command's usage names {@link STORE_OPTIONS}. */
export const STORE_USAGE = '[--data DIR | --store URL]'

/**
 * The store a command works on: `--store URL` (PostgreSQL), else `--data DIR` (SQLite), else $PENHOLDER_STORE, else
 * ./data. Both options at once, or a URL that names no PostgreSQL database, are usage errors.
 */
export function storeChoiceOf(values: {
  data?: string | undefined
  store?: string | undefined
}): StoreChoice {
  if (values.store !== undefined && values.data !== undefined)
    throw new UsageError('--store and --data name two different stores: give one')
  const fromEnv =
    values.data === undefined && values.store === undefined ? process.env.PENHOLDER_STORE : undefined
  const url = values.store ?? (fromEnv || undefined)
  if (url === undefined) return { dataDir: dataDirOf(values.data) }
  try {
    return { url: postgresUrl(url) }
  } catch (e) {
    throw new UsageError(
      `${values.store !== undefined ? '--store' : 'PENHOLDER_STORE'}: ${(e as Error).message}`,
      1,
    )
  }
}

/** A store that could not be opened as the command line says it: one line, exit status 1. */
export function storeFailure(e: unknown): unknown {
  return e instanceof StoreError ? new UsageError(`cannot open the store: ${e.message}`, 1) : e
}

/**
 * Opens the store a command works on (see {@link storeChoiceOf}). With `existing`, a data folder without a store is
 * a usage error, not a new empty store; a PostgreSQL database gets its schema on first use either way.
 */
export async function openCommandStorage(
  values: { data?: string | undefined; store?: string | undefined },
  { existing }: { existing: boolean },
): Promise<Storage> {
  const choice = storeChoiceOf(values)
  if (existing && 'dataDir' in choice && !existsSync(join(choice.dataDir, SQLITE_FILE))) {
    throw new UsageError(
      `${choice.dataDir}: no penholder data here (start 'penholder serve --data ${choice.dataDir}' or create a draft first)`,
      1,
    )
  }
  try {
    return await openStorage(choice)
  } catch (e) {
    throw storeFailure(e)
  }
}
