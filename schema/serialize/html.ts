import type { Mark, Node } from 'prosemirror-model'
import { forEachBlock } from '../blocks.ts'
import { direction, isLang, isOrgan, type Lang, ORGAN_FACTS, type Organ } from '../lang.ts'
import { numberDocument } from '../numbering.ts'
import { alternativesOf, paragraphBrackets } from '../standing/layout.ts'
import { STANDING_WORDS } from '../standing/words.ts'
import type { Compilation } from './compilation.ts'
import { COMPILATION_CSS } from './compilation-style.ts'
import { type InlineWriter, plainText, writeInline } from './inline.ts'
import { printStyle } from './print-style.ts'
import { referenceText } from './reference.ts'
import { STANDING_CSS } from './standing-style.ts'
import { RESOLUTION_CSS } from './stylesheet.ts'
import { titleLine } from './title.ts'

/** Options of {@link toHTML}. */
export interface HTMLOptions {
  /** A whole page (doctype, head, stylesheet) rather than the fragment that the editor and the server embed. */
  standalone?: boolean
  /** The page title; by default the title line of the resolution, else its symbol, else the organ's name. */
  title?: string
  /**
   * Write `compilation.doc` as a compilation text (see `compile`): a legend, compilation labels, notes on
   * proposed paragraphs, and who proposes each change in a small tag after it (`<sup class="credit">`).
   */
  compilation?: Compilation
}

// Attribute values are always double-quoted, so the apostrophe, frequent in French, can stay as it is.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text made safe for HTML content and for double-quoted attribute values. */
function escapeHTML(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!)
}

const changeAttrs = (mark: Mark) =>
  ` data-amendment="${escapeHTML(mark.attrs.amendment)}" data-delegation="${escapeHTML(mark.attrs.delegation)}"`

// The element each mark becomes, with the classes and attributes of the schema's own toDOM.
const MARK_OPEN: Record<string, (mark: Mark) => string> = {
  bracket: (mark) =>
    `<span class="bracket" data-bracket="${escapeHTML(mark.attrs.id)}" data-by="${escapeHTML(mark.attrs.by)}">[`,
  opening: () => '<em class="opening">',
  em: () => '<em>',
  sup: () => '<sup>',
  insertion: (mark) => `<ins${changeAttrs(mark)}>`,
  deletion: (mark) => `<del${changeAttrs(mark)}>`,
}
const MARK_CLOSE: Record<string, string> = {
  bracket: ']</span>',
  opening: '</em>',
  em: '</em>',
  sup: '</sup>',
  insertion: '</ins>',
  deletion: '</del>',
}

/** Whether a textblock holds nothing but white space, like the empty header fields of a new draft. */
function isBlank(block: Node): boolean {
  let blank = true
  block.forEach((child) => {
    if (!child.isText || child.text!.trim() !== '') blank = false
  })
  return blank
}

// Clause ids may look like anything an identifier can ("fn-1"), so their HTML ids get a prefix of their own.
const clauseAnchor = (id: string) => `clause-${id}`

/**
 * The resolution as HTML, laid out as the UN prints it. The fragment (the default) is one
 * `<article class="resolution" lang dir>` holding `<header>`, `<h1>`, the formula, `<section class="preamble">`,
 * `<section class="operative">`, the closing `<footer>` and `<section class="footnotes">`; with `standalone` it
 * is wrapped in a page with `lang` and `dir`, a `<title>`, the screen stylesheet and the print style sheet (A4,
 * the UN first page, the symbol and "n/N" on the pages after it). Numbers, labels and
 * footnote numbers are written out from `numberDocument` (not CSS counters), so they match every other output;
 * pending proposals are `<ins>`/`<del>` naming their amendment and delegation.
 */
