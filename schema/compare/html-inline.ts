import { formerlyNote } from './clause-names.ts'
import type { ComparedClause, ComparedItem } from './comparison.ts'
import { escapeHTML, headerHTML, statusOf, titleHTML, type Writer } from './html-writer.ts'

/** The inline layout: one text, the changes marked in it, each paragraph with its number in the later version. */
export function inlineLayout(w: Writer): string {
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

  out.push(headerHTML(w, 'both'))
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
