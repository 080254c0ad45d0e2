import type { Mark, Node } from 'prosemirror-model'
import { type Numbering, numberDocument } from '../numbering.ts'
import { referenceText } from '../serialize/reference.ts'
import { COMPARE_WORDS, type CompareWords } from './compare-words.ts'
import type { ComparedClause, Comparison, ComparisonAuthor } from './comparison.ts'
import type { Piece, TextDiff } from './text-diff.ts'
import type { Token } from './tokens.ts'

// What both layouts of a comparison's HTML write the same way: words with their formatting, changes with
// their authors, the header and the title.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
/** Text made safe for HTML content and double-quoted attribute values. */
export const escapeHTML = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!)

const OPEN: Record<string, string> = { opening: '<em class="opening">', em: '<em>', sup: '<sup>' }
const CLOSE: Record<string, string> = { opening: '</em>', em: '</em>', sup: '</sup>' }

/** Which version's words a cell shows: both (inline), the earlier one's, or the later one's. */
export type Show = 'both' | 'old' | 'new'

/** What writing the pieces of one comparison needs: its words, authors, and footnote and clause numbers. */
export class Writer {
  readonly words: CompareWords
  private readonly numbers: Record<Show, Map<string, number>>
  private readonly numbering: { old: Numbering; new: Numbering }

  constructor(readonly c: Comparison) {
    this.words = COMPARE_WORDS[c.lang]
    this.numbers = { both: new Map(), old: new Map(), new: new Map() }
    c.footnotes.forEach((f, i) => {
      this.numbers.both.set(f.key, i + 1)
      if (f.from !== null) this.numbers.old.set(f.key, f.from)
      if (f.to !== null) this.numbers.new.set(f.key, f.to)
    })
    this.numbering = { old: numberDocument(c.from), new: numberDocument(c.to) }
  }

  /** A footnote's number as a cell shows it: merged in the inline text, each version's own in its column. */
  footnoteNumber(key: string, show: Show): number | undefined {
    return this.numbers[show].get(key)
  }

  private atom(node: Node, show: Show, fromSide: boolean): string {
    switch (node.type.name) {
      case 'footnote': {
        const key = `fn:${node.attrs.id ?? node.textContent}`
        const n = this.footnoteNumber(key, show)
        if (n === undefined) return ''
        const anchor = show === 'both' ? `cmp-fn-${n}` : `cmp-fn-${show}-${n}`
        return `<sup class="cmp-fnref"><a href="#${anchor}">${n}</a></sup>`
      }
      case 'xref': {
        const numbering = fromSide ? this.numbering.old : this.numbering.new
        return `<a class="xref" data-target="${escapeHTML(node.attrs.target)}">${escapeHTML(referenceText(node.attrs.target, numbering))}</a>`
      }
      case 'hard_break':
        return '<br>'
      default:
        return ''
    }
  }

  /** Tokens with their formatting; marks stay open across tokens that share them. */
  tokens(tokens: readonly Token[], show: Show, fromSide: boolean): string {
    let out = ''
    const open: Mark[] = []
    for (const t of tokens) {
      let keep = 0
      while (keep < open.length && keep < t.marks.length && open[keep]!.eq(t.marks[keep]!)) keep++
      while (open.length > keep) out += CLOSE[open.pop()!.type.name] ?? ''
      for (let i = keep; i < t.marks.length; i++) {
        out += OPEN[t.marks[i]!.type.name] ?? ''
        open.push(t.marks[i]!)
      }
      out += t.atom ? this.atom(t.atom, show, fromSide) : escapeHTML(t.text)
    }
    while (open.length > 0) out += CLOSE[open.pop()!.type.name] ?? ''
    return out
  }

  /** Who made a change, as its tag reads: "Egypt", "Facilitator, orally revised: as agreed in the meeting". */
  authorText(n: number): string {
    const a: ComparisonAuthor | undefined = this.c.authors[n]
    if (!a) return ''
    if (a.oral === undefined) return a.name
    return `${a.name}, ${this.words.orally}${a.oral ? `${this.words.colon}${a.oral}` : ''}`
  }

  /** The tag after a change naming who made it; an oral revision's carries its note. */
  tag(n: number): string {
    const a = this.c.authors[n]
    if (!a) return ''
    const oral = a.oral !== undefined ? ' cmp-oral' : ''
    return `<sup class="cmp-by${oral}" data-author="${escapeHTML(a.name)}">[${escapeHTML(this.authorText(n))}]</sup>`
  }

  /**
   * The pieces of a text: kept words, deletions as `<del class="cmp-del">` and insertions as
   * `<ins class="cmp-ins">` (each with `data-author`), and after each run of changes the tags of who made it
   * (`tags`), for the version or versions a cell shows.
   */
  pieces(diff: TextDiff, show: Show, tags: boolean): string {
    let out = ''
    let authors: number[] = []
    const flush = () => {
      if (tags) for (const a of authors) out += this.tag(a)
      authors = []
    }
    for (const piece of diff.pieces) {
      if (piece.op === 'same') {
        flush()
        out += this.tokens(piece.tokens, show, show === 'old')
        continue
      }
      if ((piece.op === 'del' && show === 'new') || (piece.op === 'ins' && show === 'old')) continue
      out += this.changed(piece, show)
      if (piece.author >= 0 && !authors.includes(piece.author)) authors.push(piece.author)
    }
    flush()
    return out
  }

  private changed(piece: Piece, show: Show): string {
    const element = piece.op === 'del' ? 'del' : 'ins'
    const author = this.c.authors[piece.author]
    const by = author
      ? ` data-author="${escapeHTML(author.name)}" title="${escapeHTML(this.authorText(piece.author))}"`
      : ''
    return `<${element} class="cmp-${piece.op}"${by}>${this.tokens(piece.tokens, show, piece.op === 'del')}</${element}>`
  }
}

/** How a clause's row or block is marked: its status, 'changed' for one in place whose words changed. */
export const statusOf = (clause: ComparedClause) =>
  clause.status === 'same' ? (clause.text.changed ? 'changed' : 'same') : clause.status

/** Whether a text is blank in both versions (an empty header field). */
export const blank = (diff: TextDiff) =>
  !diff.changed && diff.pieces.every((p) => p.tokens.every((t) => !t.atom && !t.text.trim()))

/** The header fields, those blank in both versions left out; a cell of one version, or both inline. */
export function headerHTML(w: Writer, show: Show): string {
  const fields = w.c.header.filter((f) => !blank(f.text))
  if (fields.length === 0) return ''
  const lines = fields.map(
    (f) =>
      `<p class="field field-${f.name}" data-field="${f.name}" data-status="${f.status}">${w.pieces(f.text, show, true)}</p>\n`,
  )
  return `<header class="res-header">\n${lines.join('')}</header>\n`
}

/** The title line's content ("71/194." and its words), '' when empty. */
export function titleHTML(w: Writer, show: Show): string {
  const { from, to } = w.c.title.number
  let number = ''
  if (show !== 'new' && from && from !== to) number += `<del>${escapeHTML(from)}.</del>`
  if (show !== 'old' && to && from !== to) number += `<ins>${escapeHTML(to)}.</ins>`
  const same = from === to ? from : null
  if (same) number = `${escapeHTML(same)}.`
  const words = w.pieces(w.c.title.text, show, true)
  if (!number && !words) return ''
  return `${number ? `<span class="res-number">${number}</span> ` : ''}${words}`
}
