import type { Node } from 'prosemirror-model'
import type * as Y from 'yjs'
import {
  type AmendmentRecord,
  amendmentNames,
  amendmentsIn,
  draftOf,
  findOutdated,
  PARAGRAPH_BREAK,
  referredWordsOf,
  SHARED,
  type StatusOf,
} from '../../schema/index.ts'
import { proseMirrorDoc } from '../drafts/ydoc.ts'
import { readRecord, recordStatus, type UpdateChange } from '../model/index.ts'

/** The status of an amendment in a shared document, read from its record without parsing the rest. */
function statusIn(doc: Y.Doc): StatusOf {
  const map = doc.getMap<unknown>(SHARED.amendments)
  return (id) => recordStatus(map.get(id))
}

/** A document node holding only some blocks: the touched part of a draft, for `findOutdated`. */
const part = (nodes: Node[]): Node => draftOf(null, nodes)

/**
 * The proposed amendments of other delegations than the sender's whose words an accepted update changed
 * (DESIGN.md section 5: "when the words an amendment refers to are changed by something else, the amendment
 * becomes outdated"), as their records with status 'outdated'. The room writes them (the `outdated` field of
 * each, see `writeRecord`), so that one peer, the server, decides; two facilitators' editors would race. Only
 * amendments the touched blocks name are looked at, first in those blocks alone; the whole draft is read only
 * to confirm a change found there for an amendment that refers to words in several paragraphs (a split, a
 * move) or is gone from them. Call it before the update is applied to the draft: `change.before` must still be
 * the draft without it.
 */
export function outdatedBy(change: UpdateChange, sender: string, now: number): AmendmentRecord[] {
  if (change.blocks.length === 0) return []
  const before: Node[] = []
  const after: Node[] = []
  const names = new Map<string, Set<string>>()
  for (const block of change.blocks) {
    if (block.before) before.push(block.before)
    if (block.after) after.push(block.after)
  }
  for (const node of [...before, ...after]) amendmentNames(node, names)
  const map = change.after.getMap<unknown>(SHARED.amendments)
  const candidates: AmendmentRecord[] = []
  for (const id of names.keys()) {
    const value = map.get(id)
    if (value === undefined) continue
    let record: AmendmentRecord
    try {
      record = readRecord(value, `amendments.${id}`)
    } catch (e) {
      if (e instanceof RangeError) continue // not a record the editor reads either
      throw e
    }
    if (record.status === 'proposed' && record.original !== undefined && record.delegation !== sender) {
      candidates.push(record)
    }
  }
  if (candidates.length === 0) return []
  const statusOf = statusIn(change.after)
  const touched = part(after)
  const found = new Set(findOutdated(part(before), touched, candidates, statusOf))
  if (found.size === 0) return []
  const touches = amendmentsIn(touched)
  let draft: Node | null = null
  return candidates
    .filter((record) => {
      if (!found.has(record.id)) return false
      // Words in one paragraph that differ there differ in the whole draft too; an amendment gone from the
      // touched part, or one whose words lie in several paragraphs, is looked up in the whole draft.
      const touch = touches.get(record.id)
      if (touch && !record.original!.includes(PARAGRAPH_BREAK)) {
        const words = referredWordsOf(touched, touch, statusOf)
        if (words !== '' && !words.includes(PARAGRAPH_BREAK)) return true
      }
      draft ??= proseMirrorDoc(change.after)
      const whole = amendmentsIn(draft, record.id).get(record.id)
      return !whole || referredWordsOf(draft, whole, statusOf) !== record.original
    })
    .map((record) => ({ ...record, status: 'outdated', updated: Math.max(now, record.updated) }))
}
