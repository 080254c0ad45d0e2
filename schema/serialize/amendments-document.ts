import type { Node } from 'prosemirror-model'
import type { AmendmentRecord } from '../amendments/record.ts'
import { type AmendmentsDocument, amendmentsDocument } from '../amendments/wording.ts'
import { direction, isLang, type Lang } from '../lang.ts'
import { operativeLabel } from '../numbering.ts'
import { PUNCTUATION } from '../punctuation.ts'
import { recordsWithImplied } from './implied-records.ts'
import { escapeMarkdownWords } from './markdown-words.ts'
import { printStyle } from './print-style.ts'
import { RESOLUTION_CSS } from './stylesheet.ts'
import { VIEW_WORDS, type ViewWords } from './view-words.ts'

/** One delegation's amendments document, ready to write: its instructions punctuated and numbered. */
export interface WrittenAmendments {
  lang: Lang
  words: ViewWords
  delegation: string
  title: string
  /** Each instruction with its printed number ("1.", Arabic "1 -") and closing punctuation. */
  items: { number: string; text: string; quote: string[] }[]
  unplaced: AmendmentsDocument['unplaced']
}

const NBSP = '\u00a0'

/**
 * The amendments document of one delegation, checked, as every format writes it (the Word writer of the server
 * too): a RangeError when no delegation is named, or when the draft holds no amendment of that delegation at
 * all (pending or decided), which is most often a misspelt name.
 */
export function writtenAmendments(
  doc: Node,
  records: Iterable<AmendmentRecord> | ReadonlyMap<string, AmendmentRecord>,
  delegation: string,
): WrittenAmendments {
  if (delegation.trim() === '') throw new RangeError('the amendments document needs the name of a delegation')
  const all = recordsWithImplied(doc, records)
  const known = [...new Set(all.map((r) => r.delegation))].sort()
  if (!known.includes(delegation)) {
    const others = known.length ? `amendments come from ${known.join(', ')}` : 'it holds no amendments'
    throw new RangeError(`the draft holds no amendment of '${delegation}'; ${others}`)
  }
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  const { title, items, unplaced } = amendmentsDocument(doc, all, delegation)
  const punctuation = PUNCTUATION[lang]
  const middle = lang === 'fr' ? punctuation.operative.replace(/^ /, NBSP) : punctuation.operative
  return {
    lang,
    words: VIEW_WORDS[lang],
    delegation,
    title,
    // As UN amendment documents end their instructions: ";" between them, "." after the last, nothing after
    // one that introduces a quoted paragraph ("... reading:").
    items: items.map((item, i) => ({
      number: operativeLabel(lang, item.number),
      text: /[:：]$/.test(item.text)
        ? item.text
        : `${item.text}${i + 1 < items.length ? middle : punctuation.last}`,
      quote: item.quote,
    })),
    unplaced,
  }
}

type Records = Iterable<AmendmentRecord> | ReadonlyMap<string, AmendmentRecord>

// Indentation of a quoted paragraph under its instruction, as the text export indents sub-paragraphs.
const STEP = '    '

/**
 * The amendments document of one delegation as plain text: the title line ("Egypt: amendments to draft
 * resolution A/C.3/71/L.23"), then the numbered instructions in the draft's language, each a block, a quoted new
 * paragraph indented below its instruction. A delegation with nothing pending gets a note instead; amendments
 * whose wording could not be written are listed at the end with the reason. Throws a RangeError for a
 * delegation with no amendment in the draft.
 */
export function amendmentsText(doc: Node, records: Records, delegation: string): string {
  const w = writtenAmendments(doc, records, delegation)
  const blocks = [w.title]
  if (w.items.length === 0) blocks.push(w.words.noPending(w.delegation))
  for (const item of w.items) {
    blocks.push(`${item.number} ${item.text}`)
    if (item.quote.length) blocks.push(item.quote.map((line) => STEP + line).join('\n'))
  }
  if (w.unplaced.length) blocks.push([w.words.unworded, ...w.unplaced.map((u) => `- ${u.reason}`)].join('\n'))
  return `${blocks.join('\n\n')}\n`
}

