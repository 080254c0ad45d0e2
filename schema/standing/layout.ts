import type { Node } from 'prosemirror-model'
import { CLAUSE_TYPES } from '../schema.ts'
import { type Alternative, parseAlternatives } from './alternatives.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** Where the square brackets of whole paragraphs stand in a textblock: who asked for those opening or closing. */
export interface ParagraphBrackets {
  /** Delegations whose bracketed clause starts with this textblock, outermost first. */
  open: string[]
  /** Delegations whose bracketed clause ends with this textblock, innermost first. */
  close: string[]
}

/** The position of the last textblock inside a node starting at `pos`. */
function lastTextblock(node: Node, pos: number): number {
  let last = pos
  node.descendants((child, offset) => {
    if (child.isTextblock) last = pos + 1 + offset
    return !child.isTextblock
  })
  return last
}

/**
 * Where every writer puts the square brackets of clauses in brackets (`bracketed`), by the position of the
 * textblock they stand in: "[" before the words of the clause's first paragraph, "]" after the words of its last
 * textblock (its last sub-paragraph or quoted line), so that "[5. Decides ...: (a) ...; (b) ...;]" encloses it
 * whole. `skip` leaves out clauses a view writes without their words (the copy of a moved paragraph).
 */
export function paragraphBrackets(
  doc: Node,
  skip: (pos: number) => boolean = () => false,
): Map<number, ParagraphBrackets> {
  const out = new Map<number, ParagraphBrackets>()
  const at = (pos: number) => {
    let entry = out.get(pos)
    if (!entry) {
      entry = { open: [], close: [] }
      out.set(pos, entry)
    }
    return entry
  }
  doc.descendants((node, pos) => {
    if (!CLAUSES.includes(node.type.name)) return true
    if (skip(pos)) return false
    const by = node.attrs.bracketed as string | null
    if (by && node.firstChild) {
      at(pos + 1).open.push(by)
      at(lastTextblock(node, pos)).close.unshift(by)
    }
    return true
  })
  return out
}

/** One wording of a paragraph as the exports show it: its label ("Alt 2"), its words and who asked for it. */
export interface ShownAlternative extends Alternative {
  /** 2 for the first alternative: the clause's own words are wording 1. */
  n: number
}

/** The alternative wordings a clause carries, numbered from 2 (its own words are 1); none if it has none. */
export function alternativesOf(node: Node): ShownAlternative[] {
  let list: Alternative[]
  try {
    list = parseAlternatives(node.attrs.alternatives ?? null)
  } catch {
    // The schema checks the attribute; a node made without the check shows no alternatives rather than failing.
    return []
  }
  return list.map((a, i) => ({ ...a, n: i + 2 }))
}
