import * as Y from 'yjs'
import { SHARED, sponsorshipProblem } from '../../schema/index.ts'
import { InvalidDocumentError } from '../convert/index.ts'
import type { UpdateChange } from '../model/index.ts'

/**
 * Throws an InvalidDocumentError unless every entry an update set in the `sponsors` map is a plain
 * `Sponsorship` under a delegation's name: the facilitator's editor may set anyone's entry, but never one the
 * editors, the sponsor line and the history could not read.
 */
export function checkSponsors(change: UpdateChange): void {
  const map = change.after.getMap<unknown>(SHARED.sponsors)
  for (const entry of change.sponsors) {
    const where = `sponsors.${entry.key}`
    if (entry.key.trim() === '') throw new InvalidDocumentError(where, 'an entry is keyed by a delegation')
    if (entry.after === undefined) continue
    if (map.get(entry.key) instanceof Y.AbstractType)
      throw new InvalidDocumentError(where, 'an entry is a plain object')
    const problem = sponsorshipProblem(entry.after)
    if (problem) throw new InvalidDocumentError(where, `${problem}: ${JSON.stringify(entry.after)}`)
  }
}
