import type { Node } from 'prosemirror-model'
import type { Lang, Organ } from '../../../schema/index.ts'
import { isoDateIn } from './dates.ts'
import { escapeXml } from './escape.ts'
import { LANGUAGE_CODES, ORGAN_NAMES, SOURCE_EID, SUBTYPE } from './vocabulary.ts'

/** What the FRBR identification of a draft is built from. */
export interface WorkFacts {
  lang: Lang
  organ: Organ
  /** The document type of the IRI: "statement" for a resolution, "amendment" for an amendments document. */
  type: 'statement' | 'amendment'
  /** The resolution number ("71/194") or, for a draft, its symbol ("A/C.3/71/L.23"); null when it has neither. */
  number: string | null
  /** The Work's date: the adoption date, else the date of issue; null when the text prints neither. */
  date: string | null
  /** What the Work's date is. */
  dateName: 'adoption' | 'issuance'
  /** The Expression's date: the date of issue printed in the header, else the Work's date. */
  issued: string | null
  /** Appended to the number for a document about the draft (an amendments document: the delegation). */
  suffix?: string
}

// A date no text carries: the IRIs of a draft that prints no date must still have one (the naming convention
// requires it), and a placeholder nobody could take for a real day says that it is unknown.
const NO_DATE = '0001-01-01'

/** The text of a header field, footnotes left out. */
function fieldText(field: Node): string {
  let out = ''
  field.forEach((child) => {
    if (child.isText) out += child.text
  })
  return out.trim()
}

/** The header fields of a draft by name (the first of each). */
function headerFields(doc: Node): Map<string, string> {
  const fields = new Map<string, string>()
  doc.firstChild?.forEach((field) => {
    const name: string = field.attrs.name
    if (!fields.has(name)) fields.set(name, fieldText(field))
  })
  return fields
}

/** The facts of a draft's identification: its number or symbol, dates, language and organ. */
export function workFacts(doc: Node, type: WorkFacts['type'] = 'statement'): WorkFacts {
  const fields = headerFields(doc)
  // A draft is header, title, formula, preamble, operative part, closing: the title is always the second node.
  const number: string | null = doc.child(1).attrs.number ?? null
  const adopted = isoDateIn(fields.get('adoption') ?? '')
  const issued = isoDateIn(fields.get('date') ?? '')
  return {
    lang: doc.attrs.lang,
    organ: doc.attrs.organ,
    type,
    number: number?.trim() || fields.get('symbol') || null,
    date: adopted ?? issued,
    dateName: adopted ? 'adoption' : 'issuance',
    issued: issued ?? adopted,
  }
}

/** A number or symbol as one IRI segment: "A/C.3/71/L.23" → "A-C.3-71-L.23", "2623 (2022)" → "2623-2022". */
function segment(text: string): string {
  return (
    text
      .replace(/[\s/]+/g, '-')
      .replace(/[^\p{L}\p{N}.\-_]/gu, '')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '') || 'draft'
  )
}

/**
 * The Work IRI as AKN4UN builds it: /akn/un/statement/deliberation/{organ}/{date}/{number}, e.g.
 * "/akn/un/statement/deliberation/unga/2016-12-19/71-194". An amendments document is an `amendment` of the
 * same organ, its number the draft's symbol and the delegation (no AKN4UN example found: unverified).
 */
function workIri(facts: WorkFacts): string {
  const number = segment(facts.number ?? 'draft') + (facts.suffix ? `-${segment(facts.suffix)}` : '')
  const subtype = facts.type === 'statement' ? `/${SUBTYPE}` : ''
  return `/akn/un/${facts.type}${subtype}/${ORGAN_NAMES[facts.organ].actor}/${facts.date ?? NO_DATE}/${number}`
}

/**
 * The `<identification>` element: the Work (the resolution whatever its language), the Expression (this
 * language version: "{work}/fra@", the original version having no version date) and the Manifestation (this
 * XML file), each with its IRI, "/!main" naming the main component (an annex is the component "!annex_1").
 * `today` dates the markup.
 */
export function identificationXml(facts: WorkFacts, today: string, component = 'main'): string {
  const work = workIri(facts)
  const lang = LANGUAGE_CODES[facts.lang]
  const expression = `${work}/${lang}@`
  const organ = `#${ORGAN_NAMES[facts.organ].actor}`
  const date = facts.date ?? NO_DATE
  const issued = facts.issued ?? date
  const workDateName = facts.date ? facts.dateName : 'unknown'
  const out = [
    `<identification source="#${SOURCE_EID}">\n`,
    '<FRBRWork>\n',
    `<FRBRthis value="${escapeXml(work)}/!${component}"/>\n`,
    `<FRBRuri value="${escapeXml(work)}"/>\n`,
    `<FRBRdate date="${date}" name="${workDateName}"/>\n`,
    `<FRBRauthor href="${organ}" as="#author"/>\n`,
    '<FRBRcountry value="un"/>\n',
  ]
  if (facts.type === 'statement') out.push(`<FRBRsubtype value="${SUBTYPE}"/>\n`)
  if (facts.number) out.push(`<FRBRnumber value="${escapeXml(facts.number)}"/>\n`)
  out.push(
    '</FRBRWork>\n',
    '<FRBRExpression>\n',
    `<FRBRthis value="${escapeXml(expression)}/!${component}"/>\n`,
    `<FRBRuri value="${escapeXml(expression)}"/>\n`,
    `<FRBRdate date="${issued}" name="${facts.issued ? 'issuance' : workDateName}"/>\n`,
    `<FRBRauthor href="${organ}" as="#author"/>\n`,
    `<FRBRlanguage language="${lang}"/>\n`,
    '</FRBRExpression>\n',
    '<FRBRManifestation>\n',
    `<FRBRthis value="${escapeXml(expression)}/!${component}.xml"/>\n`,
    `<FRBRuri value="${escapeXml(expression)}.akn"/>\n`,
    `<FRBRdate date="${today}" name="generation"/>\n`,
    `<FRBRauthor href="#${SOURCE_EID}" as="#editor"/>\n`,
    '<FRBRformat value="application/akn+xml"/>\n',
    '</FRBRManifestation>\n',
    '</identification>\n',
  )
  return out.join('')
}
