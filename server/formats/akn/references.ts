import type { Organ } from '../../../schema/index.ts'
import { escapeXml } from './escape.ts'
import { ORGAN_NAMES, SOURCE_EID } from './vocabulary.ts'

// Organ names as the references section shows them (in English, as the ontology names them).
const ORGAN_SHOW: Record<Organ, string> = {
  ga: 'General Assembly',
  sc: 'Security Council',
  hrc: 'Human Rights Council',
  ecosoc: 'Economic and Social Council',
}

/** A name as an eId: its letters and digits in lower camel case ("United Kingdom" → "unitedKingdom"). */
function camel(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  return words
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join('')
}

/**
 * The references section of one file: the organ, Penholder as the source of the markup, the roles its FRBR
 * authors play, and every delegation named in the text (sponsors, and proposers of changes), each a
 * TLCOrganization that `refersTo="#eId"` points to. A delegation's eId is made from its name, made unique.
 */
export class References {
  private readonly taken = new Set<string>([SOURCE_EID, 'author', 'editor'])
  private readonly delegations = new Map<string, string>()
  readonly organEId: string

  constructor(private readonly organ: Organ) {
    this.organEId = ORGAN_NAMES[organ].actor
    this.taken.add(this.organEId)
  }

  /** The eId of a delegation's TLCOrganization, added the first time it is asked for. */
  delegation(name: string): string {
    const known = this.delegations.get(name)
    if (known) return known
    const base = camel(name) || 'delegation'
    // A letter first, as an identifier wants; digits alone ("1") would read as a position.
    const stem = /^\p{L}/u.test(base) ? base : `delegation${base}`
    let eId = stem
    for (let n = 2; this.taken.has(eId); n++) eId = `${stem}${n}`
    this.taken.add(eId)
    this.delegations.set(name, eId)
    return eId
  }

  /** The `<references>` element. */
  xml(): string {
    const out = [`<references source="#${SOURCE_EID}">\n`]
    const tlc = (element: string, eId: string, href: string, show: string) =>
      out.push(
        `<${element} eId="${escapeXml(eId)}" href="${escapeXml(href)}" showAs="${escapeXml(show)}"/>\n`,
      )
    const organ = ORGAN_NAMES[this.organ]
    tlc(
      'TLCOrganization',
      this.organEId,
      `/akn/ontology/organization/un/${organ.ontology}`,
      ORGAN_SHOW[this.organ],
    )
    tlc('TLCOrganization', SOURCE_EID, '/akn/ontology/organization/un/penholder', 'Penholder')
    for (const [name, eId] of this.delegations) {
      tlc('TLCOrganization', eId, `/akn/ontology/organization/un/${encodeURIComponent(eId)}`, name)
    }
    tlc('TLCRole', 'author', '/akn/ontology/role/un/author', 'Author')
    tlc('TLCRole', 'editor', '/akn/ontology/role/un/editor', 'Editor')
    out.push('</references>\n')
    return out.join('')
  }
}
