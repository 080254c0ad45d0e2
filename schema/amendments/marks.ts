import type { Mark, Node } from 'prosemirror-model'
import type { StatusOf } from './record.ts'

/** The amendment named by an insertion or deletion mark, or null for any other mark. */
export function changeOf(mark: Mark): { kind: 'insertion' | 'deletion'; amendment: string } | null {
  const kind = mark.type.name
  if (kind !== 'insertion' && kind !== 'deletion') return null
  return { kind, amendment: mark.attrs.amendment as string }
}

/**
 * Whether an inline node stands in the agreed text: every insertion on it was accepted and no deletion on it
 * was. Amendments without a record count as pending. `ignore` leaves one amendment's marks out of account.
 */
export function keptInClean(node: Node, statusOf: StatusOf, ignore?: string): boolean {
  for (const mark of node.marks) {
    const change = changeOf(mark)
    if (!change || change.amendment === ignore) continue
    const accepted = statusOf(change.amendment) === 'accepted'
    if (change.kind === 'insertion' ? !accepted : accepted) return false
  }
  return true
}

/** Whether an inline node carries an insertion or deletion mark of the amendment. */
export function hasChange(node: Node, kind: 'insertion' | 'deletion', amendment: string): boolean {
  return node.marks.some((m) => m.type.name === kind && m.attrs.amendment === amendment)
}

/** The text an inline node contributes to the words of its paragraph (footnotes and cross-references none). */
export function inlineText(node: Node): string {
  if (node.isText) return node.text ?? ''
  return node.type.name === 'hard_break' ? ' ' : ''
}

/** The node without its insertion and deletion marks. */
export function withoutChanges(node: Node): Node {
  return node.marks.some((m) => changeOf(m)) ? node.mark(node.marks.filter((m) => !changeOf(m))) : node
}
