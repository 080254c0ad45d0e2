import type { Node } from 'prosemirror-model'
import { amendmentsIn } from '../../schema/index.ts'

/** What an amendment changes, in words: what the comparison attributes to its delegation once it is accepted. */
export interface AmendmentWords {
  inserted: string[]
  deleted: string[]
  /** For a proposal on a whole paragraph: to insert, delete or move it. */
  paragraph?: 'insert' | 'delete' | 'move'
}

/** The words of a text, as the comparison counts them: runs of characters between spaces. */
export const wordsOf = (text: string): string[] => text.split(/\s+/u).filter((word) => word !== '')

/**
 * The words an amendment inserts and deletes, read from a version of the draft that still carries its marks
 * and paragraph proposals (the draft just before it is decided): the words its insertion and deletion marks
 * cover; for a new paragraph every word of it, for a deleted one every word it held, for a move none.
 */
export function amendmentWords(doc: Node, id: string): AmendmentWords {
  const touch = amendmentsIn(doc, id).get(id)
  if (!touch) return { inserted: [], deleted: [] }
  const whole = touch.paragraphs.find((p) => p.proposal.kind === 'insert' || p.proposal.kind === 'delete')
  if (whole) {
    const words = wordsOf(
      doc.nodeAt(whole.pos)!.textBetween(0, doc.nodeAt(whole.pos)!.content.size, ' ', ' '),
    )
    return whole.proposal.kind === 'insert'
      ? { inserted: words, deleted: [], paragraph: 'insert' }
      : { inserted: [], deleted: words, paragraph: 'delete' }
  }
  if (touch.paragraphs.length > 0) return { inserted: [], deleted: [], paragraph: 'move' }
  return {
    inserted: touch.insertions.flatMap((range) => wordsOf(range.text)),
    deleted: touch.deletions.flatMap((range) => wordsOf(range.text)),
  }
}
