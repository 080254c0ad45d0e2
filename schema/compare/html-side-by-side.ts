import { formerlyNote } from './clause-names.ts'
import type { ComparedClause, ComparedItem, ComparedPara } from './comparison.ts'
import { blank, escapeHTML, type Show, statusOf, titleHTML, type Writer } from './html-writer.ts'

/** The side-by-side layout: the earlier version on one side, the later on the other, row by row. */
export function sideBySideLayout(w: Writer): string {
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
    row('clause', statusOf(cl), old, now, ` data-id="${escapeHTML(cl.id)}" data-depth="${depth}"`)
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
          ` data-id="${escapeHTML(cl.id)}" data-depth="${d}"`,
        )
      } else if (item.type === 'quotation') items(item.children, tags && item.status === 'same', depth + 1)
      else para('quotation', item, tags, ` data-depth="${depth}"`)
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
