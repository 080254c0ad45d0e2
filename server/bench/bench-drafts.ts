// The drafts the benchmark runs on, created in a fresh data folder before any server starts: the sample
// resolution imported with `penholder draft new` (the room of the typing scenario), copies of it for the idle
// connections, and copies whose update logs hold tens of thousands of keystrokes, written straight through the
// server's storage API as the server itself appends them (one stored update per accepted update).
import * as Y from 'yjs'
import { ALL_DRAFTS, Authority, newDraftId, SqliteStorage } from '../index.ts'
import { parseLink, runPenholder } from './child-server.ts'
import { operativeTexts } from './typist.ts'

/** A draft whose log was filled by {@link prepareDrafts}, and the state its last update reached. */
export interface LoggedDraft {
  id: string
  /** The Yjs client id of the keystrokes in the log, and the clock the last one reached. */
  author: number
  clock: number
}

/** Everything the scenarios connect to. */
export interface BenchDrafts {
  /** The imported sample, and the facilitator token `draft new` printed for it. */
  typing: { id: string; token: string }
  /** A copy of the sample, for the large room. */
  large: string
  /** Copies of the sample, for idle connections. */
  idle: string[]
  /** Copies of the sample whose logs hold `logUpdates` updates each. */
  logged: LoggedDraft[]
  /**
   * Tokens, several of each so that no token carries more than {@link CONNECTIONS_PER_TOKEN} connections (the
   * server limits connections per token): server-wide facilitator tokens (`invite --draft '*'`), and observer
   * tokens of the large room.
   */
  tokens: { chair: string[]; largeObservers: string[] }
  /** The sample's stored state, to seed the reference server's rooms with the same document. */
  seed: Uint8Array
}

/** How many connections the benchmark opens with one token. */
export const CONNECTIONS_PER_TOKEN = 50
/** How many tokens of each role {@link prepareDrafts} issues: enough for 2,000 connections. */
const TOKENS_PER_ROLE = 40

/** The token of the `index`-th connection of a load, from a list of tokens. */
export const tokenFor = (tokens: readonly string[], index: number): string =>
  tokens[Math.floor(index / CONNECTIONS_PER_TOKEN) % tokens.length]!

/** How many drafts of each kind {@link prepareDrafts} creates. */
export interface DraftCounts {
  idle: number
  logged: number
  logUpdates: number
}

/** Creates the benchmark's drafts in `dataDir` from the Markdown file `sample`. */
export async function prepareDrafts(
  dataDir: string,
  sample: string,
  counts: DraftCounts,
): Promise<BenchDrafts> {
  const typing = parseLink(await runPenholder(['draft', 'new', sample, '--data', dataDir]))
  const storage = new SqliteStorage(dataDir)
  try {
    const stored = await storage.loadDraft(typing.draftId)
    if (!stored) throw new Error(`draft ${typing.draftId} that 'penholder draft new' printed is not stored`)
    const { title, symbol, lang, organ } = stored.meta
    const copy = async () =>
      (await storage.createDraft(newDraftId(), { title, symbol, lang, organ }, stored.snapshot)).id
    const large = await copy()
    const idle: string[] = []
    for (let i = 0; i < counts.idle; i++) idle.push(await copy())
    const logged: LoggedDraft[] = []
    for (let i = 0; i < counts.logged; i++) {
      const id = await copy()
      logged.push({ id, ...(await fillLog(storage, id, stored.snapshot, counts.logUpdates)) })
    }
    const authority = await Authority.open(storage)
    const issue = async (draft: string, role: 'chair' | 'observer') => {
      const tokens: string[] = []
      for (let i = 0; i < TOKENS_PER_ROLE; i++) {
        const delegation = `Benchmark ${role} ${i + 1}`
        tokens.push((await authority.issue({ draft, delegation, role, lifetime: null })).token)
      }
      return tokens
    }
    return {
      typing: { id: typing.draftId, token: typing.token },
      large,
      idle,
      logged,
      tokens: { chair: await issue(ALL_DRAFTS, 'chair'), largeObservers: await issue(large, 'observer') },
      seed: stored.snapshot,
    }
  } finally {
    await storage.close()
  }
}

/** Appends `count` one-character updates, typed at the end of the first operative paragraph, to a draft's log. */
async function fillLog(
  storage: SqliteStorage,
  id: string,
  snapshot: Uint8Array,
  count: number,
): Promise<{ author: number; clock: number }> {
  const doc = new Y.Doc({ gc: false })
  Y.applyUpdate(doc, snapshot)
  const [text] = operativeTexts(doc)
  if (!text) throw new Error('the sample has no operative paragraph to type into')
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) text.insert(text.length, 'abcdefghijklmnopqrstuvwxyz '[i % 27]!)
  for (const update of updates) await storage.appendUpdate(id, update)
  return { author: doc.clientID, clock: Y.getState(doc.store, doc.clientID) }
}
