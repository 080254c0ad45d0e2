import type { Node } from 'prosemirror-model'
import { cleanDoc, draftOf, forEachBlock, type StatusOf } from '../../../schema/index.ts'

/** The blocks of a document (paragraphs, header, title, formula, closing) that overlap `from`-`to`. */
function blocksIn(doc: Node, from: number, to: number): Node[] {
  const out: Node[] = []
  forEachBlock(doc, (child, offset) => {
    if (offset < to && offset + child.nodeSize > from) out.push(child)
  })
  return out
}

/**
 * Whether two versions of a draft have the same agreed text (`cleanDoc`), the rule the server applies to a
 * delegation's changes. Only the paragraphs between the first and last difference are cleaned,
 * since the agreed text of each stands on its own; so a keystroke costs what its paragraph costs, not the
 * draft. A proposal attribute that does not parse counts as a change.
 */
export function agreedUnchanged(before: Node, after: Node, statusOf: StatusOf): boolean {
  if (before === after) return true
  if (!before.sameMarkup(after)) return false
  const start = before.content.findDiffStart(after.content)
  if (start === null) return true
  const end = before.content.findDiffEnd(after.content) ?? { a: before.content.size, b: after.content.size }
  const part = (doc: Node, to: number) => draftOf(doc.attrs, blocksIn(doc, start, Math.max(to, start)))
  try {
    return cleanDoc(part(before, end.a), statusOf).eq(cleanDoc(part(after, end.b), statusOf))
  } catch (e) {
    if (e instanceof RangeError) return false
    throw e
  }
}
