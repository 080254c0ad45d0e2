// Element identifiers (eId) as the Akoma Ntoso naming convention builds them, from the clauses' stable ids.
//
// The convention builds an eId as the eId of the enclosing identified element, "__", then the element's
// abbreviation ("para", "point", "rec", "list", "authorialNote"), "_" and its number. Penholder puts the clause's
// stable id where the number would stand ("para_c8k2m0q1z"), not its printed number: the number changes whenever
// a paragraph is inserted before it, the stable id never, so an eId written today still names the same paragraph
// in tomorrow's export and in amendments that cite it. Elements without a stable id (lists, quotations, a clause
// of a draft never given ids) are numbered by position among their siblings, which never collides: a stable id
// always begins with a letter.

/** The naming convention's abbreviations of the elements Penholder identifies. */
export const ABBREVIATIONS = {
  operative: 'para',
  preambular: 'rec',
  subparagraph: 'point',
  preambularSub: 'item',
  recitals: 'recs',
  list: 'list',
  quotation: 'hcontainer',
  blockQuotation: 'blockContainer',
  note: 'authorialNote',
  formula: 'formula',
  attachment: 'att',
} as const

/** The eId of an element: its parent's eId (none at the top), its abbreviation and its number or stable id. */
export function eIdOf(parent: string, abbreviation: string, id: string | number): string {
  return parent ? `${parent}__${abbreviation}_${id}` : `${abbreviation}_${id}`
}

const CLAUSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

/**
 * The stable id an eId carries for an element of this abbreviation: what follows the last "abbreviation_" that
 * starts the eId or a level of it. Null when there is none, or when it cannot be a clause id (a position number
 * such as "para_5", which another tool writes), so that the reader gives the clause a fresh id instead.
 */
export function stableIdIn(eId: string | undefined, abbreviation: string): string | null {
  if (!eId) return null
  const marker = `__${abbreviation}_`
  const at = eId.lastIndexOf(marker)
  let id: string
  if (at >= 0) id = eId.slice(at + marker.length)
  else if (eId.startsWith(`${abbreviation}_`)) id = eId.slice(abbreviation.length + 1)
  else return null
  return CLAUSE_ID.test(id) ? id : null
}