export function toHTML(doc: Node, options: HTMLOptions = {}): string {
  const compilation = options.compilation
  if (compilation && compilation.doc !== doc) {
    throw new RangeError('toHTML: the compilation was made for another document (pass compilation.doc)')
  }
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  const organ: Organ = isOrgan(doc.attrs.organ) ? doc.attrs.organ : 'ga'
  const dir = direction(lang)
  const numbering = numberDocument(doc)
  const noteNumber = new Map(numbering.footnotes.map((f) => [f.pos, f.number]))
  const standing = STANDING_WORDS[lang]
  // Square brackets of whole paragraphs, by the textblock they stand in; a compilation names who asked for them.
  const brackets = paragraphBrackets(doc, (pos) => compilation?.collapsed.has(pos) ?? false)
  const asked = (by: string) => (compilation ? `<sup class="bracket-by">${escapeHTML(by)}</sup>` : '')
  const closeBrackets = (pos: number) =>
    (brackets.get(pos)?.close ?? []).map((by) => `<span class="bracket">]</span>${asked(by)}`).join('')

  // Whether the last text written ended in a space, so that a credit after it keeps the words apart.
  let endsInSpace = false
  const writer: InlineWriter = {
    text: (text) => {
      if (text) endsInSpace = /\s$/.test(text)
      return escapeHTML(text)
    },
    open: (mark) => MARK_OPEN[mark.type.name]?.(mark) ?? '',
    close: (mark) =>
      mark.type.name === 'bracket' ? `]</span>${asked(mark.attrs.by)}` : (MARK_CLOSE[mark.type.name] ?? ''),
    atom: (node, pos) => {
      switch (node.type.name) {
        case 'footnote': {
          const n = noteNumber.get(pos)!
          return `<sup><a href="#fn-${n}" id="fnref-${n}" role="doc-noteref">${n}</a></sup>`
        }
        case 'xref': {
          const target: string = node.attrs.target
          const href = numbering.byId.has(target) ? ` href="#${escapeHTML(clauseAnchor(target))}"` : ''
          const text = escapeHTML(compilation?.reference(target) ?? referenceText(target, numbering))
          return `<a class="xref" data-target="${escapeHTML(target)}"${href}>${text}</a>`
        }
        case 'hard_break':
          return '<br>'
        default:
          return ''
      }
    },
  }

  if (compilation)
    writer.credit = (ids) =>
      `<sup class="credit">[${escapeHTML(compilation.credit(ids))}]</sup>${endsInSpace ? ' ' : ''}`

  const out: string[] = []
  const inline = (block: Node, pos: number) => writeInline(block, pos + 1, writer, out)

  // `status` and `alt` stand between the label and the words (a compilation's status, the label "Alt 1"), before
  // and after the note; `close` says whether the paragraph's closing brackets follow its words (not when
  // alternatives follow them).
  const paragraph = (
    para: Node | null,
    pos: number,
    label: string,
    note?: string,
    extra: { status?: string; alt?: string; close?: boolean } = {},
  ) => {
    out.push('<p>')
    if (label) out.push(`<span class="num">${escapeHTML(label)}</span> `)
    out.push(extra.status ?? '')
    if (note) out.push(`<span class="proposal-note">[${escapeHTML(note)}]</span>${para ? ' ' : ''}`)
    out.push(extra.alt ?? '')
    if (para) {
      out.push('<span class="bracket">[</span>'.repeat(brackets.get(pos)?.open.length ?? 0))
      inline(para, pos)
      if (extra.close !== false) out.push(closeBrackets(pos))
    }
    out.push('</p>\n')
  }

  /** The alternative wordings of a clause's first line, under it; the last carries the line's closing brackets. */
  const alternatives = (node: Node, pos: number, label: string) => {
    const list = alternativesOf(node)
    list.forEach((a, i) => {
      out.push(`<p class="alternative" data-alternative="${a.n}">`)
      if (label && compilation) out.push(`<span class="num">${escapeHTML(label)}</span> `)
      out.push(`<span class="alt">[${escapeHTML(standing.alternative(a.n))}]</span> `)
      out.push(escapeHTML(a.text.replace(/\s+/g, ' ').trim()))
      if (a.by && compilation) out.push(`<sup class="alt-by">${escapeHTML(a.by)}</sup>`)
      if (i === list.length - 1) out.push(closeBrackets(pos + 1))
      out.push('</p>\n')
    })
  }

  const clause = (node: Node, pos: number) => {
    const kind = node.type.name
    const id: string | null = node.attrs.id
    const ids = id ? ` data-id="${escapeHTML(id)}" id="${escapeHTML(clauseAnchor(id))}"` : ''
    // A proposal on the whole clause is written as the schema's toDOM writes it, for the stylesheet to show.
    const proposal: string | null = node.attrs.proposal ?? null
    const proposed = proposal ? ` data-proposal="${escapeHTML(proposal)}"` : ''
    const bracketed: string | null = node.attrs.bracketed ?? null
    const inBrackets = bracketed ? ` data-bracketed="${escapeHTML(bracketed)}"` : ''
    const status = compilation?.status(pos)
    out.push(`<div class="clause ${kind}" data-kind="${kind}"${ids}${proposed}${inBrackets}>\n`)
    const label = compilation ? (compilation.labels.get(pos) ?? '') : (numbering.byPos.get(pos)?.label ?? '')
    const note = compilation?.notes.get(pos)
    if (compilation?.collapsed.has(pos)) {
      paragraph(null, pos, label, note)
      out.push('</div>\n')
      return
    }
    const statusTag = status
      ? `<span class="status" data-status="${status.status}">${escapeHTML(status.text)}</span> `
      : ''
    const several =
      alternativesOf(node).length > 0
        ? `<span class="alt">[${escapeHTML(standing.alternative(1))}]</span> `
        : ''
    node.forEach((child, offset) => {
      const at = pos + 1 + offset
      if (child.type.name === 'para' && offset === 0) {
        paragraph(child, at, label, note, { status: statusTag, alt: several, close: !several })
        if (several) alternatives(node, pos, label)
      } else if (child.type.name === 'para') paragraph(child, at, label)
      else if (child.type.name === 'subparagraph') clause(child, at)
      else quotation(child, at)
    })
    out.push('</div>\n')
  }

  const quotation = (node: Node, pos: number) => {
    out.push('<blockquote class="quotation">\n')
    node.forEach((child, offset) => {
      const at = pos + 1 + offset
      if (child.type.name === 'para') paragraph(child, at, '')
      else clause(child, at)
    })
    out.push('</blockquote>\n')
  }

  let section: string | null = null
  const enterSection = (name: string | null) => {
    if (section === name) return
    if (section) out.push('</section>\n')
    if (name) out.push(`<section class="${name}">\n`)
    section = name
  }

  let pageTitle = ''
  let symbol = ''
  const kinds = compilation ? 'resolution compilation' : 'resolution'
  out.push(`<article class="${kinds}" lang="${lang}" dir="${dir}">\n`)
  forEachBlock(doc, (child, pos) => {
    const kind = child.type.name
    enterSection(kind === 'preambular' ? 'preamble' : kind === 'operative' ? 'operative' : null)
    // The legend of a compilation stands between the header and the title, where the text begins.
    if (compilation && kind === 'title') out.push(legend(compilation))
    switch (kind) {
      case 'header': {
        let blank = true
        child.forEach((field) => {
          if (!isBlank(field)) blank = false
        })
        if (blank) break
        out.push('<header class="res-header">\n')
        child.forEach((field, offset) => {
          if (isBlank(field)) return
          const name = escapeHTML(field.attrs.name)
          if (field.attrs.name === 'symbol') symbol = plainText(field, numbering)
          out.push(`<p class="field field-${name}" data-field="${name}">`)
          inline(field, pos + 1 + offset)
          out.push('</p>\n')
        })
        out.push('</header>\n')
        break
      }
      case 'title': {
        const number: string | null = child.attrs.number
        pageTitle = titleLine(number, plainText(child, numbering))
        if (!pageTitle) break
        if (number) {
          out.push(`<h1 class="res-title" data-number="${escapeHTML(number)}">`)
          out.push(`<span class="res-number">${escapeHTML(number)}.</span> `)
        } else out.push('<h1 class="res-title">')
        inline(child, pos)
        out.push('</h1>\n')
        break
      }
      case 'formula':
        out.push('<p class="formula">')
        inline(child, pos)
        out.push('</p>\n')
        break
      case 'preambular':
      case 'operative':
        clause(child, pos)
        break
      case 'closing':
        out.push('<footer class="closing">\n')
        child.forEach((para, offset) => {
          paragraph(para, pos + 1 + offset, '')
        })
        out.push('</footer>\n')
        break
    }
  })
  enterSection(null)

  if (numbering.footnotes.length > 0) {
    out.push('<section class="footnotes" role="doc-endnotes">\n<ol>\n')
    for (const note of numbering.footnotes) {
      const n = note.number
      out.push(`<li id="fn-${n}" value="${n}">`)
      writeInline(note.node, note.pos + 1, writer, out)
      out.push(` <a href="#fnref-${n}" class="fn-back" role="doc-backlink">\u21a9\ufe0e</a></li>\n`)
    }
    out.push('</ol>\n</section>\n')
  }
  out.push('</article>\n')

  if (!options.standalone) return out.join('')
  const title = options.title ?? (pageTitle || symbol || ORGAN_FACTS[organ].name[lang])
  return [
    '<!doctype html>\n',
    `<html lang="${lang}" dir="${dir}">\n<head>\n<meta charset="utf-8">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<title>${escapeHTML(title)}</title>\n`,
    `<style>${RESOLUTION_CSS}${STANDING_CSS}${compilation ? COMPILATION_CSS : ''}${printStyle(symbol || null)}</style>\n`,
    '</head>\n<body>\n',
    ...out,
    '</body>\n</html>\n',
  ].join('')
}

/** The legend of a compilation text: samples of its marks, and how its paragraphs are numbered. */
function legend({ words, standing, standingShown }: Compilation): string {
  return [
    `<p class="legend"><strong>${escapeHTML(words.heading)}</strong>${escapeHTML(words.colon)}`,
    `<ins>${escapeHTML(words.inserted)}</ins> <del>${escapeHTML(words.deleted)}</del> `,
    `<sup class="credit">[${escapeHTML(words.proposer)}]</sup>${escapeHTML(words.separator)}`,
    escapeHTML(words.numbering),
    standingShown ? `${escapeHTML(words.separator)}${escapeHTML(standing.legend)}` : '',
    `${escapeHTML(words.stop)}</p>\n`,
  ].join('')
}
