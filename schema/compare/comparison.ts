import type { Node } from 'prosemirror-model'
import type { ClauseRef } from '../amendments/wording-language.ts'
import type { Lang, Organ } from '../lang.ts'
import type { ClauseType, HeaderField } from '../schema.ts'
import type { TextDiff } from './text-diff.ts'

/** Who made a change between two versions: a delegation whose proposal the facilitator accepted, or an oral revision. */
export interface ChangeAuthor {
  /** The delegation ("Egypt"), or the facilitator's name for her own edits. */
  author: string
  /**
   * Stable id of the clause the change is in (for a new paragraph: the new clause). Outside the clauses: the
   * block's name, 'title', 'formula', 'closing', or the header field's ('symbol', 'sponsors', ...).
   */
  clause: string
  /** The words the accepted proposal inserted (as they read), may be empty. */
  inserted: string[]
  /** The words it deleted. */
  deleted: string[]
  /** A whole-paragraph proposal. */
  paragraph?: 'insert' | 'delete' | 'move'
  /** Set for an oral revision: the facilitator's note ("orally revised"). */
  oral?: string
  /** When it was accepted or recorded (ms since 1970). */
  at: number
}

/** How {@link compareDrafts} compares. */
export interface CompareOptions {
  /** Who made what between the two versions; a change that fits none is `defaultAuthor`'s. */
  authors?: readonly ChangeAuthor[]
  /** Who made the changes no author fits: the facilitator's direct edits. 'Facilitator' by default. */
  defaultAuthor?: string
  /** When the default author's changes were made (ms since 1970), for Word's revision dates; none by default. */
  defaultAt?: number
  /** The earlier version's name ("A/C.3/71/L.23"), the later one's ("A/C.3/71/L.23/Rev.1"). */
  fromLabel?: string
  toLabel?: string
}

/** An author of changes in a comparison: a {@link ChangeAuthor} matched to a change, or the default author. */
export interface ComparisonAuthor {
  name: string
  /** The note of an oral revision. */
  oral?: string
  /** When (ms since 1970); undefined when not known. */
  at?: number
}

/** Where a clause stands in one version: its number, printed label and name in the draft's language. */
export interface ClausePlace {
  kind: ClauseType
  /** Its ordinal among the clauses of its kind under the same parent: 7 for operative paragraph 7, 2 for (b). */
  number: number
  /** As printed before it: "7.", "(b)"; '' for a preambular paragraph or a lone operative paragraph. */
  printed: string
  /** Labels from the top-level paragraph down: ["7", "(b)"]. */
  path: string[]
  /** As the amendment wording refers to it. */
  ref: ClauseRef
  /** "operative paragraph 7", "paragraphe 7 du dispositif". */
  label: string
}

/**
 * One clause of the compared text. `status` says where it stands: in both versions at the same place among
 * its siblings ('same', even if its words changed: see `text`), only in the later one ('inserted'), only in the
 * earlier one ('deleted'), or in both at another place ('moved': shown here, at its new place, and by a
 * {@link MovedAway} where it was).
 */
export interface ComparedClause {
  type: 'clause'
  id: string
  kind: ClauseType
  status: 'same' | 'inserted' | 'deleted' | 'moved'
  from: ClausePlace | null
  to: ClausePlace | null
  /** Whether it is in both versions, at the same place, with another number. */
  renumbered: boolean
  /** Its first paragraph, word by word. */
  text: TextDiff
  /** Its sub-paragraphs and quotations, both versions' merged in reading order. */
  children: ComparedItem[]
  /** Who inserted, deleted or moved it (index into the comparison's authors); -1 otherwise. */
  author: number
  fromNode: Node | null
  toNode: Node | null
}

/** Where a moved clause stood in the earlier version. */
export interface MovedAway {
  type: 'moved-away'
  /** The clause at its new place. */
  clause: ComparedClause
}

/** A quotation inside a clause (quoted text, with its own paragraphs and sub-paragraphs). */
export interface ComparedQuotation {
  type: 'quotation'
  status: 'same' | 'inserted' | 'deleted'
  children: ComparedItem[]
}

/** A paragraph of a quotation, or a closing line. */
export interface ComparedPara {
  type: 'para'
  status: 'same' | 'inserted' | 'deleted'
  text: TextDiff
}

/** What a part, a clause or a quotation holds, merged from both versions. */
export type ComparedItem = ComparedClause | MovedAway | ComparedQuotation | ComparedPara

/** A header field ("symbol", "date", "sponsors", ...) in both versions. */
export interface ComparedField {
  name: HeaderField
  status: 'same' | 'inserted' | 'deleted'
  text: TextDiff
}

/** A footnote, by its stable id, with its numbers in each version. */
export interface ComparedFootnote {
  key: string
  id: string | null
  status: 'same' | 'changed' | 'inserted' | 'deleted'
  from: number | null
  to: number | null
  text: TextDiff
  /** The id of the clause it is cited in (in the later version if it is there), or null outside the clauses. */
  clause: string | null
  /** Who added, removed or changed it (index into the comparison's authors); -1 when unchanged. */
  author: number
  fromNode: Node | null
  toNode: Node | null
}

/** Where a change is: in a clause (its first paragraph or a quotation), or a block outside the clauses. */
export type ChangeBlock =
  | 'clause'
  | 'quotation'
  | 'title'
  | 'title-number'
  | 'formula'
  | 'closing'
  | `header:${HeaderField}`
  | 'footnote'

/** One change between the two versions, as programs read it (see `comparisonJSON`). */
export type ComparisonChange =
  | {
      kind: 'words'
      block: ChangeBlock
      /** The clause the words are in, or null outside the clauses. */
      clause: string | null
      from: ClausePlace | null
      to: ClausePlace | null
      deleted: string
      inserted: string
      author: number
      /** The instruction that makes the change, in the wording of amendments ("In operative paragraph 5, ..."). */
      text: string
    }
  | { kind: 'inserted'; clause: string; to: ClausePlace; words: string; author: number; text: string }
  | { kind: 'deleted'; clause: string; from: ClausePlace; words: string; author: number; text: string }
  | { kind: 'moved'; clause: string; from: ClausePlace; to: ClausePlace; author: number; text: string }
  | { kind: 'renumbered'; clause: string; from: ClausePlace; to: ClausePlace; text: string }
  | {
      kind: 'footnote'
      change: 'inserted' | 'deleted' | 'changed'
      footnote: string
      from: number | null
      to: number | null
      clause: string | null
      deleted: string
      inserted: string
      author: number
      text: string
    }

/** Two versions of a draft compared: the text both make, merged in reading order, and the list of changes. */
export interface Comparison {
  lang: Lang
  organ: Organ
  fromLabel: string
  toLabel: string
  from: Node
  to: Node
  header: ComparedField[]
  title: { number: { from: string | null; to: string | null }; text: TextDiff }
  formula: TextDiff
  preamble: ComparedItem[]
  operative: ComparedItem[]
  /** The closing lines, merged; null when neither version has any. */
  closing: ComparedPara[] | null
  footnotes: ComparedFootnote[]
  /** Every change in reading order. */
  changes: ComparisonChange[]
  /** Who made the changes: [0] is the default author (the facilitator), then each matched author. */
  authors: ComparisonAuthor[]
}
