import type { Policy } from './policy.ts'
import { recordShapesRefusal } from './record-shapes.ts'

/**
 * The facilitator (chair) may change anything the schema allows: the text directly, any amendment record (she
 * decides them) and any entry of the sponsor list (she keeps it). The records she writes must still be
 * well-formed, as everyone's are, since every client reads them (the validation checks every role's sponsor
 * entries).
 */
export const chairPolicy: Policy = Object.assign(
  (change: Parameters<Policy>[0]) => {
    const reason = recordShapesRefusal(change)
    return reason === null
      ? ({ allow: true } as const)
      : { allow: false as const, reason: `the facilitator: ${reason}` }
  },
  { unrestricted: true },
)
