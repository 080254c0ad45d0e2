import type { Attrs, Node } from 'prosemirror-model'
import { schema } from './schema.ts'

/** The part of the draft that holds each kind of paragraph: the preamble and the operative part. */
export const PART_OF = { preambular: 'preamble', operative: 'operative_part' } as const

/** The names of the two parts that hold paragraphs. */
export type PartName = (typeof PART_OF)[keyof typeof PART_OF]

/** Whether a node type name is one of the two parts that hold paragraphs. */
export const isPartName = (name: string): name is PartName => name === 'preamble' || name === 'operative_part'

/**
 * Calls `f` for each block of a draft in order, with its position: the header, the title, the formula, each
 * preambular and each operative paragraph (inside its part), the closing lines, each annex (whole). What reads
 * a draft paragraph by paragraph wants; the two parts themselves are not passed.
 */
export function forEachBlock(doc: Node, f: (node: Node, pos: number) => void): void {
  doc.forEach((child, offset) => {
    if (!isPartName(child.type.name)) f(child, offset)
    else
      child.forEach((clause, inner) => {
        f(clause, offset + 1 + inner)
      })
  })
}

/** The blocks of a draft in order (see {@link forEachBlock}). */
export function blocksOf(doc: Node): Node[] {
  const blocks: Node[] = []
  forEachBlock(doc, (node) => blocks.push(node))
  return blocks
}

/**
 * A draft made of blocks in order (header, title, formula, preambular paragraphs, operative paragraphs,
 * closing, annexes), each paragraph put in its part. Throws a RangeError naming the first paragraph out of order. The
 * result is not checked further: a part of a draft (some paragraphs alone) is a valid argument.
 */
export function draftOf(attrs: Attrs | null, blocks: readonly Node[]): Node {
  const head: Node[] = []
  const preambular: Node[] = []
  const operative: Node[] = []
  const tail: Node[] = []
  blocks.forEach((block, i) => {
    const name = block.type.name
    if (isPartName(name)) throw new RangeError(`block ${i}: a ${name} cannot stand among blocks`)
    if (name === 'preambular' && (operative.length > 0 || tail.length > 0)) {
      throw new RangeError(`block ${i}: a preambular paragraph after the operative part`)
    }
    if (name === 'operative' && tail.length > 0) {
      throw new RangeError(`block ${i}: an operative paragraph after the closing lines`)
    }
    if (name === 'preambular') preambular.push(block)
    else if (name === 'operative') operative.push(block)
    else if (name === 'closing' || name === 'annex' || preambular.length > 0 || operative.length > 0)
      tail.push(block)
    else head.push(block)
  })
  const { nodes } = schema
  return nodes.doc.create(attrs, [
    ...head,
    nodes.preamble.create(null, preambular),
    nodes.operative_part.create(null, operative),
    ...tail,
  ])
}

/**
 * The children of a shared document's fragment that are blocks (see {@link forEachBlock}), the two parts
 * opened: what a server or editor walking the Yjs tree reads paragraph by paragraph.
 */
export function sharedBlocks<T>(fragment: { toArray(): unknown[] }): T[] {
  const blocks: T[] = []
  for (const child of fragment.toArray()) {
    const element = child as { nodeName?: unknown; toArray?: () => unknown[] }
    if (typeof element.nodeName === 'string' && isPartName(element.nodeName) && element.toArray) {
      blocks.push(...(element.toArray() as T[]))
    } else blocks.push(child as T)
  }
  return blocks
}

/** Where a part of a draft lies: the part node, the position before it, and the start and end of its content. */
export interface PartAt {
  node: Node
  pos: number
  start: number
  end: number
}

/** The part of a draft that holds a kind of paragraph. Throws a RangeError if the draft has no such part. */
export function partOf(doc: Node, kind: keyof typeof PART_OF): PartAt {
  let found: PartAt | null = null
  doc.forEach((child, offset) => {
    if (child.type.name === PART_OF[kind]) {
      found = { node: child, pos: offset, start: offset + 1, end: offset + child.nodeSize - 1 }
    }
  })
  if (!found) throw new RangeError(`the draft has no ${PART_OF[kind].replace('_', ' ')}`)
  return found
}

/**
 * The block (see {@link forEachBlock}) that holds a position, or that starts there: its node and the position
 * before it. Null between the top-level nodes where no block starts, and at the edges of a part.
 */
export function blockAt(doc: Node, pos: number): { node: Node; pos: number } | null {
  const $pos = doc.resolve(pos)
  const depth = $pos.depth >= 1 && isPartName($pos.node(1).type.name) ? 2 : 1
  if ($pos.depth >= depth) return { node: $pos.node(depth), pos: $pos.before(depth) }
  const node = $pos.nodeAfter
  return node && !isPartName(node.type.name) ? { node, pos } : null
}
