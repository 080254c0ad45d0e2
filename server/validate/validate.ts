import type * as Y from 'yjs'
import { META, SHARED } from '../../schema/index.ts'
import { checkTopLevel, docAttrsFromMeta, InvalidDocumentError } from '../convert/index.ts'
import type { UpdateChange } from '../model/index.ts'
import { checkSponsors } from './sponsors.ts'
import { checkStatuses } from './statuses.ts'

const SHARED_NAMES: readonly string[] = Object.values(SHARED)

/**
 * Throws an InvalidDocumentError unless the draft's `meta` map holds a schema version (a positive integer; one
 * newer than this server's is kept, and clients of this version then open the draft read-only), a language and
 * an organ.
 */
export function checkMeta(meta: Y.Map<unknown>): void {
  const version = meta.get(META.schemaVersion)
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    throw new InvalidDocumentError(
      'meta',
      `'${META.schemaVersion}' must be a positive integer, got ${JSON.stringify(version)}`,
    )
  }
  docAttrsFromMeta(meta)
}

/**
 * Throws an InvalidDocumentError if an update takes the draft's schema version back: the server would take
 * the draft for an older one and bring it up to date again the next time it opens it.
 */
function checkVersionKept(change: UpdateChange): void {
  const entry = change.meta.find((e) => e.key === META.schemaVersion)
  if (!entry || typeof entry.before !== 'number' || typeof entry.after !== 'number') return
  if (entry.after < entry.before) {
    throw new InvalidDocumentError(
      'meta',
      `'${META.schemaVersion}' cannot go back from ${entry.before} to ${entry.after}`,
    )
  }
}

/**
 * Checks the result of an update against the schema, looking only at what it changed: the shared types it
 * touched must be a draft's, the sequence of the top level and of each part (if it changed) must be one the
 * document allows, every block it added or changed must convert to a node the schema accepts, `meta` must
 * stay whole, the entries it set in `sponsors` must be sponsorships, and every status it set must be a status
 * entry.
 * Throws an InvalidDocumentError that says what is wrong and where.
 */
export function validateChange(change: UpdateChange): void {
  for (const root of change.roots) {
    if (!SHARED_NAMES.includes(root))
      throw new InvalidDocumentError(root, `a draft has no shared type '${root}'`)
  }
  if (change.sequenceChanged) checkTopLevel(change.after.getXmlFragment(SHARED.document))
  for (const block of change.blocks) void block.after
  if (change.meta.length > 0) {
    checkMeta(change.after.getMap(SHARED.meta))
    checkVersionKept(change)
  }
  if (change.sponsors.length > 0) checkSponsors(change)
  checkStatuses(change)
}