/**
 * The amendments document of one delegation as Markdown: the title as a heading, the instructions as a
 * numbered list, a quoted new paragraph as a block quote inside its item (see {@link amendmentsText}).
 */
export function amendmentsMarkdown(doc: Node, records: Records, delegation: string): string {
  const w = writtenAmendments(doc, records, delegation)
  const e = escapeMarkdownWords
  const blocks = [`# ${e(w.title)}`]
  if (w.items.length === 0) blocks.push(e(w.words.noPending(w.delegation)))
  for (const item of w.items) {
    const number = e(item.number)
    blocks.push(`${number} ${e(item.text)}`)
    // Indented to the item's text, so the quote belongs to the list item ("1 -" in Arabic is no list item,
    // and indenting its quote would make it code).
    const indent = /^\d+\.$/.test(number) ? ' '.repeat(number.length + 1) : ''
    if (item.quote.length)
      blocks.push(item.quote.map((line) => `${indent}> ${e(line)}`).join(`\n${indent}>\n`))
  }
  if (w.unplaced.length) {
    blocks.push([e(w.words.unworded), '', ...w.unplaced.map((u) => `- ${e(u.reason)}`)].join('\n'))
  }
  return `${blocks.join('\n\n')}\n`
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeHTML = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!)

/** The stylesheet an amendments document adds to the resolution's: numbers in the margin, quotes indented. */
const AMENDMENTS_CSS = `
.amendments h1 { font-size: 1.15em; font-weight: bold; text-align: start; margin: 0 0 1.5em; }
.amendments .instruction { position: relative; padding-inline-start: 2.5em; margin: 0 0 0.75em; }
.amendments .instruction > .num { position: absolute; inset-inline-start: 0; }
.amendments blockquote { margin: 0 0 0.75em; padding-inline-start: 5em; }
.amendments .unworded { margin-top: 2em; font-size: 0.9em; }
`

/**
 * The amendments document of one delegation as HTML: `<article class="resolution amendments" lang dir>` with
 * the title as `<h1>`, each instruction a `<p class="instruction">` with its number written out and a quoted
 * new paragraph as a `<blockquote>`; with `standalone`, a whole page with the print stylesheet.
 */
export function amendmentsHTML(
  doc: Node,
  records: Records,
  delegation: string,
  options: { standalone?: boolean } = {},
): string {
  const w = writtenAmendments(doc, records, delegation)
  const dir = direction(w.lang)
  const out = [`<article class="resolution amendments" lang="${w.lang}" dir="${dir}">\n`]
  out.push(`<h1>${escapeHTML(w.title)}</h1>\n`)
  if (w.items.length === 0) out.push(`<p class="note">${escapeHTML(w.words.noPending(w.delegation))}</p>\n`)
  for (const item of w.items) {
    out.push(`<p class="instruction"><span class="num">${escapeHTML(item.number)}</span> `)
    out.push(`${escapeHTML(item.text)}</p>\n`)
    if (item.quote.length) {
      out.push('<blockquote>\n')
      for (const line of item.quote) out.push(`<p>${escapeHTML(line)}</p>\n`)
      out.push('</blockquote>\n')
    }
  }
  if (w.unplaced.length) {
    out.push(`<section class="unworded">\n<p>${escapeHTML(w.words.unworded)}</p>\n<ul>\n`)
    for (const u of w.unplaced) out.push(`<li>${escapeHTML(u.reason)}</li>\n`)
    out.push('</ul>\n</section>\n')
  }
  out.push('</article>\n')
  if (!options.standalone) return out.join('')
  return [
    '<!doctype html>\n',
    `<html lang="${w.lang}" dir="${dir}">\n<head>\n<meta charset="utf-8">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<title>${escapeHTML(w.title)}</title>\n`,
    // No symbol of its own (the Secretariat gives it one), so its pages after the first are numbered only.
    `<style>${RESOLUTION_CSS}${AMENDMENTS_CSS}${printStyle(null)}</style>\n</head>\n<body>\n`,
    ...out,
    '</body>\n</html>\n',
  ].join('')
}
