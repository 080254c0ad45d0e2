import type { Node } from 'prosemirror-model'
import {
  type AmendmentRecord,
  amendmentsDocument,
  operativeLabel,
  PUNCTUATION,
  VIEW_WORDS,
} from '../../../schema/index.ts'
import { ABBREVIATIONS, eIdOf } from './eids.ts'
import { escapeXml } from './escape.ts'
import { identificationXml, workFacts } from './identification.ts'
import { References } from './references.ts'
import { PH, QUOTATION } from './vocabulary.ts'
import { ROOT_OPEN, today } from './write-statement.ts'

/**
 * One delegation's amendments to a draft as an Akoma Ntoso `<amendment>`: the title ("Egypt: amendments to
 * draft resolution A/C.3/71/L.23") in the preface with the delegation as `docProponent`, and in the
 * `amendmentBody` the numbered instructions in the draft's language, each an `item` of a `blockList`, a quoted
 * new paragraph a `blockContainer` below its instruction. `records` must already include the implied ones.
 * Throws a RangeError when no delegation is named, or when the draft holds no amendment of it.
 */
export function amendmentsXml(doc: Node, records: AmendmentRecord[], delegation: string | undefined): string {
  const name = delegation?.trim() ?? ''
  if (name === '') throw new RangeError('the amendments document needs the name of a delegation')
  const known = [...new Set(records.map((r) => r.delegation))].sort()
  if (!known.includes(name)) {
    const others = known.length ? `amendments come from ${known.join(', ')}` : 'it holds no amendments'
    throw new RangeError(`the draft holds no amendment of '${name}'; ${others}`)
  }
  const facts = { ...workFacts(doc, 'amendment'), suffix: name }
  const references = new References(facts.organ)
  const proponent = references.delegation(name)
  const words = VIEW_WORDS[facts.lang]
  const punctuation = PUNCTUATION[facts.lang]
  // French sets a no-break space before ";", as the other exports of the amendments document do.
  const middle = facts.lang === 'fr' ? punctuation.operative.replace(/^ /, '\u00a0') : punctuation.operative
  const { title, items, unplaced } = amendmentsDocument(doc, records, name)

  const out: string[] = []
  out.push('<preface>\n')
  out.push(`<p><docTitle>${escapeXml(title)}</docTitle></p>\n`)
  out.push(`<p><docProponent refersTo="#${escapeXml(proponent)}">${escapeXml(name)}</docProponent></p>\n`)
  out.push('</preface>\n<amendmentBody>\n<amendmentContent>\n')
  if (items.length === 0) out.push(`<p>${escapeXml(words.noPending(name))}</p>\n`)
  else {
    const list = eIdOf('', ABBREVIATIONS.list, 1)
    out.push(`<blockList eId="${list}">\n`)
    items.forEach((item, i) => {
      // As UN amendment documents end their instructions: ";" between them, "." after the last, nothing after one
      // that introduces a quoted paragraph ("... reading:").
      const end = /[:：]$/.test(item.text) ? '' : i + 1 < items.length ? middle : punctuation.last
      const eId = eIdOf(list, ABBREVIATIONS.preambularSub, i + 1)
      out.push(`<item eId="${eId}" ${PH}:amendment="${escapeXml(item.amendment)}">`)
      out.push(`<num>${escapeXml(operativeLabel(facts.lang, item.number))}</num>`)
      out.push(`<p>${escapeXml(item.text + end)}</p>`)
      if (item.quote.length > 0) {
        const quote = eIdOf(eId, ABBREVIATIONS.blockQuotation, 1)
        out.push(`<blockContainer class="${QUOTATION}" eId="${quote}">`)
        for (const line of item.quote) out.push(`<p>${escapeXml(line)}</p>`)
        out.push('</blockContainer>')
      }
      out.push('</item>\n')
    })
    out.push('</blockList>\n')
  }
  if (unplaced.length > 0) {
    out.push(`<p>${escapeXml(words.unworded)}</p>\n<ul>\n`)
    for (const u of unplaced) out.push(`<li>${escapeXml(u.reason)}</li>\n`)
    out.push('</ul>\n')
  }
  out.push('</amendmentContent>\n</amendmentBody>\n')

  return [
    ROOT_OPEN,
    '<amendment name="amendment">\n<meta>\n',
    identificationXml(facts, today()),
    references.xml(),
    '</meta>\n',
    ...out,
    '</amendment>\n</akomaNtoso>\n',
  ].join('')
}
