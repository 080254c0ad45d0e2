import type { Mark, Node } from 'prosemirror-model'
import { direction } from '../lang.ts'
import { type Numbering, numberDocument } from '../numbering.ts'
import { printStyle } from '../serialize/print-style.ts'
import { referenceText } from '../serialize/reference.ts'
import { RESOLUTION_CSS } from '../serialize/stylesheet.ts'
import { formerlyNote } from './clause-names.ts'
import { COMPARE_WORDS, type CompareWords } from './compare-words.ts'
import type {
  ComparedClause,
  ComparedItem,
  ComparedPara,
  Comparison,
  ComparisonAuthor,
} from './comparison.ts'
import { COMPARISON_CSS } from './style.ts'
import type { Piece, TextDiff } from './text-diff.ts'
import type { Token } from './tokens.ts'

/** Options of {@link comparisonHTML}. */
export interface ComparisonHTMLOptions {
  /** A whole page (doctype, head, stylesheets) rather than the fragment the editor embeds. */
  standalone?: boolean
  /** One text with the changes marked in it (the default), or the two versions in two columns, row by row. */
  layout?: 'inline' | 'side-by-side'
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeHTML = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!)

const OPEN: Record<string, string> = { opening: '<em class="opening">', em: '<em>', sup: '<sup>' }
const CLOSE: Record<string, string> = { opening: '</em>', em: '</em>', sup: '</sup>' }

/** Which version's words a cell shows: both (inline), the earlier one's, or the later one's. */
type Show = 'both' | 'old' | 'new'

