/** Why a token was refused. */
export type TokenFailure =
  | 'missing'
  | 'malformed'
  | 'bad-signature'
  | 'expired'
  | 'other-draft'
  | 'revoked'
  | 'draft-deleted'

const MESSAGES: Record<TokenFailure, string> = {
  missing: 'no token was given',
  malformed: 'the token is not a penholder token',
  'bad-signature': 'the token was not signed by this server, or was altered',
  expired: 'the token has expired',
  'other-draft': 'the token is for another draft',
  revoked: 'the token has been revoked',
  'draft-deleted': 'the draft this token opened has been deleted',
}

/**
 * A token that was refused, with the reason and the HTTP status that goes with it: 403 for a valid token for
 * another draft, 410 for a token of a deleted draft, 401 for everything else.
 */
export class TokenError extends Error {
  readonly status: 401 | 403 | 410
  constructor(readonly failure: TokenFailure) {
    super(MESSAGES[failure])
    this.name = 'TokenError'
    this.status = failure === 'other-draft' ? 403 : failure === 'draft-deleted' ? 410 : 401
  }
}
