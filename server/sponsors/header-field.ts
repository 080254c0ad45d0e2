import * as Y from 'yjs'
import {
  isLang,
  type Lang,
  lineSponsors,
  META,
  readSponsorLine,
  SHARED,
  sponsorLine,
  sponsorList,
} from '../../schema/index.ts'

/** The header's sponsors field in the shared document, or null; the header itself, to add one to. */
function sponsorsField(ydoc: Y.Doc): { header: Y.XmlElement | null; field: Y.XmlElement | null } {
  const header = ydoc
    .getXmlFragment(SHARED.document)
    .toArray()
    .find((el): el is Y.XmlElement => el instanceof Y.XmlElement && el.nodeName === 'header')
  if (!header) return { header: null, field: null }
  const field = header
    .toArray()
    .find(
      (el): el is Y.XmlElement =>
        el instanceof Y.XmlElement &&
        el.nodeName === 'header_field' &&
        el.getAttribute('name') === 'sponsors',
    )
  return { header, field: field ?? null }
}

/** The words of a header field (its text, marks left aside). */
function fieldText(field: Y.XmlElement): string {
  return field
    .toArray()
    .map((child) =>
      child instanceof Y.XmlText
        ? child
            .toDelta()
            .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
            .join('')
        : '',
    )
    .join('')
}

/**
 * Writes the sponsor line made from the `sponsors` map into the header of a shared document (see
 * `sponsorLine`), keeping what the present line says the document is ("revised draft resolution"), and adding
 * the field at the header's end if it has none. Every sponsor withdrawn, the field is emptied. Returns the line
 * written, or null when nothing changed (no list, no header, or the line already stands).
 */
export function writeSponsorLine(ydoc: Y.Doc): string | null {
  const list = sponsorList(ydoc.getMap<unknown>(SHARED.sponsors).entries())
  if (list.length === 0) return null
  const { header, field } = sponsorsField(ydoc)
  if (!header) return null
  const lang = ydoc.getMap(SHARED.meta).get(META.lang)
  const language: Lang = isLang(lang) ? lang : 'en'
  const current = field ? fieldText(field) : null
  const kind = current === null ? undefined : readSponsorLine(current, language)?.kind
  const line = sponsorLine(lineSponsors(list), language, kind)
  if (line === current) return null
  ydoc.transact(() => {
    const target = field ?? new Y.XmlElement('header_field')
    if (!field) {
      target.setAttribute('name', 'sponsors')
      header.insert(header.length, [target])
    }
    if (target.length > 0) target.delete(0, target.length)
    if (line !== '') {
      const text = new Y.XmlText()
      text.insert(0, line)
      target.insert(0, [text])
    }
  })
  return line
}
