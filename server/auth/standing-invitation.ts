import type { Storage } from '../storage/index.ts'
import type { Authority, InvitationRequest } from './authority.ts'

const DAY = 86_400_000

/**
 * An invitation the server keeps under a setting name (the home link, the demo's links), so that every start
 * prints the same link again. A new one is issued when there is none yet, or the kept one was revoked or
 * expires within a day, or was for something else.
 */
export async function standingInvitation(
  storage: Storage,
  authority: Authority,
  key: string,
  request: InvitationRequest,
  now = Date.now(),
): Promise<{ id: string; token: string }> {
  const keptId = await storage.setting(key)
  const kept = keptId ? await storage.invitation(keptId) : null
  const same =
    kept?.draft === request.draft && kept.role === request.role && kept.delegation === request.delegation
  if (kept && same && kept.revoked === null && (kept.expires === null || kept.expires > now + DAY)) {
    return { id: kept.id, token: authority.token(kept) }
  }
  const { invitation, token } = await authority.issue(request, now)
  await storage.setSetting(key, invitation.id)
  return { id: invitation.id, token }
}
