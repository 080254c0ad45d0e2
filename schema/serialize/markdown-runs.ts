import type { Mark, Node } from 'prosemirror-model'

// A block's inline content as the Markdown writer walks it: runs of text with the same marks merged.

/** Text with its marks, or an inline atom; `last` is the index in the block of the last child it holds. */
export type Item =
  | { kind: 'text'; text: string; marks: readonly Mark[]; last: number }
  | { kind: 'atom'; node: Node; last: number }

/** The inline content of a block with neighbouring text nodes that differ only in marks we do not write merged. */
export function mergeRuns(block: Node): Item[] {
  const items: Item[] = []
  block.forEach((child, _, index) => {
    if (!child.isText) {
      items.push({ kind: 'atom', node: child, last: index })
      return
    }
    const last = items[items.length - 1]
    if (last?.kind === 'text' && sameMarks(last.marks, child.marks)) {
      last.text += child.text
      last.last = index
    } else items.push({ kind: 'text', text: child.text!, marks: child.marks, last: index })
  })
  return items
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m.eq(b[i]!))
}
