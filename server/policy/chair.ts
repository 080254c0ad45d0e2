import { SHARED } from '../../schema/index.ts'
import type { Policy } from './policy.ts'
import { recordShapesRefusal } from './record-shapes.ts'

/**
 * The facilitator (chair) may change anything the schema allows, with two exceptions that keep the record
 * honest: the statuses she sets name her (`by` is her delegation), and the `commentsVersion` counter is the
 * server's alone. Plain typing, which touches neither, needs no look (`unrestricted`); the schema validation
 * still applies. The records she writes must be well-formed, as everyone's are, since every client reads them
 * (the validation checks every role's sponsor entries).
 */
export const chairPolicy: Policy = Object.assign(
  ((change, who) => {
    if (change.roots.includes(SHARED.commentsVersion)) {
      return { allow: false, reason: `only the server changes '${SHARED.commentsVersion}'` }
    }
    for (const entry of change.statuses) {
      const by = (entry.after as { by?: unknown } | undefined)?.by
      if (entry.after !== undefined && by !== who.delegation) {
        return {
          allow: false,
          reason: `statuses.${entry.key}: a status names who set it (${who.delegation}), not ${JSON.stringify(by)}`,
        }
      }
    }
    const reason = recordShapesRefusal(change)
    if (reason !== null) return { allow: false, reason: `the facilitator: ${reason}` }
    return { allow: true }
  }) satisfies Policy,
  { unrestricted: true },
)
