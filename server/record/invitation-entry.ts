import type { HistoryAction } from '../../schema/index.ts'
import type { Invitation, NewHistoryEntry } from '../storage/index.ts'

/**
 * The history entry of a link issued or revoked: who did it, and whom the link is for, in which role, until
 * when. The invitation's id is left out: the history is read by every delegation, the links by the facilitator.
 */
export function invitationEntry(
  by: { delegation: string; role: NewHistoryEntry['role'] },
  action: HistoryAction,
  invitation: Invitation,
  at: number = Date.now(),
): NewHistoryEntry {
  return {
    at,
    delegation: by.delegation,
    role: by.role,
    action,
    amendment: null,
    clause: null,
    label: null,
    detail: {
      invitee: invitation.delegation,
      role: invitation.role,
      ...(action === 'invitation.created'
        ? { expires: invitation.expires === null ? null : new Date(invitation.expires).toISOString() }
        : {}),
    },
  }
}
