import { SHARED } from '../../schema/index.ts'
import { recordedAfter } from '../model/index.ts'
import { movedCopyRefusal } from './moved-copies.ts'
import { textRefusal } from './own-proposals.ts'
import { recordsRefusal } from './own-records.ts'
import { sponsorsRefusal } from './own-sponsorship.ts'
import { standingRefusal } from './own-standing.ts'
import type { Policy } from './policy.ts'

/** The shared types a delegation's editor changes: the text, the amendment records and the sponsor list. */
const WRITABLE: readonly string[] = [SHARED.document, SHARED.amendments, SHARED.sponsors]

/**
 * A delegation proposes amendments and never changes agreed text directly (DESIGN.md section 5). Its update is
 * accepted only if every change in it is one a delegation may make: words it inserts carry an insertion mark
 * of one of its own amendments, deletion marks it adds are its own, the paragraph proposals it adds, changes
 * or removes are its own pending ones (and a moved copy holds the words it moves), its records name it and
 * are proposed or withdrawn, it adds or removes only itself as a supporter of another's amendment, and it
 * changes only its own entry in the sponsor list; it never places square brackets or alternative wordings, nor
 * sets a paragraph's status (the facilitator's). The honest editor sends nothing else, so a refusal means a
 * tampered client. Only the touched blocks are compared, and only the changed records parsed.
 */
export const delegatePolicy: Policy = (change, who) => {
  const me = who.delegation
  const root = change.roots.find((name) => !WRITABLE.includes(name))
  if (root !== undefined) {
    return { allow: false, reason: `a delegation may not change '${root}'` }
  }
  const recorded = recordedAfter(change)
  const reason =
    recordsRefusal(change, me) ??
    sponsorsRefusal(change, me) ??
    (change.blocks.length > 0
      ? (textRefusal(change, me, recorded) ??
        movedCopyRefusal(change, me, recorded) ??
        standingRefusal(change, me))
      : null)
  return reason === null ? { allow: true } : { allow: false, reason: `${me}: ${reason}` }
}
