import { isRole, type Role } from '../../../schema/index.ts'
import { ApiError, api } from '../api/client.ts'
import type { BannerMessage } from '../view/banner.ts'

/** Who a token speaks for on a draft, as GET /api/drafts/ID/me answers. */
export interface Me {
  delegation: string
  role: Role
  /** The draft's id. */
  draft: string
  /** When the invitation ends (milliseconds since 1970), or null if it never does. */
  expires: number | null
  /** Whether the facilitator archived the draft: it is then read and exported, not changed. */
  archived: boolean
}

/** The answer of GET /api/drafts/ID/me as it comes over the wire (the expiry as an ISO date). */
interface MeAnswer {
  delegation?: unknown
  role?: unknown
  draft?: unknown
  expires?: unknown
  archived?: unknown
}

/** Asks the server who the token speaks for on a draft; rejects when it cannot say, or says no role. */
export async function whoAmI(draftId: string, token: string): Promise<Me> {
  const answer = await api<MeAnswer>(token, `/api/drafts/${encodeURIComponent(draftId)}/me`)
  if (!isRole(answer.role) || typeof answer.delegation !== 'string')
    throw new Error('the server sent no role')
  const expires = typeof answer.expires === 'string' ? Date.parse(answer.expires) : Number.NaN
  return {
    delegation: answer.delegation,
    role: answer.role,
    draft: typeof answer.draft === 'string' ? answer.draft : draftId,
    expires: Number.isFinite(expires) ? expires : null,
    archived: typeof answer.archived === 'string',
  }
}

/** Whether the invitation has ended by its date (an invitation without one never does). */
export const hasExpired = (me: Me, now: number = Date.now()): boolean =>
  me.expires !== null && me.expires <= now

/** Whether the server refused the token itself (expired, revoked, or not for this draft). */
export const isRefusedToken = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 401 || error.status === 403)

/**
 * Whether a failed call never reached the server: the network is down (fetch rejects with a TypeError), or a
 * proxy in front of the server answered that it is unreachable (502, 503, 504). The page then works from its
 * local copy.
 */
export const isUnreachable = (error: unknown): boolean =>
  error instanceof TypeError ||
  (error instanceof ApiError && (error.status === 502 || error.status === 503 || error.status === 504))

/** The message for a page that could not learn who it speaks for: the invitation refused, or another failure. */
export function whoAmIFailure(error: unknown): BannerMessage {
  if (isRefusedToken(error)) return { key: 'close.4401', tone: 'error' }
  return { key: 'error.load', vars: { message: (error as Error).message }, tone: 'error' }
}
