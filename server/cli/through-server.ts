import { ALL_DRAFTS, Authority, standingInvitation } from '../auth/index.ts'
import { advertisedAddress } from '../server-address.ts'
import type { Storage } from '../storage/index.ts'

const YEAR = 365 * 86_400_000

/** A server running on the same store, and a facilitator's token it takes. */
export interface RunningServerAccess {
  url: string
  token: string
}

/**
 * The server running on this store, if one answers: the address the last one started noted, checked with the
 * command line's own standing facilitator link (a server on another store refuses its signature). Null when
 * none answers within a few seconds: the command then works on the store directly.
 */
export async function runningServer(storage: Storage): Promise<RunningServerAccess | null> {
  const url = await advertisedAddress(storage)
  if (!url) return null
  const authority = await Authority.open(storage)
  const request = { draft: ALL_DRAFTS, delegation: 'Facilitator', role: 'chair' as const, lifetime: YEAR }
  const { token } = await standingInvitation(storage, authority, 'command-line-invitation', request)
  try {
    const answer = await fetch(`${url}/api/drafts`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(3000),
    })
    await answer.arrayBuffer()
    return answer.ok ? { url, token } : null
  } catch {
    return null
  }
}
