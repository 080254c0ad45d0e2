import type { StyledRole } from '../../../schema/index.ts'
import type { XmlElement } from '../xml/parse.ts'
import {
  mergeFormat,
  type NumberingRef,
  numberingOf,
  type RunFormat,
  runFormat,
  type WordStyles,
} from './read-styles.ts'
import { isW, wAttr, wChild, wChildren, wVal } from './read-wordml.ts'

/** A tracked change that a piece of text belongs to: inserted or deleted (a move is both), by whom. */
export interface WordChange {
  kind: 'ins' | 'del'
  author: string
  /** Part of a move (`w:moveFrom` is its deletion, `w:moveTo` its insertion). */
  move: boolean
}

/**
 * Inline content of a Word paragraph: text with its italics and superscript, footnotes (their content read
 * already), line breaks; with the tracked changes it is in and the internal link (`w:anchor`) around it.
 */
export type WordInline =
  | { type: 'text'; text: string; italic: boolean; sup: boolean; changes: WordChange[]; link: string | null }
  | { type: 'note'; content: WordInline[]; changes: WordChange[]; link: string | null }
  | { type: 'break'; changes: WordChange[]; link: string | null }

/** A paragraph of a Word file, as written: its index, content, role and list from its style, and revisions. */
export interface WordParagraph {
  /** Its place among the paragraphs of the part, from 1 (table cells included). */
  index: number
  inline: WordInline[]
  role: StyledRole
  numbering: NumberingRef | null
  /** A tracked change of the paragraph mark: the paragraph break inserted, or deleted (joining the next). */
  mark: WordChange | null
  /** The bookmarks that start in it (where internal links lead). */
  bookmarks: string[]
}

/** The content of footnotes or endnotes by their `w:id`. */
export type WordNotes = ReadonlyMap<string, WordInline[]>

const CHANGES: Record<string, Omit<WordChange, 'author'>> = {
  ins: { kind: 'ins', move: false },
  del: { kind: 'del', move: false },
  moveTo: { kind: 'ins', move: true },
  moveFrom: { kind: 'del', move: true },
}
// Elements that hold runs and paragraphs' inline content without meaning of their own here.
const INLINE_WRAPPERS = new Set(['smartTag', 'customXml', 'fldSimple', 'dir', 'bdo'])

const changeOf = (el: XmlElement): WordChange | null => {
  const kind = CHANGES[el.local]
  return kind ? { ...kind, author: (wAttr(el, 'author') ?? '').trim() } : null
}

/** What inline content is read inside: tracked changes and the internal link around it. */
interface InlineContext {
  changes: WordChange[]
  link: string | null
  base: RunFormat
}

/**
 * Reads the paragraphs of a WordprocessingML part in document order: the body's paragraphs and those of its
 * tables (row by row, cell by cell) and content controls. Runs are read with their italics and superscript
 * through the style cascade (document defaults, paragraph style, character style, direct formatting); hidden
 * text, field instructions, drawings and comments are left out.
 */
export class ParagraphReader {
  private index = 0

  constructor(
    private readonly styles: WordStyles,
    private readonly footnotes: WordNotes = new Map(),
    private readonly endnotes: WordNotes = new Map(),
  ) {}

  /** The paragraphs of a container (`w:body`, a table cell, a footnote), appended to `out`. */
  blocks(container: XmlElement, out: WordParagraph[] = []): WordParagraph[] {
    for (const child of wChildren(container)) {
      if (child.local === 'p') out.push(this.paragraph(child))
      else if (child.local === 'tbl') {
        for (const row of wChildren(child, 'tr'))
          for (const cell of wChildren(row, 'tc')) this.blocks(cell, out)
      } else if (child.local === 'sdt') {
        const content = wChild(child, 'sdtContent')
        if (content) this.blocks(content, out)
      } else if (child.local === 'customXml') this.blocks(child, out)
    }
    return out
  }

