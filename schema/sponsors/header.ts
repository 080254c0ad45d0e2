import { Fragment, type Node } from 'prosemirror-model'
import { isLang, type Lang } from '../lang.ts'
import { schema } from '../schema.ts'
import type { Sponsor } from './entry.ts'
import { lineSponsors, sponsorLine } from './line.ts'
import { type ReadSponsorLine, readSponsorLine } from './read-line.ts'

/** The text of the header's sponsors field, or null when the header has none. */
export function sponsorFieldText(doc: Node): string | null {
  let text: string | null = null
  doc.forEach((child) => {
    if (child.type.name !== 'header') return
    child.forEach((field) => {
      if (field.attrs.name === 'sponsors' && text === null) text = field.textContent
    })
  })
  return text
}

const langOf = (doc: Node): Lang => (isLang(doc.attrs.lang) ? doc.attrs.lang : 'en')

/** The sponsor line of a document's header read into names (see `readSponsorLine`), or null. */
export function documentSponsors(doc: Node): ReadSponsorLine | null {
  const text = sponsorFieldText(doc)
  return text === null ? null : readSponsorLine(text, langOf(doc))
}

/**
 * The line the header's sponsors field should hold for a sponsor list: made from the list in the document's
 * language, keeping what the present line says the document is ("revised draft resolution"). Null when the
 * list is empty (a draft nobody has sponsored keeps its header as it is).
 */
export function sponsorLineFor(doc: Node, list: readonly Sponsor[]): string | null {
  if (list.length === 0) return null
  const current = sponsorFieldText(doc)
  const kind = current === null ? undefined : readSponsorLine(current, langOf(doc))?.kind
  return sponsorLine(lineSponsors(list), langOf(doc), kind)
}

/**
 * The document with its header's sponsors field holding `line` (a field added at the header's end when it has
 * none, as L documents print it last). The same document when it already does.
 */
export function withSponsorLine(doc: Node, line: string): Node {
  if (sponsorFieldText(doc) === line) return doc
  const field = schema.nodes.header_field.create({ name: 'sponsors' }, line ? schema.text(line) : null)
  const children: Node[] = []
  doc.forEach((child) => {
    if (child.type.name !== 'header') {
      children.push(child)
      return
    }
    const fields: Node[] = []
    let placed = false
    child.forEach((f) => {
      if (f.attrs.name === 'sponsors' && !placed) {
        fields.push(field)
        placed = true
      } else fields.push(f)
    })
    if (!placed) fields.push(field)
    children.push(child.copy(Fragment.fromArray(fields)))
  })
  return doc.copy(Fragment.fromArray(children))
}
