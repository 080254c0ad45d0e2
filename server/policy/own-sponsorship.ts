import { readSponsorship } from '../../schema/index.ts'
import type { UpdateChange } from '../model/index.ts'

/**
 * Why a delegation's change of the sponsor list is more than its own joining, withdrawing or saying on whose
 * behalf it acts, or null. It may set only its own entry (the shape of every entry is checked for every role
 * by the validation), never delete it (a withdrawal sets `until`, so that the list keeps its times), and never
 * make itself a main sponsor: that is the facilitator's to say. A main sponsor may still withdraw and rejoin.
 */
export function sponsorsRefusal(change: UpdateChange, delegation: string): string | null {
  for (const entry of change.sponsors) {
    const where = `sponsors.${entry.key}`
    if (entry.key !== delegation) return `${where}: only ${entry.key} may change its sponsorship`
    if (entry.after === undefined)
      return `${where}: a delegation withdraws by setting 'until'; its entry stays`
    const after = readSponsorship(entry.after)
    if (after?.role === 'main' && readSponsorship(entry.before)?.role !== 'main') {
      return `${where}: only the facilitator makes a delegation a main sponsor`
    }
  }
  return null
}
