import { direction } from '../lang.ts'
import { printStyle } from '../serialize/print-style.ts'
import { RESOLUTION_CSS } from '../serialize/stylesheet.ts'
import type { Comparison } from './comparison.ts'
import { inlineLayout } from './html-inline.ts'
import { sideBySideLayout } from './html-side-by-side.ts'
import { escapeHTML, Writer } from './html-writer.ts'
import { COMPARISON_CSS } from './style.ts'

/** Options of {@link comparisonHTML}. */
export interface ComparisonHTMLOptions {
  /** A whole page (doctype, head, stylesheets) rather than the fragment the editor embeds. */
  standalone?: boolean
  /** One text with the changes marked in it (the default), or the two versions in two columns, row by row. */
  layout?: 'inline' | 'side-by-side'
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
 * then one `div.cmp-row` per paragraph (`data-block`, `data-status`, `data-id`, `data-depth`) holding `.cmp-old`
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
  const body = layout === 'side-by-side' ? sideBySideLayout(w) : inlineLayout(w)
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
