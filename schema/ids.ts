import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { CLAUSE_TYPES } from './schema.ts'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

// Random bytes drawn in one call for many ids: an import numbers hundreds of clauses, and one getRandomValues
// call per id cost a third of the import's time. The bytes are as random; only the calls are fewer.
const POOL = new Uint8Array(9 * 256)
let poolAt = POOL.length

/**
 * A fresh clause id: a letter and nine random characters, unique with overwhelming probability across all
 * peers without coordination, so two delegations can add paragraphs at the same moment.
 */
export function newId(): string {
  if (poolAt + 9 > POOL.length) {
    // Web Crypto, present in browsers and in Node 20; typed here because schema/ is compiled without DOM types.
    ;(globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): void } }).crypto.getRandomValues(
      POOL,
    )
    poolAt = 0
  }
  let id = 'c'
  for (let i = 0; i < 9; i++) id += ALPHABET[POOL[poolAt + i]! % ALPHABET.length]
  poolAt += 9
  return id
}

/** Node type names that carry a stable `id` attribute. */
export const ID_TYPES: readonly string[] = [...CLAUSE_TYPES, 'annex_paragraph', 'footnote']

/** A position whose node needs a fresh id, with the id to give it. */
export interface IdFix {
  pos: number
  id: string
}

/**
 * The ids to assign so that every clause and footnote has one and no two share one. When a split or a paste
 * duplicates an id, the first node in document order keeps it (it is the one references were made to) and
 * later copies get fresh ones. Returns an empty list when the document is already in order.
 */
export function idFixes(doc: Node, make: () => string = newId): IdFix[] {
  const seen = new Set<string>()
  const fixes: IdFix[] = []
  doc.descendants((node, pos) => {
    if (!ID_TYPES.includes(node.type.name)) return true
    const id = node.attrs.id as string | null
    if (id && !seen.has(id)) seen.add(id)
    else {
      let fresh = make()
      while (seen.has(fresh)) fresh = make()
      seen.add(fresh)
      fixes.push({ pos, id: fresh })
    }
    return node.type.name !== 'footnote'
  })
  return fixes
}

/** A copy of the document in which every clause and footnote has a unique id. */
export function withIds(doc: Node, make: () => string = newId): Node {
  const tr = new Transform(doc)
  for (const fix of idFixes(doc, make)) tr.setNodeAttribute(fix.pos, 'id', fix.id)
  return tr.doc
}
