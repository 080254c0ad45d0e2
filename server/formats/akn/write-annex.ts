import type { Node } from 'prosemirror-model'
import type { AnnexInfo } from '../../../schema/index.ts'
import { ABBREVIATIONS, eIdOf } from './eids.ts'
import { escapeXml } from './escape.ts'
import { identificationXml, type WorkFacts } from './identification.ts'
import { ANNEX_DOC, ANNEX_HEADING } from './vocabulary.ts'
import { type ClauseContext, writeHierClause } from './write-clauses.ts'
import { writeInline } from './write-inline.ts'

/**
 * The annexes of a draft as AKN `<attachments>`: each an `<attachment>` holding a `<doc name="annex">` with its
 * own identification (the resolution's IRIs, the component "!annex_1"), its label and title in the `preface`,
 * and in its `mainBody` its section headings (`hcontainer name="annexHeading"`, the level as its class, the
 * number as `num`), its numbered paragraphs (`paragraph`, numbered on their own) and its other paragraphs (`p`).
 * Writes nothing for a draft without annexes.
 */
export function writeAnnexes(
  c: ClauseContext,
  annexes: readonly AnnexInfo[],
  facts: WorkFacts,
  today: string,
): void {
  if (annexes.length === 0) return
  const { out } = c
  out.push('<attachments>\n')
  for (const annex of annexes) {
    const att = eIdOf('', ABBREVIATIONS.attachment, annex.index)
    out.push(`<attachment eId="${att}">\n<doc name="${ANNEX_DOC}">\n<meta>\n`)
    out.push(identificationXml(facts, today, `annex_${annex.index}`))
    out.push('</meta>\n<preface>\n')
    out.push(`<p><docNumber>${escapeXml(annex.label)}</docNumber></p>\n`)
    const title = annex.node.firstChild!
    out.push('<p><docTitle>')
    writeInline(title, annex.pos + 2, att, c.inline, out)
    out.push('</docTitle></p>\n</preface>\n<mainBody>\n')
    let headings = 0
    let empty = true
    annex.node.forEach((child, offset, index) => {
      if (index === 0) return
      const pos = annex.pos + 1 + offset
      empty = false
      switch (child.type.name) {
        case 'annex_heading': {
          const eId = eIdOf(att, ABBREVIATIONS.quotation, `heading${++headings}`)
          const num = c.labelAt(pos)
          out.push(`<hcontainer name="${ANNEX_HEADING}" eId="${eId}" class="level${child.attrs.level}">`)
          if (num) out.push(`<num>${escapeXml(num)}</num>`)
          out.push('<heading>')
          writeInline(child, pos + 1, eId, c.inline, out)
          out.push('</heading></hcontainer>\n')
          break
        }
        case 'annex_paragraph': {
          const eId = eIdOf(att, ABBREVIATIONS.operative, child.attrs.id ?? `n${offset}`)
          writeHierClause(c, 'paragraph', child, pos, eId)
          break
        }
        default:
          out.push('<p>')
          writeInline(child as Node, pos + 1, att, c.inline, out)
          out.push('</p>\n')
      }
    })
    // The main body must hold something: an annex with a title alone has an empty paragraph.
    if (empty) out.push('<p/>\n')
    out.push('</mainBody>\n</doc>\n</attachment>\n')
  }
  out.push('</attachments>\n')
}
