import type { RevisionJSON } from '../../../schema/index.ts'
import { silentLog } from '../../log.ts'
import { POLICIES } from '../../policy/index.ts'
import { historyHook, issueRevision, NoSuchDraft } from '../../record/index.ts'
import { RoomRegistry } from '../../room/index.ts'
import type { Storage } from '../../storage/index.ts'
import { DEFAULT_LIMITS } from '../../transport/limits.ts'
import { parseCommandArgs } from '../args.ts'
import { UsageError } from '../command.ts'
import { openCommandStorage, STORE_OPTIONS, STORE_USAGE } from '../server-options.ts'
import { runningServer } from '../through-server.ts'

/** How `draft revise` is called. */
export const REVISE_USAGE = `draft revise ID [--note TEXT] [--json] ${STORE_USAGE}`

/** Issues the revision through the running server, which holds the live text; an error it answers is a UsageError. */
async function throughServer(url: string, token: string, id: string, note: string): Promise<RevisionJSON> {
  const answer = await fetch(`${url}/api/drafts/${encodeURIComponent(id)}/revisions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ note }),
  })
  const body = (await answer.json()) as RevisionJSON & { detail?: string }
  if (!answer.ok) throw new UsageError(`draft ${id}: ${body.detail ?? answer.statusText}`, 1)
  return body
}

/** Issues the revision on the store itself (no server runs on it), through a room of this process's own. */
async function onStore(storage: Storage, id: string, note: string): Promise<RevisionJSON> {
  const rooms = new RoomRegistry({
    storage,
    log: silentLog,
    policies: POLICIES,
    hooks: [historyHook(storage)],
    compactEvery: 500,
    awarenessDelay: 30,
    maxDraftBytes: DEFAULT_LIMITS.maxDraftBytes,
  })
  try {
    const meta = await issueRevision(rooms, storage, id, { note, by: 'Facilitator', role: 'chair' })
    return {
      revision: meta.n,
      symbol: meta.symbol,
      note: meta.note,
      date: new Date(meta.date).toISOString(),
      by: meta.by,
    }
  } catch (e) {
    if (e instanceof NoSuchDraft) throw new UsageError(`${e.message} (see 'penholder draft list')`, 1)
    if (e instanceof RangeError) throw new UsageError(`draft ${id}: ${e.message}`, 1)
    throw e
  } finally {
    await rooms.close()
  }
}

/**
 * `draft revise ID --note TEXT`: issues the next revision of a draft (its symbol moves on to "…/Rev.N"). With a
 * server running on the store it asks that server, which holds the live text; otherwise it works on the store.
 */
export async function reviseDraft(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { note: { type: 'string' }, json: { type: 'boolean' }, ...STORE_OPTIONS },
    REVISE_USAGE,
  )
  const [id] = positionals
  if (!id || positionals.length > 1)
    throw new UsageError(`expected one draft ID; usage: penholder ${REVISE_USAGE}`)
  const storage = await openCommandStorage(values, { existing: true })
  try {
    const note = values.note ?? ''
    const server = await runningServer(storage)
    const revision = server
      ? await throughServer(server.url, server.token, id, note)
      : await onStore(storage, id, note)
    if (values.json) console.log(JSON.stringify(revision))
    else
      console.log(
        `revision ${revision.revision}${revision.symbol ? `: ${revision.symbol}` : ''}, ${revision.date}`,
      )
    return 0
  } finally {
    await storage.close()
  }
}
