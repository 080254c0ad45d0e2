// Scenario 3: drafts whose update logs have grown long (a day of negotiation, keystroke by keystroke) are
// opened by the first delegate after a server start; the delegate waits while the server loads the log.
import * as Y from 'yjs'
import type { LoggedDraft } from './bench-drafts.ts'
import { now } from './clock.ts'
import { LightClient } from './light-client.ts'

/** What {@link reopenLog} measured. */
export interface ReopenResult {
  /** From opening the socket to applying sync step 2, for the first client of each draft after the start. */
  firstSyncMs: number[]
  /** The same for a client of a draft already in memory (median of five). */
  warmSyncMs: number
  /** Whether every first client received every update of the log. */
  complete: boolean
}

async function timeSync(url: string): Promise<{ ms: number; client: LightClient }> {
  const started = now()
  const client = new LightClient(url)
  await client.synced
  return { ms: now() - started, client }
}

const round1 = (ms: number) => Math.round(ms * 10) / 10

/** Times the first sync of each logged draft on a freshly started server, then a warm one. */
export async function reopenLog(drafts: LoggedDraft[], url: (id: string) => string): Promise<ReopenResult> {
  const first: number[] = []
  const open: LightClient[] = []
  let complete = true
  try {
    for (const draft of drafts) {
      const { ms, client } = await timeSync(url(draft.id))
      first.push(round1(ms))
      open.push(client)
      complete &&= Y.getState(client.doc.store, draft.author) === draft.clock
    }
    const warm: number[] = []
    for (let i = 0; i < 5; i++) {
      const { ms, client } = await timeSync(url(drafts[0]!.id))
      warm.push(ms)
      await client.close()
    }
    warm.sort((a, b) => a - b)
    return { firstSyncMs: first, warmSyncMs: round1(warm[2]!), complete }
  } finally {
    await Promise.all(open.map((c) => c.close()))
  }
}
