import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { isLang } from '../lang.ts'
import { matchOpening } from '../opening.ts'
import { schema } from '../schema.ts'
import { type Alternative, alternativesAttr, parseAlternatives } from './alternatives.ts'

/** The clause with a stable id, and where it stands; null if the document has none. */
function clauseById(doc: Node, id: string): { node: Node; pos: number } | null {
  let found: { node: Node; pos: number } | null = null
  doc.descendants((node, pos) => {
    if (found) return false
    if (node.attrs.id === id && node.type.name !== 'footnote') found = { node, pos }
    return !found
  })
  return found
}

/** The words of an alternative as the content of a paragraph: its opening phrase marked, as the editor marks it. */
function wordsOf(text: string, doc: Node, kind: string): Node[] {
  if (text === '') return []
  const lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  const opening = kind === 'preambular' || kind === 'operative' ? matchOpening(text, lang, kind) : null
  if (!opening) return [schema.text(text)]
  const rest = text.slice(opening.length)
  return [
    schema.text(text.slice(0, opening.length), [schema.marks.opening.create()]),
    ...(rest ? [schema.text(rest)] : []),
  ]
}

/**
 * Writes a clause's alternatives attribute: `change` gets the current list (Alt 2 onwards) and returns the new
 * one. Throws a RangeError if there is no clause with that id or the new list is not a valid one.
 */
export function setAlternatives(
  doc: Node,
  clauseId: string,
  change: (current: Alternative[]) => Alternative[],
): Transform {
  const clause = clauseById(doc, clauseId)
  if (!clause) throw new RangeError(`no clause '${clauseId}' in the draft`)
  const next = change(parseAlternatives(clause.node.attrs.alternatives ?? null, `${clauseId}.alternatives`))
  return new Transform(doc).setNodeAttribute(clause.pos, 'alternatives', alternativesAttr(next))
}

/**
 * Makes wording `n` of a clause its text (1: the words it has; 2 onwards: its alternatives) and drops the
 * others, as the facilitator does once the room settles on one: the first line of the clause takes the
 * alternative's words (their opening phrase marked), its sub-paragraphs stay. Throws a RangeError if there is no
 * such clause or wording.
 */
export function pickAlternative(doc: Node, clauseId: string, n: number): Transform {
  const clause = clauseById(doc, clauseId)
  if (!clause) throw new RangeError(`no clause '${clauseId}' in the draft`)
  const list = parseAlternatives(clause.node.attrs.alternatives ?? null, `${clauseId}.alternatives`)
  if (!Number.isInteger(n) || n < 1 || n > list.length + 1) {
    throw new RangeError(`${clauseId}: there is no wording ${n}; it has ${list.length + 1}`)
  }
  const tr = new Transform(doc)
  tr.setNodeAttribute(clause.pos, 'alternatives', null)
  if (n === 1) return tr
  const para = clause.node.firstChild!
  const start = clause.pos + 2
  tr.replaceWith(start, start + para.content.size, wordsOf(list[n - 2]!.text, doc, clause.node.type.name))
  return tr
}
