import type { Role } from '../../schema/index.ts'

/** The draft id a facilitator token carries to act on every draft of the server. */
export const ALL_DRAFTS = '*'

/** What a token says about its holder. */
export interface Claims {
  /** The token's own id: what an invitation is listed and revoked by. Not a secret. */
  id: string
  /** The draft the token opens, or {@link ALL_DRAFTS} for a server-wide facilitator. */
  draft: string
  /** The delegation (or office) the holder speaks for, e.g. "France" or "Secretariat". */
  delegation: string
  role: Role
  /** When the token stops working, in milliseconds since 1970, or null for never. */
  expires: number | null
}

/** Whether a token's holder may open a draft: its own draft, or any draft for a server-wide facilitator. */
export const opensDraft = (claims: Claims, draftId: string): boolean =>
  claims.draft === draftId || (claims.draft === ALL_DRAFTS && claims.role === 'chair')
