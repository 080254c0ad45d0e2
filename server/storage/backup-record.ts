import { isLang, isOrgan, isRole } from '../../schema/index.ts'
import type { DraftMeta, HistoryEntry, Invitation, StoredComment, StoredRevision } from './storage.ts'

/**
 * One row of the store as a backup holds it, the same for every store, so that a backup of SQLite restores into
 * PostgreSQL and back. Records come table by table in {@link BACKUP_TABLES} order, so that a draft comes before
 * what belongs to it.
 */
export type BackupRecord =
  | { table: 'settings'; key: string; value: string }
  | {
      table: 'drafts'
      meta: DraftMeta
      /** The compacted state, and the number of the last update it holds. */
      snapshot: Uint8Array
      snapshotSeq: number
      /** The number of the last update stored (see `StoredDraft.lastSeq`). */
      lastSeq: number
    }
  | { table: 'updates'; draft: string; seq: number; at: number; data: Uint8Array }
  | { table: 'invitations'; row: Invitation }
  | { table: 'revisions'; row: StoredRevision }
  | { table: 'history'; row: HistoryEntry }
  | { table: 'comments'; row: StoredComment }

/** The tables of a backup, in the order they are written and restored. */
export const BACKUP_TABLES = [
  'settings',
  'drafts',
  'updates',
  'invitations',
  'revisions',
  'history',
  'comments',
] as const

/** One of {@link BACKUP_TABLES}. */
export type BackupTable = (typeof BACKUP_TABLES)[number]

const base64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')

/** A record as one JSON value: bytes in base64, everything else as it is. */
export function recordJSON(record: BackupRecord): unknown {
  switch (record.table) {
    case 'drafts':
      return { ...record, snapshot: base64(record.snapshot) }
    case 'updates':
      return { ...record, data: base64(record.data) }
    case 'revisions':
      return { table: record.table, row: { ...record.row, state: base64(record.row.state) } }
    default:
      return record
  }
}

/** A record that does not read as one: what is wrong with it. */
export class BadRecord extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BadRecord'
  }
}

type Json = Record<string, unknown>

const object = (value: unknown, what: string): Json => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BadRecord(`${what} is not an object`)
  return value as Json
}

function field<T>(o: Json, key: string, check: (v: unknown) => v is T, expected: string): T {
  const value = o[key]
  if (!check(value)) throw new BadRecord(`"${key}" should be ${expected}, found ${JSON.stringify(value)}`)
  return value
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isNumberOrNull = (v: unknown): v is number | null => v === null || isNumber(v)
const isStringOrNull = (v: unknown): v is string | null => v === null || isString(v)
const str = (o: Json, key: string) => field(o, key, isString, 'text')
const num = (o: Json, key: string) => field(o, key, isNumber, 'a number')
const numOrNull = (o: Json, key: string) => field(o, key, isNumberOrNull, 'a number or null')
const strOrNull = (o: Json, key: string) => field(o, key, isStringOrNull, 'text or null')
const role = (o: Json) => field(o, 'role', isRole, 'chair, delegate or observer')

function bytes(o: Json, key: string): Uint8Array {
  const text = str(o, key)
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
    throw new BadRecord(`"${key}" is not base64`)
  const b = Buffer.from(text, 'base64')
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
}

function draftMeta(o: Json): DraftMeta {
  return {
    id: str(o, 'id'),
    title: str(o, 'title'),
    symbol: str(o, 'symbol'),
    lang: field(o, 'lang', isLang, 'a language code'),
    organ: field(o, 'organ', isOrgan, 'an organ code'),
    created: num(o, 'created'),
    updated: num(o, 'updated'),
    archived: numOrNull(o, 'archived'),
  }
}

/** Reads a record back from its JSON value (see {@link recordJSON}); throws a {@link BadRecord} saying what is wrong. */
export function recordOf(value: unknown): BackupRecord {
  const o = object(value, 'the record')
  switch (o.table) {
    case 'settings':
      return { table: 'settings', key: str(o, 'key'), value: str(o, 'value') }
    case 'drafts':
      return {
        table: 'drafts',
        meta: draftMeta(object(o.meta, '"meta"')),
        snapshot: bytes(o, 'snapshot'),
        snapshotSeq: num(o, 'snapshotSeq'),
        lastSeq: num(o, 'lastSeq'),
      }
    case 'updates':
      return {
        table: 'updates',
        draft: str(o, 'draft'),
        seq: num(o, 'seq'),
        at: num(o, 'at'),
        data: bytes(o, 'data'),
      }
    case 'invitations': {
      const r = object(o.row, '"row"')
      const row: Invitation = {
        id: str(r, 'id'),
        draft: str(r, 'draft'),
        delegation: str(r, 'delegation'),
        role: role(r),
        created: num(r, 'created'),
        expires: numOrNull(r, 'expires'),
        revoked: numOrNull(r, 'revoked'),
      }
      return { table: 'invitations', row }
    }
    case 'revisions': {
      const r = object(o.row, '"row"')
      const row: StoredRevision = {
        draft: str(r, 'draft'),
        n: num(r, 'n'),
        symbol: str(r, 'symbol'),
        note: str(r, 'note'),
        date: num(r, 'date'),
        by: str(r, 'by'),
        state: bytes(r, 'state'),
        doc: str(r, 'doc'),
        records: str(r, 'records'),
      }
      return { table: 'revisions', row }
    }
    case 'history': {
      const r = object(o.row, '"row"')
      const row: HistoryEntry = {
        draft: str(r, 'draft'),
        seq: num(r, 'seq'),
        at: num(r, 'at'),
        delegation: str(r, 'delegation'),
        role: role(r),
        action: str(r, 'action'),
        amendment: strOrNull(r, 'amendment'),
        clause: strOrNull(r, 'clause'),
        label: strOrNull(r, 'label'),
        detail: object(r.detail, '"detail"'),
      }
      return { table: 'history', row }
    }
    case 'comments': {
      const r = object(o.row, '"row"')
      const visibility = str(r, 'visibility')
      if (visibility !== 'all' && visibility !== 'chair')
        throw new BadRecord(`"visibility" should be all or chair, found ${JSON.stringify(visibility)}`)
      const row: StoredComment = {
        id: str(r, 'id'),
        draft: str(r, 'draft'),
        replyTo: strOrNull(r, 'replyTo'),
        author: str(r, 'author'),
        role: role(r),
        visibility,
        clause: str(r, 'clause'),
        quote: strOrNull(r, 'quote'),
        anchor: strOrNull(r, 'anchor'),
        text: str(r, 'text'),
        created: num(r, 'created'),
        edited: numOrNull(r, 'edited'),
        resolved: numOrNull(r, 'resolved'),
        resolvedBy: strOrNull(r, 'resolvedBy'),
      }
      return { table: 'comments', row }
    }
    default:
      throw new BadRecord(`unknown table ${JSON.stringify(o.table)}`)
  }
}

/** What {@link Storage.restore} is told: whether a store that holds anything may be emptied first. */
export interface RestoreOptions {
  /** Empty a store that is not empty (every table) instead of refusing it. */
  replace: boolean
}

/** A store that restore refused: it holds data and `replace` was not given. Nothing was changed. */
export class StoreNotEmpty extends Error {
  constructor(what: string) {
    super(`the store is not empty (${what}); restore only into an empty store, or replace what it holds`)
    this.name = 'StoreNotEmpty'
  }
}
