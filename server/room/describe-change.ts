import type { Node } from 'prosemirror-model'
import * as Y from 'yjs'
import { isPartName, SHARED } from '../../schema/index.ts'
import { InvalidDocumentError, yElementToNode } from '../convert/index.ts'
import type { BlockChange, EntryChange, UpdateChange } from '../model/index.ts'

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
    // Where the element stands, to say so in errors: "doc/4:operative_part/2" before and after the update.
    private readonly beforeAt: string,
    private readonly afterAt: string,
  ) {}

  get at(): string {
    return this.kind === 'removed' ? this.beforeAt : this.afterAt
  }

  get before(): Node | null {
    if (!('before' in this.cache)) {
      const el = this.beforeElement
      this.cache.before = el && yElementToNode(el, `${this.beforeAt}:${el.nodeName}`)
    }
    return this.cache.before!
  }

  get after(): Node | null {
    if (!('after' in this.cache)) {
      const el = this.afterElement
      this.cache.after = el && yElementToNode(el, `${this.afterAt}:${el.nodeName}`)
    }
    return this.cache.after!
  }
}

/** The name of the part a top-level item holds, or null if it holds none (or its content was collected). */
function partName(item: Y.Item): string | null {
  const type = item.content instanceof Y.ContentType ? item.content.type : null
  return type instanceof Y.XmlElement && isPartName(type.nodeName) ? type.nodeName : null
}

const isPart = (item: Y.Item): boolean => partName(item) !== null

function elementOf(item: Y.Item, at: string): Y.XmlElement {
  const type = item.content instanceof Y.ContentType ? item.content.type : null
  if (!(type instanceof Y.XmlElement))
    throw new InvalidDocumentError(at, 'neither an element nor allowed here')
  return type
}

/**
 * Works out what a transaction on the staging copy (`after`) changed relative to the draft (`before`, which
 * the update has not touched): the shared types it changed, the blocks of the document (header, title,
 * formula, each paragraph in its part, closing) it added, removed or changed, and the keys of `amendments`,
 * `meta`, `sponsors` and `statuses` it set. Throws an InvalidDocumentError for changes no client makes (attributes on the
 * document fragment or its parts, list items in a map).
 */
export function describeChange(transaction: Y.Transaction, after: Y.Doc, before: Y.Doc): UpdateChange {
  const fragment = after.getXmlFragment(SHARED.document)
  const mapKeys: Record<string, Set<string>> = {
    [SHARED.amendments]: new Set(),
    [SHARED.meta]: new Set(),
    [SHARED.sponsors]: new Set(),
    [SHARED.statuses]: new Set(),
  }
  const roots = new Set<string>()
  const touched = new Set<Y.Item>()
  let sequenceChanged = false

  for (const [type, keys] of transaction.changed) {
    // The items from the changed type up to the root: the last is a top-level node of the document, and the
    // one before it, if that top-level node is a part (preamble, operative part), a paragraph in it.
    const chain: Y.Item[] = []
    let root = type
    while (root._item !== null) {
      chain.push(root._item)
      root = root._item.parent as typeof type
    }
    const name = Y.findRootTypeKey(root)
    roots.add(name)
    // The draft's documents define these root types up front, so a root of that name is that type.
    if (name === SHARED.document) {
      const top = chain.at(-1)
      const block = top && isPart(top) ? chain.at(-2) : top
      if (block) touched.add(block)
      else if ([...keys].some((key) => key !== null)) {
        if (!top) throw new InvalidDocumentError('doc', 'the document fragment takes no attributes')
        const part = partName(top)
        throw new InvalidDocumentError(
          `doc/${fragment.toArray().findIndex((el) => el._item === top)}:${part}`,
          `'${part}' takes no attributes`,
        )
      } else sequenceChanged = true
    } else if (Object.hasOwn(mapKeys, name)) {
      const child = chain.at(-1)
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
    // One walk over the blocks, tombstones included, the parts opened: which are new, which this update
    // deleted, and the index of each among the blocks before and after the update.
    const beforeState = transaction.beforeState
    let afterIndex = 0
    let beforeIndex = 0
    const walk = (first: Y.Item | null, path: string) => {
      let afterHere = 0
      let beforeHere = 0
      for (let item = first; item !== null; item = item.right) {
        const isNew = item.id.clock >= (beforeState.get(item.id.client) ?? 0)
        const deletedNow = item.deleted && !isNew && Y.isDeleted(transaction.deleteSet, item.id)
        const visibleBefore = !isNew && (!item.deleted || deletedNow)
        const beforeAt = `${path}/${beforeHere}`
        const afterAt = `${path}/${afterHere}`
        const part = partName(item)
        if (part)
          walk((item.content as Y.ContentType).type._start, `${item.deleted ? beforeAt : afterAt}:${part}`)
        else if (isNew && !item.deleted) {
          const element = elementOf(item, afterAt)
          blocks.push(new LazyBlock('added', afterIndex, element.nodeName, null, element, beforeAt, afterAt))
        } else if (deletedNow) {
          const element = elementOf(Y.getItem(before.store, item.id) as Y.Item, beforeAt)
          blocks.push(
            new LazyBlock('removed', beforeIndex, element.nodeName, element, null, beforeAt, afterAt),
          )
        } else if (!item.deleted && touched.has(item)) {
          const element = elementOf(item, afterAt)
          const previous = elementOf(Y.getItem(before.store, item.id) as Y.Item, beforeAt)
          blocks.push(
            new LazyBlock('changed', afterIndex, element.nodeName, previous, element, beforeAt, afterAt),
          )
        }
        if (!item.deleted) afterHere++
        if (visibleBefore) beforeHere++
        if (!part && !item.deleted) afterIndex++
        if (!part && visibleBefore) beforeIndex++
      }
    }
    walk(fragment._start, 'doc')
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
    statuses: entries(SHARED.statuses),
  }
}
