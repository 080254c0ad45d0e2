import type { Node } from 'prosemirror-model'
import type { AmendmentRecord } from '../amendments/record.ts'
import { amendmentKindOf } from '../amendments/shape.ts'
import { amendmentsIn } from '../amendments/touches.ts'

/**
 * The records the views work from: the given ones, plus a pending record for every amendment the document
 * carries that has none, its delegation taken from its marks. A draft file holds only the document, so on the
 * command line every mark reads as a pending proposal; on the server a record may lag behind its marks.
 */
export function recordsWithImplied(
  doc: Node,
  records: Iterable<AmendmentRecord> | ReadonlyMap<string, AmendmentRecord> = [],
): AmendmentRecord[] {
  const list = records instanceof Map ? [...records.values()] : [...(records as Iterable<AmendmentRecord>)]
  const known = new Set(list.map((r) => r.id))
  for (const touch of amendmentsIn(doc).values()) {
    if (known.has(touch.id)) continue
    list.push({
      id: touch.id,
      delegation: touch.delegation,
      clause: touch.clauses[0] ?? '',
      kind: amendmentKindOf(touch),
      status: 'proposed',
      rationale: '',
      supporters: [],
      created: 0,
      updated: 0,
    })
  }
  return list
}
