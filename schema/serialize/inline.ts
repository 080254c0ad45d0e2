import type { Mark, Node } from 'prosemirror-model'
import type { Numbering } from '../numbering.ts'
import { creditsAfter } from './credits.ts'
import { referenceText } from './reference.ts'

/** How one output format writes inline content: text, the start and end of a mark, and inline atoms. */
export interface InlineWriter {
  text(text: string): string
  open(mark: Mark): string
  close(mark: Mark): string
  /** A non-text inline node (footnote, cross-reference, line break), given its position in the document. */
  atom(node: Node, pos: number): string
  /** Who proposed the changes of amendments, written after their last words (compilation texts only). */
  credit?(amendments: string[]): string
}

// Square brackets are the outermost marks, then proposed changes, so that one pair of brackets stays one pair
// and one delegation's insertion one element even where the formatting or the proposals inside them change.
const CHANGES = new Set(['insertion', 'deletion'])
const rankOf = (mark: Mark) => (mark.type.name === 'bracket' ? 0 : CHANGES.has(mark.type.name) ? 1 : 2)

/** A node's marks with square brackets first, then proposed changes, the others in schema order. */
export function outermostFirst(marks: readonly Mark[]): readonly Mark[] {
  if (!marks.some((m) => rankOf(m) < 2)) return marks
  return [...marks].sort((a, b) => rankOf(a) - rankOf(b))
}

/**
 * Appends the inline content of a textblock (whose content starts at document position `start`) to `out`.
 * Marks stay open across adjacent nodes that share them, so a phrase in italics or one delegation's insertion
 * is one element even when a footnote or another mark splits its text nodes, and the output nests properly.
 */
export function writeInline(block: Node, start: number, writer: InlineWriter, out: string[]): void {
  const open: Mark[] = []
  const credits = writer.credit ? creditsAfter(block) : null
  block.forEach((child, offset, index) => {
    const marks = outermostFirst(child.marks)
    let keep = 0
    while (keep < open.length && keep < marks.length && open[keep]!.eq(marks[keep]!)) keep++
    while (open.length > keep) out.push(writer.close(open.pop()!))
    for (let i = keep; i < marks.length; i++) {
      out.push(writer.open(marks[i]!))
      open.push(marks[i]!)
    }
    out.push(child.isText ? writer.text(child.text!) : writer.atom(child, start + offset))
    const credit = credits?.get(index)
    if (credit) {
      // After the changes are closed, so the name stands outside them (but inside square brackets around
      // them); the next child reopens its marks.
      while (open.length > 0 && open.at(-1)!.type.name !== 'bracket') out.push(writer.close(open.pop()!))
      out.push(writer.credit!(credit))
    }
  })
  while (open.length > 0) out.push(writer.close(open.pop()!))
}

/**
 * The words of a textblock on one line, for titles, page titles and summaries: cross-references as the numbers
 * they point to, line breaks as spaces, footnotes left out, white space collapsed.
 */
export function plainText(block: Node, numbering: Numbering): string {
  const out: string[] = []
  block.forEach((child) => {
    if (child.isText) out.push(child.text!)
    else if (child.type.name === 'xref') out.push(referenceText(child.attrs.target, numbering))
    else if (child.type.name === 'hard_break') out.push(' ')
  })
  return out.join('').replace(/\s+/g, ' ').trim()
}
