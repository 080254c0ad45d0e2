import type { Node } from 'prosemirror-model'
import * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'
import { InvalidDocumentError, yElementToNode } from '../convert/index.ts'
import type { BlockChange, EntryChange, UpdateChange } from '../policy/index.ts'

const json = (value: unknown): unknown => (value instanceof Y.AbstractType ? value.toJSON() : value)

/** A block whose nodes are converted from the shared document only when a policy or the validation asks. */
class LazyBlock implements BlockChange {
  private cache: { before?: Node | null; after?: Node | null } = {}
  constructor(
    readonly kind: BlockChange['kind'],
    readonly index: number,
    readonly type: string,
    private readonly beforeElement: Y.XmlElement | null,
    private readonly afterElement: Y.XmlElement | null,
    private readonly beforeIndex: number,
  ) {}

  get before(): Node | null {
    if (!('before' in this.cache)) {
      const el = this.beforeElement
      this.cache.before = el && yElementToNode(el, `doc/${this.beforeIndex}:${el.nodeName}`)
    }
    return this.cache.before!
  }

  get after(): Node | null {
    if (!('after' in this.cache)) {
      const el = this.afterElement
      this.cache.after = el && yElementToNode(el, `doc/${this.index}:${el.nodeName}`)
    }
    return this.cache.after!
  }
}

function elementOf(item: Y.Item, at: string): Y.XmlElement {
  const type = item.content instanceof Y.ContentType ? item.content.type : null
  if (!(type instanceof Y.XmlElement))
    throw new InvalidDocumentError(at, 'neither an element nor allowed here')
  return type
}

/**
 * Works out what a transaction on the staging copy (`after`) changed relative to the draft (`before`, which
 * the update has not touched): the shared types it changed, the top-level document nodes it added, removed
 * or changed, and the keys of `amendments`, `meta` and `sponsors` it set. Throws an InvalidDocumentError for
 * changes no client makes (attributes on the document fragment, list items in a map).
 */
export function describeChange(transaction: Y.Transaction, after: Y.Doc, before: Y.Doc): UpdateChange {
  const fragment = after.getXmlFragment(SHARED.document)
  const mapKeys: Record<string, Set<string>> = {
    [SHARED.amendments]: new Set(),
    [SHARED.meta]: new Set(),
    [SHARED.sponsors]: new Set(),
  }
  const roots = new Set<string>()
  const touched = new Set<Y.Item>()
  let sequenceChanged = false

  for (const [type, keys] of transaction.changed) {
    let root = type
    let child: Y.Item | null = null
    while (root._item !== null) {
      child = root._item
      root = child.parent as typeof type
    }
    const name = Y.findRootTypeKey(root)
    roots.add(name)
    // The draft's documents define these root types up front, so a root of that name is that type.
    if (name === SHARED.document) {
      if (child) touched.add(child)
      else if ([...keys].some((key) => key !== null)) {
        throw new InvalidDocumentError('doc', 'the document fragment takes no attributes')
      } else sequenceChanged = true
    } else if (Object.hasOwn(mapKeys, name)) {
      if (child) mapKeys[name]!.add(child.parentSub!)
      else {
        for (const key of keys) {
          if (key === null) throw new InvalidDocumentError(name, `'${name}' is a map; it holds no list items`)
          mapKeys[name]!.add(key)
        }
      }
    }
  }

  const blocks: BlockChange[] = []
  if (sequenceChanged || touched.size > 0) {
    // One walk over the top-level items, tombstones included: which are new, which this update deleted, and
    // the index of each before and after the update.
    const beforeState = transaction.beforeState
    let afterIndex = 0
    let beforeIndex = 0
    for (let item = fragment._start; item !== null; item = item.right) {
      const isNew = item.id.clock >= (beforeState.get(item.id.client) ?? 0)
      const deletedNow = item.deleted && !isNew && Y.isDeleted(transaction.deleteSet, item.id)
      const visibleBefore = !isNew && (!item.deleted || deletedNow)
      const at = `doc/${item.deleted ? beforeIndex : afterIndex}`
      if (isNew && !item.deleted) {
        const element = elementOf(item, at)
        blocks.push(new LazyBlock('added', afterIndex, element.nodeName, null, element, -1))
      } else if (deletedNow) {
        const element = elementOf(Y.getItem(before.store, item.id) as Y.Item, at)
        blocks.push(new LazyBlock('removed', beforeIndex, element.nodeName, element, null, beforeIndex))
      } else if (!item.deleted && touched.has(item)) {
        const element = elementOf(item, at)
        const previous = elementOf(Y.getItem(before.store, item.id) as Y.Item, at)
        blocks.push(new LazyBlock('changed', afterIndex, element.nodeName, previous, element, beforeIndex))
      }
      if (!item.deleted) afterIndex++
      if (visibleBefore) beforeIndex++
    }
  }

  const entries = (name: string): EntryChange[] => {
    const keys = mapKeys[name]!
    if (keys.size === 0) return []
    const previous = before.getMap(name)
    const current = after.getMap(name)
    return [...keys].map((key) => ({ key, before: json(previous.get(key)), after: json(current.get(key)) }))
  }

  return {
    transaction,
    after,
    before,
    roots: [...roots],
    blocks,
    sequenceChanged,
    amendments: entries(SHARED.amendments),
    meta: entries(SHARED.meta),
    sponsors: entries(SHARED.sponsors),
  }
}
