import type { Node } from 'prosemirror-model'
import type { LintPlace } from './messages.ts'

/** Stands for a footnote marker in a block's text: not a letter, not a space, not punctuation. */
export const FOOTNOTE_CHAR = '\uE000'
// Stands for any other inline atom (a cross-reference), which reads as words.
const ATOM_CHAR = '\uFFFC'

const SPACE = /\s/

/** A footnote cited in a block. */
export interface CitedFootnote {
  /** Offset of its {@link FOOTNOTE_CHAR} in the block's text. */
  index: number
  pos: number
  node: Node
}

/** Where a block sits in the document, and so how its problems are named. */
export type BlockRegion = 'header' | 'title' | 'formula' | 'clause' | 'closing'

/**
 * The text of one textblock (a `para`, the title, a header field) flattened to a string that rules can scan
 * with regular expressions, with the way back from string offsets to document positions. Text proposed for
 * insertion by a delegation is left out: lint reads the agreed text, which is what a proposal is measured
 * against (a proposal that fixes a problem clears it when it is accepted).
 */
export class TextBlock {
  /** The flattened text: footnotes as {@link FOOTNOTE_CHAR}, other atoms as one character, breaks as "\n". */
  readonly text: string
  /** Footnote markers cited in the block, in order. */
  readonly footnotes: CitedFootnote[] = []
  /** String ranges of superscript text that is not inside a footnote node (a marker typed or pasted as text). */
  readonly superscripts: [number, number][] = []
  // Segments of the text: string offset where each starts, document range it covers, whether it is one atom.
  private readonly starts: number[] = []
  private readonly froms: number[] = []
  private readonly tos: number[] = []
  private readonly atoms: boolean[] = []
  private end: number | undefined

  /**
   * @param node the textblock
   * @param pos its position in the document (before its opening token)
   * @param region where it sits
   * @param place where its problems are: its clause (operative paragraph 2 (a)), or the title, ...
   * @param clauseId the id of that clause, if any
   * @param quoted whether it is quoted text inside a clause, whose own punctuation is not ours to check
   * @param intro whether it is the first para of a clause that goes on with sub-paragraphs or a quotation
   */
  constructor(
    readonly node: Node,
    readonly pos: number,
    readonly region: BlockRegion,
    readonly place: LintPlace,
    readonly clauseId: string | null,
    readonly quoted = false,
    readonly intro = false,
  ) {
    let text = ''
    node.forEach((child, offset) => {
      const from = pos + 1 + offset
      if (child.marks.some((m) => m.type.name === 'insertion')) return
      this.starts.push(text.length)
      this.froms.push(from)
      this.tos.push(from + child.nodeSize)
      if (child.isText) {
        const start = text.length
        text += child.text
        this.atoms.push(false)
        if (child.marks.some((m) => m.type.name === 'sup')) this.superscripts.push([start, text.length])
      } else {
        this.atoms.push(true)
        if (child.type.name === 'footnote') {
          this.footnotes.push({ index: text.length, pos: from, node: child })
          text += FOOTNOTE_CHAR
        } else text += child.type.name === 'hard_break' ? '\n' : ATOM_CHAR
      }
    })
    this.text = text
  }

  /** Position of the block's content start. */
  get contentStart(): number {
    return this.pos + 1
  }

  /** Position of the block's content end. */
  get contentEnd(): number {
    return this.pos + 1 + this.node.content.size
  }

  /** Index of the segment holding string offset i (i < text.length). */
  private segment(i: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= i) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Document position just before the character at string offset i (i may be text.length). */
  posAt(i: number): number {
    if (i >= this.text.length) return this.starts.length ? this.tos[this.tos.length - 1]! : this.contentStart
    const k = this.segment(i)
    return this.atoms[k] ? this.froms[k]! : this.froms[k]! + (i - this.starts[k]!)
  }

  /** Document position just after the character at string offset i. */
  posAfter(i: number): number {
    const k = this.segment(i)
    return this.atoms[k] ? this.tos[k]! : this.froms[k]! + (i - this.starts[k]!) + 1
  }

  /** Document range of the characters [a, b) of the text. */
  range(a: number, b: number): { from: number; to: number } {
    const from = this.posAt(a)
    return { from, to: b > a ? this.posAfter(b - 1) : from }
  }

  /** Offset just after the last character that is neither a space nor a footnote marker (0 if none). */
  get textEnd(): number {
    if (this.end === undefined) {
      let end = this.text.length
      while (end > 0 && (this.text[end - 1] === FOOTNOTE_CHAR || SPACE.test(this.text[end - 1]!))) end--
      this.end = end
    }
    return this.end
  }

  /** Whether the block holds nothing but spaces and footnote markers. */
  get isEmpty(): boolean {
    return this.textEnd === 0
  }
}
