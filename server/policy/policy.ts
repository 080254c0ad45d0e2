import type { Role } from '../../schema/index.ts'
import type { UpdateChange } from '../model/index.ts'

/** Who sent an update: what the connection's token says. */
export interface Identity {
  /** The draft the connection is in. */
  draftId: string
  delegation: string
  role: Role
  /** The id of the token (invitation) the connection was opened with; not the token itself. */
  tokenId: string
}

/** A policy's answer: allowed, or refused with a reason that is logged and sent as the close reason. */
export type Verdict = { allow: true } | { allow: false; reason: string }

/**
 * Decides whether a connection may make a change. One per role; the room runs the policy of the sender's role
 * on every update that changes anything, before the update is applied, stored or forwarded. A policy marked
 * `unrestricted` allows every change of the text the schema allows (it checks only the shape of records and
 * sponsor entries), and says so, so that the room may skip describing an update that cannot break the schema
 * (plain typing) for that role.
 */
export type Policy = ((change: UpdateChange, who: Identity) => Verdict) & { readonly unrestricted?: boolean }

/** The policy of each role. */
export type Policies = Record<Role, Policy>
