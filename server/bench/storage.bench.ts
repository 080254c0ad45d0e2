// The two stores side by side, on what the server asks of them: appending a keystroke's update (the server forwards
// it only once this resolves), two processes appending to one draft at once, reopening a draft whose log holds
// 50,000 updates, and compacting 500 updates into a snapshot. PostgreSQL runs durable (fsync and synchronous
// commits on, as in production), on this machine's loopback; SQLite as the server opens it (WAL, synchronous
// NORMAL). Prints the figures per store, then one JSON line.
// A room stores one update at a time and forwards it once stored, so a room's updates per second are bounded by
// the store's append latency: on PostgreSQL, one durable commit each. Appends to one draft from two processes
// take the draft row's lock in turn (that keeps the log in the order of its numbers), so they cannot share a
// commit flush either: the two-process figure is the bound for one draft of a cluster.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { importDraftText } from '../drafts/import.ts'
import { draftDocFrom } from '../drafts/ydoc.ts'
import { PgStorage, SqliteStorage, type Storage } from '../storage/index.ts'
import { now } from './clock.ts'
import { summarize } from './percentiles.ts'
import { startPostgres } from './postgres-server.ts'
import { operativeTexts } from './typist.ts'

const SAMPLE = importDraftText(
  readFileSync(new URL('./fixtures/fr_A-RES-71-194.md', import.meta.url), 'utf8'),
).doc
const APPENDS = 2000
const CONCURRENT = 1000
const LONG_LOG = 50_000
const COMPACTED = 500
const fields = { title: 'Bench', symbol: 'A/C.3/71/L.23', lang: 'en' as const, organ: 'ga' as const }

/** `count` keystrokes typed one by one into the first paragraph, as the updates Yjs makes for them. */
function keystrokes(count: number): { initial: Uint8Array; updates: Uint8Array[]; doc: Y.Doc } {
  const doc = draftDocFrom(SAMPLE)
  const initial = Y.encodeStateAsUpdate(doc)
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  const text = operativeTexts(doc)[0]!
  for (let i = 0; i < count; i++) text.insert(0, String.fromCharCode(97 + (i % 26)))
  return { initial, updates, doc }
}

const round1 = (ms: number) => Math.round(ms * 10) / 10

async function measure(name: string, open: () => Promise<Storage>) {
  const storage = await open()
  const other = await open()
  try {
    // 1. Appending one keystroke at a time, as one room does.
    const typed = keystrokes(APPENDS)
    await storage.createDraft('append', fields, typed.initial)
    const appendMs: number[] = []
    for (const u of typed.updates) {
      const started = now()
      await storage.appendUpdate('append', u)
      appendMs.push(now() - started)
    }
    const append = summarize(appendMs.slice(200))

    // 2. Two processes appending to one draft at once (a cluster's busiest room).
    const shared = keystrokes(CONCURRENT * 2)
    await storage.createDraft('shared', fields, shared.initial)
    const started = now()
    await Promise.all(
      [storage, other].map(async (s, k) => {
        for (let i = k; i < shared.updates.length; i += 2) await s.appendUpdate('shared', shared.updates[i]!)
      }),
    )
    const concurrentPerSecond = Math.round((shared.updates.length / (now() - started)) * 1000)

    // 3. Reopening a draft with a long log; 4. compacting the first 500 of them.
    const long = keystrokes(LONG_LOG)
    await storage.createDraft('long', fields, long.initial)
    // Written 50 at a time, to fill the log quickly; the order in the log does not matter to loading it.
    for (let i = 0; i < long.updates.length; i += 50)
      await Promise.all(long.updates.slice(i, i + 50).map((u) => storage.appendUpdate('long', u)))
    const loads: number[] = []
    for (let i = 0; i < 3; i++) {
      const t = now()
      const stored = await other.loadDraft('long')
      loads.push(now() - t)
      if (stored!.updates.length !== LONG_LOG)
        throw new Error(`${name}: loaded ${stored!.updates.length} updates`)
    }
    const loadMs = round1(loads.sort((a, b) => a - b)[1]!)
    const small = keystrokes(COMPACTED)
    await storage.createDraft('compact', fields, small.initial)
    let last = 0
    for (const u of small.updates) last = await storage.appendUpdate('compact', u)
    const t = now()
    await storage.compact('compact', Y.encodeStateAsUpdate(small.doc), last, fields)
    const compactMs = round1(now() - t)

    console.log(
      `${name}: append p50 ${append.p50} ms, p95 ${append.p95}, p99 ${append.p99}; two processes appending ` +
        `${concurrentPerSecond} updates/s; loading a ${LONG_LOG}-update log ${loadMs} ms; compacting ` +
        `${COMPACTED} updates ${compactMs} ms`,
    )
    return { append_p50_ms: append.p50, append_p99_ms: append.p99, concurrentPerSecond, loadMs, compactMs }
  } finally {
    await storage.close()
    await other.close()
  }
}

const data = mkdtempSync(join(tmpdir(), 'penholder-bench-'))
const postgres = await startPostgres({ durable: true })
try {
  const sqlite = await measure('SQLite', async () => new SqliteStorage(data))
  const url = await postgres.database()
  const pg = await measure('PostgreSQL', () => PgStorage.open(url))
  console.log(
    JSON.stringify({
      sqlite_append_p50_ms: sqlite.append_p50_ms,
      sqlite_append_p99_ms: sqlite.append_p99_ms,
      sqlite_two_process_appends_per_s: sqlite.concurrentPerSecond,
      sqlite_load_50k_ms: sqlite.loadMs,
      sqlite_compact_500_ms: sqlite.compactMs,
      pg_append_p50_ms: pg.append_p50_ms,
      pg_append_p99_ms: pg.append_p99_ms,
      pg_two_process_appends_per_s: pg.concurrentPerSecond,
      pg_load_50k_ms: pg.loadMs,
      pg_compact_500_ms: pg.compactMs,
    }),
  )
} finally {
  await postgres.stop()
  rmSync(data, { recursive: true, force: true })
}
