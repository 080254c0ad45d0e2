import type { Mark, Node } from 'prosemirror-model'
import { ABBREVIATIONS, eIdOf } from './eids.ts'
import { escapeXml } from './escape.ts'
import type { References } from './references.ts'
import { INLINE_NAMES, PH } from './vocabulary.ts'

/**
 * Written XML in pieces: strings, and functions called once the whole draft is written (a cross-reference's
 * `href` names the eId of a clause that may come later in the text).
 */
export type Out = (string | (() => string))[]

/** Joins written pieces, calling the deferred ones. */
export const joinOut = (out: Out): string =>
  out.map((piece) => (typeof piece === 'string' ? piece : piece())).join('')

/** What writing inline content needs to know of the whole draft. */
export interface InlineContext {
  references: References
  /** The number of each footnote, by its position in the document. */
  noteNumber: Map<number, number>
  /** The eId of each clause, by stable id, for the `href` of cross-references. */
  clauseEIds: Map<string, string>
  /** The printed form of a cross-reference to a clause ("5 (a)", or "OP5 bis" in a compilation). */
  reference(target: string): string
}

const CHANGES = new Set(['insertion', 'deletion'])
const rankOf = (mark: Mark) => (mark.type.name === 'bracket' ? 0 : CHANGES.has(mark.type.name) ? 1 : 2)

/** A node's marks with square brackets first, then proposed changes (outermost), the others in schema order. */
function outermostFirst(marks: readonly Mark[]): readonly Mark[] {
  if (!marks.some((m) => rankOf(m) < 2)) return marks
  return [...marks].sort((a, b) => rankOf(a) - rankOf(b))
}

function open(mark: Mark, ctx: InlineContext): string {
  switch (mark.type.name) {
    case 'opening':
      return `<inline name="${INLINE_NAMES.opening}">`
    case 'em':
      return '<i>'
    case 'sup':
      return '<sup>'
    case 'bracket': {
      // The brackets are words of the text, so that any reader shows them; who asked is `refersTo`.
      const by = ctx.references.delegation(mark.attrs.by)
      const name = INLINE_NAMES.bracket
      return `<inline name="${name}" refersTo="#${escapeXml(by)}" ${PH}:bracket="${escapeXml(mark.attrs.id)}">[`
    }
    case 'insertion':
    case 'deletion': {
      // Akoma Ntoso's ins and del name who proposes the change through refersTo; the amendment it belongs to has
      // no AKN attribute and travels in Penholder's namespace.
      const element = mark.type.name === 'insertion' ? 'ins' : 'del'
      const by = ctx.references.delegation(mark.attrs.delegation)
      return `<${element} refersTo="#${escapeXml(by)}" ${PH}:amendment="${escapeXml(mark.attrs.amendment)}">`
    }
    default:
      return ''
  }
}

const CLOSE: Record<string, string> = {
  bracket: ']</inline>',
  opening: '</inline>',
  em: '</i>',
  sup: '</sup>',
  insertion: '</ins>',
  deletion: '</del>',
}

/**
 * Appends the inline content of a textblock whose content starts at document position `start` to `out`: text,
 * marks as AKN inlines (kept open across nodes that share them, so one delegation's insertion is one `ins`),
 * footnotes as `authorialNote` where they are cited, cross-references as `ref`, line breaks as `eol`. `owner`
 * is the eId of the identified element the content belongs to, which prefixes the eIds of its notes.
 */
export function writeInline(block: Node, start: number, owner: string, ctx: InlineContext, out: Out): void {
  const stack: Mark[] = []
  block.forEach((child, offset) => {
    const marks = outermostFirst(child.marks)
    let keep = 0
    while (keep < stack.length && keep < marks.length && stack[keep]!.eq(marks[keep]!)) keep++
    while (stack.length > keep) out.push(CLOSE[stack.pop()!.type.name] ?? '')
    for (let i = keep; i < marks.length; i++) {
      out.push(open(marks[i]!, ctx))
      stack.push(marks[i]!)
    }
    if (child.isText) out.push(escapeXml(child.text!))
    else atom(child, start + offset, owner, ctx, out)
  })
  while (stack.length > 0) out.push(CLOSE[stack.pop()!.type.name] ?? '')
}

function atom(node: Node, pos: number, owner: string, ctx: InlineContext, out: Out): void {
  switch (node.type.name) {
    case 'footnote': {
      const n = ctx.noteNumber.get(pos) ?? 0
      const eId = eIdOf(owner, ABBREVIATIONS.note, node.attrs.id ?? n)
      out.push(`<authorialNote marker="${n}" placement="bottom" eId="${escapeXml(eId)}"><p>`)
      writeInline(node, pos + 1, eId, ctx, out)
      out.push('</p></authorialNote>')
      return
    }
    case 'xref': {
      const target: string = node.attrs.target
      // A target that is no clause of the draft (a document symbol) still needs an href: it names itself.
      out.push(() => {
        const eId = ctx.clauseEIds.get(target)
        return `<ref href="${escapeXml(eId ? `#${eId}` : encodeURI(target))}" ${PH}:target="${escapeXml(target)}">`
      })
      out.push(`${escapeXml(ctx.reference(target))}</ref>`)
      return
    }
    case 'hard_break':
      out.push('<eol/>')
      return
  }
}
