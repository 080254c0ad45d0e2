import { isRole, type Role } from '../../../schema/index.ts'
import { api } from '../api/client.ts'
import type { BannerMessage } from '../view/banner.ts'

/** What GET /api/drafts/ID/me answers: who the token speaks for. */
export interface Me {
  delegation: string
  role: Role
  /** The draft's id. */
  draft: string
}

/** Asks the server who the token speaks for on a draft; rejects when it cannot say, or says no role. */
export async function whoAmI(draftId: string, token: string): Promise<Me> {
  const me = await api<Me>(token, `/api/drafts/${encodeURIComponent(draftId)}/me`)
  if (!isRole(me.role) || typeof me.delegation !== 'string') throw new Error('the server sent no role')
  return me
}

/** The message for a page that could not learn who it speaks for: the invitation refused, or another failure. */
export function whoAmIFailure(error: unknown): BannerMessage {
  const status = (error as { status?: number }).status
  if (status === 401 || status === 403) return { key: 'close.4401', tone: 'error' }
  return { key: 'error.load', vars: { message: (error as Error).message }, tone: 'error' }
}
