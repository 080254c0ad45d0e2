import type { Node } from 'prosemirror-model'
import type * as Y from 'yjs'

/**
 * One block of the draft (header, title, formula, a preambular or operative clause in its part, closing) that
 * an update added, removed or changed. `before` and `after` are converted from the shared document on first use;
 * reading `after` also checks it against the schema and throws an InvalidDocumentError if it does not pass.
 */
export interface BlockChange {
  kind: 'added' | 'removed' | 'changed'
  /** Its index among the blocks: after the update, or before it for a removed node. */
  index: number
  /** Where it stands, e.g. 'doc/4:operative_part/2': after the update, or before it for a removed node. */
  readonly at: string
  /** Its node type name, e.g. 'operative'. */
  type: string
  /** The node before the update; null for an added one. */
  readonly before: Node | null
  /** The node after the update; null for a removed one. */
  readonly after: Node | null
}

/** A key of a shared map (`amendments`, `meta`) that an update set, changed or deleted; values as JSON. */
export interface EntryChange {
  key: string
  /** The value before the update; undefined if the key was absent. */
  before: unknown
  /** The value after the update; undefined if the key was deleted. */
  after: unknown
}

/**
 * What an incoming update changes, worked out on a staging copy of the draft before the update touches the
 * real one. Policies decide on it; the schema validation checks it.
 */
export interface UpdateChange {
  /** The Yjs transaction that applied the update to the staging copy. */
  transaction: Y.Transaction
  /** The staging copy with the update applied, and the draft as it is, without it. */
  after: Y.Doc
  before: Y.Doc
  /** Names of the shared types (SHARED values, or others a tampered client made up) the update changed. */
  roots: string[]
  /** The blocks of the document the update touched, in document order. */
  blocks: BlockChange[]
  /** Whether the sequence of top-level nodes or of the paragraphs of a part changed (one added, removed or moved). */
  sequenceChanged: boolean
  /** Changes to amendment records, by amendment id. */
  amendments: EntryChange[]
  /** Changes to the draft's metadata (schema version, language, organ). */
  meta: EntryChange[]
  /** Changes to the sponsor list, by delegation (see SHARED.sponsors). */
  sponsors: EntryChange[]
  /** Changes to the paragraphs' statuses, by clause id (see SHARED.statuses). */
  statuses: EntryChange[]
}
