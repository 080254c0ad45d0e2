import type { Node } from 'prosemirror-model'
import { cleanDoc, type StatusOf } from '../../../schema/index.ts'

/** The top-level children of a document that overlap `from`-`to`. */
function childrenIn(doc: Node, from: number, to: number): Node[] {
  const out: Node[] = []
  doc.forEach((child, offset) => {
    if (offset < to && offset + child.nodeSize > from) out.push(child)
  })
  return out
}

/**
 * Whether two versions of a draft have the same agreed text (`cleanDoc`), the rule the server applies to a
 * delegation's changes. Only the top-level paragraphs between the first and last difference are cleaned,
 * since the agreed text of each stands on its own; so a keystroke costs what its paragraph costs, not the
 * draft. A proposal attribute that does not parse counts as a change.
 */
export function agreedUnchanged(before: Node, after: Node, statusOf: StatusOf): boolean {
  if (before === after) return true
  if (!before.sameMarkup(after)) return false
  const start = before.content.findDiffStart(after.content)
  if (start === null) return true
  const end = before.content.findDiffEnd(after.content) ?? { a: before.content.size, b: after.content.size }
  const part = (doc: Node, to: number) =>
    doc.type.create(doc.attrs, childrenIn(doc, start, Math.max(to, start)))
  try {
    return cleanDoc(part(before, end.a), statusOf).eq(cleanDoc(part(after, end.b), statusOf))
  } catch (e) {
    if (e instanceof RangeError) return false
    throw e
  }
}
