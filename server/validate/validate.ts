import type * as Y from 'yjs'
import { META, SHARED } from '../../schema/index.ts'
import { checkTopLevel, docAttrsFromMeta, InvalidDocumentError } from '../convert/index.ts'
import type { UpdateChange } from '../policy/index.ts'

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
 * Checks the result of an update against the schema, looking only at what it changed: the shared types it
 * touched must be a draft's, the top-level sequence (if it changed) must be one the document allows, every
 * top-level node it added or changed must convert to a node the schema accepts, and `meta` must stay whole.
 * Throws an InvalidDocumentError that says what is wrong and where.
 */
export function validateChange(change: UpdateChange): void {
  for (const root of change.roots) {
    if (!SHARED_NAMES.includes(root))
      throw new InvalidDocumentError(root, `a draft has no shared type '${root}'`)
  }
  if (change.sequenceChanged) checkTopLevel(change.after.getXmlFragment(SHARED.document))
  for (const block of change.blocks) void block.after
  if (change.meta.length > 0) checkMeta(change.after.getMap(SHARED.meta))
}