/** What writing the pieces of one comparison needs: its words, authors, and footnote and clause numbers. */
class Writer {
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

const statusOf = (clause: ComparedClause) =>
  clause.status === 'same' ? (clause.text.changed ? 'changed' : 'same') : clause.status

const blank = (diff: TextDiff) =>
  !diff.changed && diff.pieces.every((p) => p.tokens.every((t) => !t.atom && !t.text.trim()))

/** The inline layout: one text, the changes marked in it, each paragraph with its number in the later version. */
function inline(w: Writer): string {
  const { c, words } = w
  const out: string[] = []
  const note = (text: string) => `<span class="cmp-note">[${escapeHTML(text)}]</span> `

  const clause = (cl: ComparedClause, tags: boolean) => {
    const status = statusOf(cl)
    const whole = cl.status === 'inserted' || cl.status === 'deleted'
    const places =
      (cl.from ? ` data-from="${escapeHTML(cl.from.path.join(' '))}"` : '') +
      (cl.to ? ` data-to="${escapeHTML(cl.to.path.join(' '))}"` : '')
    out.push(
      `<div class="clause ${cl.kind} cmp-clause" data-kind="${cl.kind}" data-id="${escapeHTML(cl.id)}" data-status="${status}"${places}${cl.renumbered ? ' data-renumbered=""' : ''}>\n<p>`,
    )
    const printed = cl.to ? cl.to.printed : cl.from!.printed
    if (printed)
      out.push(
        `<span class="num">${cl.to ? escapeHTML(printed) : `<del>${escapeHTML(printed)}</del>`}</span> `,
      )
    if (cl.renumbered)
      out.push(
        `<span class="cmp-formerly">${escapeHTML(formerlyNote(c.lang, cl.to!.ref, cl.from!.ref))}</span> `,
      )
    if (cl.status === 'inserted') out.push(note(`${words.newParagraph}: ${w.authorText(cl.author)}`))
    else if (cl.status === 'deleted') out.push(note(`${words.deletedParagraph}: ${w.authorText(cl.author)}`))
    else if (cl.status === 'moved')
      out.push(note(`${words.movedFrom(cl.from!.label)}: ${w.authorText(cl.author)}`))
    out.push(w.pieces(cl.text, 'both', tags && !whole), '</p>\n')
    items(cl.children, tags && !whole)
    out.push('</div>\n')
  }

  const items = (list: readonly ComparedItem[], tags: boolean) => {
    for (const item of list) {
      if (item.type === 'clause') clause(item, tags)
      else if (item.type === 'moved-away') {
        const cl = item.clause
        const printed = cl.from!.printed
        out.push(
          `<div class="clause ${cl.kind} cmp-ghost" data-kind="${cl.kind}" data-id="${escapeHTML(cl.id)}" data-status="moved-away">\n<p>`,
          printed ? `<span class="num"><del>${escapeHTML(printed)}</del></span> ` : '',
          note(words.movedTo(cl.to!.label)).trimEnd(),
          '</p>\n</div>\n',
        )
      } else if (item.type === 'quotation') {
        out.push(`<blockquote class="quotation" data-status="${item.status}">\n`)
        items(item.children, tags && item.status === 'same')
        out.push('</blockquote>\n')
      } else out.push(`<p data-status="${item.status}">${w.pieces(item.text, 'both', tags)}</p>\n`)
    }
  }

  out.push(header(w, 'both'))
  const title = titleHTML(w, 'both')
  if (title) out.push(`<h1 class="res-title">${title}</h1>\n`)
  out.push(`<p class="formula">${w.pieces(c.formula, 'both', true)}</p>\n`)
  for (const [name, list] of [
    ['preamble', c.preamble],
    ['operative', c.operative],
  ] as const) {
    if (list.length === 0) continue
    out.push(`<section class="${name}">\n`)
    items(list, true)
    out.push('</section>\n')
  }
  if (c.closing) {
    out.push('<footer class="closing">\n')
    for (const line of c.closing)
      out.push(`<p data-status="${line.status}">${w.pieces(line.text, 'both', true)}</p>\n`)
    out.push('</footer>\n')
  }
  if (c.footnotes.length > 0) {
    out.push('<section class="footnotes cmp-footnotes" role="doc-endnotes">\n<ol>\n')
    c.footnotes.forEach((f, i) => {
      const n = i + 1
      out.push(
        `<li id="cmp-fn-${n}" value="${n}" data-status="${f.status}">${w.pieces(f.text, 'both', true)}</li>\n`,
      )
    })
    out.push('</ol>\n</section>\n')
  }
  return out.join('')
}

/** The header fields, those blank in both versions left out; a cell of one version, or both inline. */
function header(w: Writer, show: Show): string {
  const fields = w.c.header.filter((f) => !blank(f.text))
  if (fields.length === 0) return ''
  const lines = fields.map(
    (f) =>
      `<p class="field field-${f.name}" data-field="${f.name}" data-status="${f.status}">${w.pieces(f.text, show, true)}</p>\n`,
  )
  return `<header class="res-header">\n${lines.join('')}</header>\n`
}

/** The title line's content ("71/194." and its words), '' when empty. */
function titleHTML(w: Writer, show: Show): string {
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

/** The side-by-side layout: the earlier version on one side, the later on the other, row by row. */
function sideBySide(w: Writer): string {
  const { c, words } = w
  const out: string[] = []
  const row = (block: string, status: string, old: string, now: string, extra = '') =>
    out.push(
      `<div class="cmp-row" data-block="${block}" data-status="${status}"${extra}>\n<div class="cmp-old">${old}</div>\n<div class="cmp-new">${now}</div>\n</div>\n`,
    )
  const note = (text: string) => `<span class="cmp-note">[${escapeHTML(text)}]</span> `
  const num = (printed: string) => (printed ? `<span class="num">${escapeHTML(printed)}</span> ` : '')

  const clause = (cl: ComparedClause, tags: boolean) => {
    const depth = (cl.to ?? cl.from)!.path.length - 1
    const whole = cl.status === 'inserted' || cl.status === 'deleted'
    let old = ''
    let now = ''
    if (cl.from) {
      const deleted =
        cl.status === 'deleted' ? note(`${words.deletedParagraph}: ${w.authorText(cl.author)}`) : ''
      old = `<p>${num(cl.from.printed)}${deleted}${w.pieces(cl.text, 'old', tags && !whole)}</p>`
    }
    if (cl.to) {
      const formerly = cl.renumbered
        ? `<span class="cmp-formerly">${escapeHTML(formerlyNote(c.lang, cl.to.ref, cl.from!.ref))}</span> `
        : ''
      const inserted =
        cl.status === 'inserted' ? note(`${words.newParagraph}: ${w.authorText(cl.author)}`) : ''
      const moved =
        cl.status === 'moved' ? note(`${words.movedFrom(cl.from!.label)}: ${w.authorText(cl.author)}`) : ''
      now = `<p>${num(cl.to.printed)}${formerly}${inserted}${moved}${w.pieces(cl.text, 'new', tags && !whole)}</p>`
    }
    row('clause', statusOf(cl), old, now, ` data-id="${escapeHTML(cl.id)}" style="--depth: ${depth}"`)
    items(cl.children, tags && !whole, depth + 1)
  }

  const items = (list: readonly ComparedItem[], tags: boolean, depth: number) => {
    for (const item of list) {
      if (item.type === 'clause') clause(item, tags)
      else if (item.type === 'moved-away') {
        const cl = item.clause
        const d = cl.from!.path.length - 1
        row(
          'clause',
          'moved-away',
          `<p>${num(cl.from!.printed)}${note(words.movedTo(cl.to!.label)).trimEnd()}</p>`,
          '',
          ` data-id="${escapeHTML(cl.id)}" style="--depth: ${d}"`,
        )
      } else if (item.type === 'quotation') items(item.children, tags && item.status === 'same', depth + 1)
      else para('quotation', item, tags, ` style="--depth: ${depth}"`)
    }
  }

  const para = (block: string, p: ComparedPara, tags: boolean, extra = '') =>
    row(
      block,
      p.status,
      p.status === 'inserted' ? '' : `<p>${w.pieces(p.text, 'old', tags)}</p>`,
      p.status === 'deleted' ? '' : `<p>${w.pieces(p.text, 'new', tags)}</p>`,
      extra,
    )

  out.push(
    `<div class="cmp-columns"><div class="cmp-head cmp-old">${escapeHTML(c.fromLabel)}</div><div class="cmp-head cmp-new">${escapeHTML(c.toLabel)}</div></div>\n`,
  )
  for (const f of c.header) {
    if (blank(f.text)) continue
    const cell = (show: Show) =>
      `<p class="field field-${f.name}" data-field="${f.name}">${w.pieces(f.text, show, true)}</p>`
    row(
      `header:${f.name}`,
      f.status === 'same' && f.text.changed ? 'changed' : f.status,
      f.status === 'inserted' ? '' : cell('old'),
      f.status === 'deleted' ? '' : cell('new'),
    )
  }
  const titleOld = titleHTML(w, 'old')
  const titleNew = titleHTML(w, 'new')
  if (titleOld || titleNew)
    row(
      'title',
      titleOld === titleNew ? 'same' : 'changed',
      `<p class="res-title">${titleOld}</p>`,
      `<p class="res-title">${titleNew}</p>`,
    )
  row(
    'formula',
    c.formula.changed ? 'changed' : 'same',
    `<p class="formula">${w.pieces(c.formula, 'old', true)}</p>`,
    `<p class="formula">${w.pieces(c.formula, 'new', true)}</p>`,
  )
  items(c.preamble, true, 0)
  items(c.operative, true, 0)
  for (const line of c.closing ?? []) para('closing', line, true)
  for (const f of c.footnotes) {
    const cell = (show: 'old' | 'new') => {
      const n = show === 'old' ? f.from : f.to
      if (n === null) return ''
      return `<p id="cmp-fn-${show}-${n}"><sup>${n}</sup> ${w.pieces(f.text, show, true)}</p>`
    }
    const status = f.status === 'changed' ? 'changed' : f.status
    row('footnote', status, cell('old'), cell('new'))
  }
  return out.join('')
}

/**
 * A comparison as HTML. The fragment (the default) is one `<article class="resolution comparison cmp-inline">`
 * (or `cmp-side-by-side`) with `lang`, `dir` and `data-layout`, for the editor to show; `standalone` wraps it in
 * a page with the resolution stylesheet, {@link COMPARISON_CSS} and the print style sheet.
 *
 * Classes the editor can style: `ins.cmp-ins` and `del.cmp-del` (inserted and deleted words, `data-author`
 * naming who, `title` with an oral revision's note), `sup.cmp-by` after each change (`.cmp-oral` for an oral
 * revision), `.cmp-note` (new, deleted, moved paragraph), `.cmp-formerly` ("(formerly 7)" after a renumbered
 * paragraph's number). Inline: each clause is `div.clause.cmp-clause` with `data-id`, `data-status` (same,
 * changed, inserted, deleted, moved), `data-from`/`data-to` (its number paths) and `data-renumbered`; where a
 * moved paragraph stood, `div.cmp-ghost` (`data-status="moved-away"`). Side by side: a `.cmp-columns` head,
 * then one `div.cmp-row` per paragraph (`data-block`, `data-status`, `data-id`, `--depth`) holding `.cmp-old`
 * and `.cmp-new`.
 */
export function comparisonHTML(c: Comparison, options: ComparisonHTMLOptions = {}): string {
  const layout = options.layout ?? 'inline'
  const w = new Writer(c)
  const words = w.words
  const dir = direction(c.lang)
  const heading = words.heading(c.fromLabel, c.toLabel)
  const legend = [
    `<p class="cmp-legend"><strong>${escapeHTML(heading)}</strong>${escapeHTML(words.colon)}`,
    `<ins>${escapeHTML(words.inserted)}</ins> <del>${escapeHTML(words.deleted)}</del> `,
    `<span class="cmp-moved-sample">${escapeHTML(words.moved)}</span></p>\n`,
    c.changes.length === 0 ? `<p class="cmp-none">${escapeHTML(words.noChanges)}</p>\n` : '',
  ].join('')
  const body = layout === 'side-by-side' ? sideBySide(w) : inline(w)
  const cls = layout === 'side-by-side' ? 'cmp-side-by-side' : 'cmp-inline'
  const article = `<article class="resolution comparison ${cls}" lang="${c.lang}" dir="${dir}" data-layout="${layout}">\n${legend}${body}</article>\n`
  if (!options.standalone) return article
  let symbol = ''
  c.to.firstChild?.forEach((field) => {
    if (field.attrs.name === 'symbol') symbol = field.textContent.trim()
  })
  return [
    '<!doctype html>\n',
    `<html lang="${c.lang}" dir="${dir}">\n<head>\n<meta charset="utf-8">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<title>${escapeHTML(heading)}</title>\n`,
    `<style>${RESOLUTION_CSS}${COMPARISON_CSS}${printStyle(symbol || null)}</style>\n`,
    '</head>\n<body>\n',
    article,
    '</body>\n</html>\n',
  ].join('')
}
