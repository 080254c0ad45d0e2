import type { Node } from 'prosemirror-model'
import { changeOf } from '../amendments/marks.ts'

/** The amendments whose insertion or deletion marks an inline node carries, each once, in mark order. */
function amendmentsOn(node: Node): string[] {
  const ids: string[] = []
  for (const mark of node.marks) {
    const change = changeOf(mark)
    if (change && !ids.includes(change.amendment)) ids.push(change.amendment)
  }
  return ids
}

const isBlank = (node: Node) => node.isText && node.marks.every((m) => !changeOf(m)) && !/\S/.test(node.text!)

/**
 * Where a compilation names who proposed the changes in a textblock: for each child index, the amendments whose
 * stretch of changes ends with that child. A stretch is a run of children that carry changes, bridged by bare
 * spaces between two changes ("[-promote-] {+advance+}"), so an amendment is named once after each stretch, and
 * competing proposals on the same words are each named after their own words:
 * "[-promote-]{+promote and protect+} [Egypt]{+advance+} [Chile]".
 */
export function creditsAfter(block: Node): Map<number, string[]> {
  const children: Node[] = []
  block.forEach((child) => {
    children.push(child)
  })
  const sets = children.map(amendmentsOn)
  const credits = new Map<number, string[]>()
  let last = new Map<string, number>()
  const close = () => {
    for (const [id, index] of last) credits.set(index, [...(credits.get(index) ?? []), id])
    last = new Map()
  }
  for (let i = 0; i < children.length; i++) {
    const ids = sets[i]!
    if (ids.length === 0) {
      const bridge = isBlank(children[i]!) && last.size > 0 && (sets[i + 1]?.length ?? 0) > 0
      if (!bridge) close()
      continue
    }
    for (const id of ids) last.set(id, i)
  }
  close()
  return credits
}