  private paragraph(p: XmlElement): WordParagraph {
    const index = ++this.index
    const pPr = wChild(p, 'pPr')
    const style = this.styles.paragraph(wVal(pPr, 'pStyle'))
    const numbering = numberingOf(pPr)
    let mark: WordChange | null = null
    for (const el of wChildren(wChild(pPr, 'rPr'))) mark ??= changeOf(el)
    const paragraph: WordParagraph = {
      index,
      inline: [],
      role: style.role,
      numbering: numbering === undefined ? style.numbering : numbering,
      mark,
      bookmarks: [],
    }
    const base = mergeFormat(this.styles.defaults, style.run)
    this.inline(p, { changes: [], link: null, base }, paragraph)
    return paragraph
  }

  private inline(container: XmlElement, ctx: InlineContext, paragraph: WordParagraph): void {
    for (const child of wChildren(container)) {
      const change = changeOf(child)
      if (child.local === 'r') this.run(child, ctx, paragraph.inline)
      else if (change) this.inline(child, { ...ctx, changes: [...ctx.changes, change] }, paragraph)
      else if (child.local === 'hyperlink')
        this.inline(child, { ...ctx, link: wAttr(child, 'anchor') ?? null }, paragraph)
      else if (child.local === 'sdt') {
        const content = wChild(child, 'sdtContent')
        if (content) this.inline(content, ctx, paragraph)
      } else if (INLINE_WRAPPERS.has(child.local)) this.inline(child, ctx, paragraph)
      else if (child.local === 'bookmarkStart') {
        const name = wAttr(child, 'name')
        if (name) paragraph.bookmarks.push(name)
      }
    }
  }

  private run(r: XmlElement, ctx: InlineContext, out: WordInline[]): void {
    const rPr = wChild(r, 'rPr')
    const format = mergeFormat(
      mergeFormat(ctx.base, this.styles.character(wVal(rPr, 'rStyle'))),
      runFormat(rPr),
    )
    if (format.hidden) return
    const { changes, link } = ctx
    const text = (value: string) =>
      out.push({ type: 'text', text: value, italic: !!format.italic, sup: !!format.sup, changes, link })
    for (const child of r.children) {
      if (!isW(child)) continue
      switch (child.local) {
        case 't':
        case 'delText':
          text(child.children.filter((c) => typeof c === 'string').join(''))
          break
        case 'tab':
        case 'ptab':
          text('\t')
          break
        case 'br': {
          const type = wAttr(child, 'type')
          if (type !== 'page' && type !== 'column') out.push({ type: 'break', changes, link })
          break
        }
        case 'cr':
          out.push({ type: 'break', changes, link })
          break
        case 'noBreakHyphen':
          text('\u2011')
          break
        case 'sym': {
          // Characters of symbol fonts sit in the private use area and mean nothing in another font.
          const code = Number.parseInt(wAttr(child, 'char') ?? '', 16)
          if (Number.isFinite(code) && (code < 0xe000 || code > 0xf8ff)) text(String.fromCodePoint(code))
          break
        }
        case 'footnoteReference':
        case 'endnoteReference': {
          const notes = child.local === 'footnoteReference' ? this.footnotes : this.endnotes
          const content = notes.get(wAttr(child, 'id') ?? '')
          if (content) out.push({ type: 'note', content, changes, link })
          break
        }
      }
    }
  }
}

/**
 * The footnotes or endnotes of a part (word/footnotes.xml, word/endnotes.xml) by id: each note's paragraphs
 * joined by a space, without the separators Word keeps among them and without the number mark at its start.
 */
export function readNotes(part: XmlElement | null, styles: WordStyles): WordNotes {
  const notes = new Map<string, WordInline[]>()
  if (!part) return notes
  const reader = new ParagraphReader(styles)
  for (const note of wChildren(part)) {
    if (note.local !== 'footnote' && note.local !== 'endnote') continue
    const type = wAttr(note, 'type')
    const id = wAttr(note, 'id')
    if (id === undefined || (type !== undefined && type !== 'normal')) continue
    const content: WordInline[] = []
    for (const p of reader.blocks(note)) {
      if (content.length)
        content.push({ type: 'text', text: ' ', italic: false, sup: false, changes: [], link: null })
      content.push(...p.inline)
    }
    notes.set(id, content)
  }
  return notes
}
