// Invitation tokens: HMAC-SHA256 signed claims (draft, delegation, role, expiry, id), checked at the WebSocket
// upgrade and on every HTTP call.
export { Authority, type InvitationRequest } from './authority.ts'
export { ALL_DRAFTS, type Claims, opensDraft } from './claims.ts'
export { parseDuration } from './duration.ts'
export { draftLink, homeLink } from './link.ts'
export { standingInvitation } from './standing-invitation.ts'
export { newTokenId, signToken, verifyToken } from './token.ts'
export { TokenError, type TokenFailure } from './token-error.ts'
