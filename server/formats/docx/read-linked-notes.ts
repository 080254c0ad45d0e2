import type { WordInline, WordParagraph } from './read-paragraphs.ts'

// What a footnote citation written as a link shows: a number, or the symbols some texts use.
const CITATION = /^\s*(?:[0-9]{1,3}|[*†‡§]{1,3})\s*$/
const BACK_ARROW = /\s*(?:[\u21a9\u2191](?:\ufe0e|\ufe0f)?)+\s*$/u

const textOf = (items: readonly WordInline[]) =>
  items.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? ' ' : '')).join('')

/**
 * Footnotes written as links, as a web page becomes in Word (an HTML export opened or converted by Word or
 * LibreOffice): a number linked to a bookmark in a paragraph further down, which links back to where it is
 * cited. Each such citation becomes a footnote holding that paragraph's content (without the link back), and
 * the note paragraphs leave the body. Real Word footnotes need none of this.
 */
export function linkNotes(paragraphs: readonly WordParagraph[]): WordParagraph[] {
  const at = new Map<string, number>()
  paragraphs.forEach((p, i) => {
    for (const name of p.bookmarks) if (!at.has(name)) at.set(name, i)
  })
  if (at.size === 0) return [...paragraphs]
  const notes = new Set<number>()
  const out = paragraphs.map((p, i) => {
    if (!p.inline.some((item) => item.link !== null)) return p
    const inline: WordInline[] = []
    for (let k = 0; k < p.inline.length; ) {
      const link = p.inline[k]!.link
      let end = k + 1
      while (link !== null && end < p.inline.length && p.inline[end]!.link === link) end++
      const group = p.inline.slice(k, end)
      const target = link === null ? undefined : at.get(link)
      if (target !== undefined && target > i && !notes.has(target) && CITATION.test(textOf(group))) {
        notes.add(target)
        inline.push({
          type: 'note',
          content: noteContent(paragraphs[target]!, at, i),
          changes: group[0]!.changes,
          link: null,
        })
      } else inline.push(...group)
      k = end
    }
    return { ...p, inline }
  })
  return out.filter((_, i) => !notes.has(i))
}

/** A note paragraph's content without its links back to the paragraph that cites it, and the arrow they show. */
function noteContent(note: WordParagraph, at: ReadonlyMap<string, number>, citing: number): WordInline[] {
  const content = note.inline.filter((item) => item.link === null || at.get(item.link) !== citing)
  const last = content[content.length - 1]
  if (last?.type === 'text' && BACK_ARROW.test(last.text)) {
    content[content.length - 1] = { ...last, text: last.text.replace(BACK_ARROW, '') }
  }
  return content
}
