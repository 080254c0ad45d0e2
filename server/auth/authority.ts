import type { Role } from '../../schema/index.ts'
import type { Invitation, Storage } from '../storage/index.ts'
import { type Claims, opensDraft } from './claims.ts'
import { newTokenId, signToken, verifyToken } from './token.ts'
import { TokenError } from './token-error.ts'

/** What an invitation is for: a draft (or '*'), a delegation, a role, and how long it lasts (ms, null = never). */
export interface InvitationRequest {
  draft: string
  delegation: string
  role: Role
  lifetime: number | null
}

const claimsOf = (i: Invitation): Claims => ({
  id: i.id,
  draft: i.draft,
  delegation: i.delegation,
  role: i.role,
  expires: i.expires,
})

/** Issues and checks the tokens of one server: signs with the stored secret and records every invitation. */
export class Authority {
  private constructor(
    private readonly storage: Storage,
    private readonly secret: Uint8Array,
  ) {}

  /** The authority of the server whose data is in `storage`. */
  static async open(storage: Storage): Promise<Authority> {
    return new Authority(storage, await storage.signingSecret())
  }

  /**
   * Checks a token for a draft (or, without `draftId`, for the server as a whole) and resolves to what it says.
   * Throws a {@link TokenError}: missing, malformed, bad signature, expired, for another draft, or revoked.
   */
  async check(token: string | null | undefined, draftId?: string, now = Date.now()): Promise<Claims> {
    const claims = verifyToken(token, this.secret, now)
    if (draftId !== undefined && !opensDraft(claims, draftId)) throw new TokenError('other-draft')
    const invitation = await this.storage.invitation(claims.id)
    // A signed token without its invitation: the draft was deleted, and its invitations with it.
    if (!invitation && claims.draft !== '*' && !(await this.storage.draft(claims.draft)))
      throw new TokenError('draft-deleted')
    if (!invitation || invitation.revoked !== null) throw new TokenError('revoked')
    return claims
  }

  /** Records a new invitation and returns it with its token. */
  async issue(
    request: InvitationRequest,
    now = Date.now(),
  ): Promise<{ invitation: Invitation; token: string }> {
    if (request.draft === '*' && request.role !== 'chair') {
      throw new RangeError('only a facilitator (chair) token can be issued for every draft')
    }
    const delegation = request.delegation.trim()
    if (!delegation || delegation.length > 100)
      throw new RangeError('a delegation name has 1 to 100 characters')
    const invitation: Invitation = {
      id: newTokenId(),
      draft: request.draft,
      delegation,
      role: request.role,
      created: now,
      expires: request.lifetime === null ? null : now + request.lifetime,
      revoked: null,
    }
    await this.storage.addInvitation(invitation)
    return { invitation, token: this.token(invitation) }
  }

  /** The token of a recorded invitation (the same string every time). */
  token(invitation: Invitation): string {
    return signToken(claimsOf(invitation), this.secret)
  }
}
