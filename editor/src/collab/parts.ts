/** The blocks of a draft that a recovery compares: the paragraphs, and the parts that occur once. */
export type PartKind = 'header' | 'title' | 'formula' | 'preambular' | 'operative' | 'closing'

const KINDS: readonly string[] = ['header', 'title', 'formula', 'preambular', 'operative', 'closing']

/**
 * The key that pairs a block of one copy of the draft with the same node in another: a paragraph's id
 * (ids are stable across moves and edits), the type of a part that occurs once; null for a paragraph without an
 * id or a node of no known part.
 */
export function partKey(type: string, id: unknown): string | null {
  if (type === 'preambular' || type === 'operative') return typeof id === 'string' && id ? id : null
  return KINDS.includes(type) ? type : null
}
