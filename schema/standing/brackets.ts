import type { Mark, Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { newId } from '../ids.ts'
import { schema } from '../schema.ts'
import { checkName } from './alternatives.ts'

/** A `bracket` mark: words in square brackets at the request of a delegation, with an id of their own. */
export function bracketMark(by: string, id: string = newId()): Mark {
  return schema.marks.bracket.create({ by: checkName(by, 'bracket.by'), id })
}

/** Every pair of square brackets around words in a node: who asked for each, by bracket id. */
export function bracketsIn(node: Node): Map<string, string> {
  const found = new Map<string, string>()
  node.descendants((child) => {
    for (const mark of child.marks) {
      if (mark.type === schema.marks.bracket) found.set(mark.attrs.id as string, mark.attrs.by as string)
    }
    return true
  })
  return found
}

/**
 * Puts the words between `from` and `to` in square brackets at the request of `by`. Brackets already there in
 * the range are replaced: one pair of brackets per word.
 */
export function placeBrackets(
  doc: Node,
  from: number,
  to: number,
  by: string,
  id: string = newId(),
): Transform {
  if (from >= to) throw new RangeError('square brackets need words: the selection is empty')
  return new Transform(doc).addMark(from, to, bracketMark(by, id))
}

/** Takes away the square brackets with an id, wherever their words now stand. */
export function removeBrackets(doc: Node, id: string): Transform {
  const tr = new Transform(doc)
  doc.descendants((child, pos) => {
    const mark = child.marks.find((m) => m.type === schema.marks.bracket && m.attrs.id === id)
    if (mark) tr.removeMark(pos, pos + child.nodeSize, mark)
    return true
  })
  return tr
}
