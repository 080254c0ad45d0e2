import type { Node } from 'prosemirror-model'
import {
  type Compilation,
  type HeaderField,
  isLang,
  type Lang,
  numberDocument,
  paragraphBrackets,
  STANDING_WORDS,
} from '../../../schema/index.ts'
import { isoDateIn } from './dates.ts'
import { ABBREVIATIONS, eIdOf } from './eids.ts'
import { escapeXml } from './escape.ts'
import { identificationXml, workFacts } from './identification.ts'
import { References } from './references.ts'
import { sponsorPieces } from './sponsors.ts'
import { AKN_NS, INLINE_NAMES, PH, PH_NS, STATEMENT_NAMES } from './vocabulary.ts'
import { type ClauseContext, writeBlockClause, writeHierClause } from './write-clauses.ts'
import { type InlineContext, joinOut, type Out, writeInline } from './write-inline.ts'

/** The XML declaration and the root element every Penholder AKN file opens with. */
export const ROOT_OPEN = `<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="${AKN_NS}" xmlns:${PH}="${PH_NS}">\n`

/** Today as YYYY-MM-DD: the date of the markup, in the Manifestation. */
export const today = (): string => new Date().toISOString().slice(0, 10)

// The element that holds each header field in the preface, as the reader knows it back: AKN's own elements
// where it has one (the organ is the document's authority, the distribution its status, the symbol its number,
// the adoption line its stage), a named inline where it has none.
const FIELD_OPEN: Record<HeaderField, (field: Node, organ: string) => string> = {
  organ: (_, organ) => `<docAuthority refersTo="#${organ}">`,
  distribution: () => '<docStatus>',
  date: (field) => {
    const date = isoDateIn(field.textContent)
    return date ? `<docDate date="${date}">` : `<inline name="${INLINE_NAMES.date}">`
  },
  symbol: () => '<docNumber>',
  original: () => `<inline name="${INLINE_NAMES.original}">`,
  session: () => '<session>',
  agenda: () => `<inline name="${INLINE_NAMES.agenda}">`,
  agendaTitle: () => `<inline name="${INLINE_NAMES.agendaTitle}">`,
  sponsors: () => `<inline name="${INLINE_NAMES.sponsors}">`,
  adoption: () => '<docStage>',
  basis: () => `<inline name="${INLINE_NAMES.basis}">`,
}

/** The element name an opening tag written by {@link FIELD_OPEN} closes with. */
const closing = (open: string) => `</${/^<(\w+)/.exec(open)![1]}>`

/** Whether a textblock holds plain text only (no marks, footnotes or references), which may be cut freely. */
function plainOnly(block: Node): boolean {
  let plain = true
  block.forEach((child) => {
    if (!child.isText || child.marks.length > 0) plain = false
  })
  return plain
}

/**
 * A draft as an AKN4UN `<statement>` (names in vocabulary.ts): `meta` (the FRBR identification and the
 * references), `preface` (each header field a `<p>`, then the title with its number), `preamble` (the formula,
 * the preambular paragraphs as `recital`s), `mainBody` (the operative paragraphs, sub-paragraphs as points of
 * lists) and `conclusions` (the closing lines). With a compilation, clauses carry its labels ("OP5 bis") and
 * notes; pending changes of words are `ins`/`del` and whole-paragraph proposals attributes of their clause.
 */
export function statementXml(doc: Node, compilation?: Compilation): string {
  const numbering = numberDocument(doc)
  const facts = workFacts(doc)
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  const references = new References(facts.organ)
  const inline: InlineContext = {
    references,
    noteNumber: new Map(numbering.footnotes.map((f) => [f.pos, f.number])),
    clauseEIds: new Map(),
    reference: (target) =>
      compilation?.reference(target) ?? numbering.byId.get(target)?.path.join(' ') ?? target,
  }
  const out: Out = []
  const c: ClauseContext = {
    out,
    inline,
    references,
    labelAt: (pos) =>
      compilation ? (compilation.labels.get(pos) ?? '') : (numbering.byPos.get(pos)?.label ?? ''),
    noteAt: (pos) => compilation?.notes.get(pos),
    statusAt: (pos) => compilation?.status(pos),
    brackets: paragraphBrackets(doc, (pos) => compilation?.collapsed.has(pos) ?? false),
    standing: STANDING_WORDS[lang],
  }
  const text = (block: Node, pos: number, owner: string) => writeInline(block, pos + 1, owner, inline, out)

  let preambular = 0
  let operative = 0
  doc.forEach((node, pos) => {
    switch (node.type.name) {
      case 'header':
        out.push('<preface>\n')
        node.forEach((field, offset) => {
          const open = FIELD_OPEN[field.attrs.name as HeaderField](field, references.organEId)
          out.push(`<p>${open}`)
          if (field.attrs.name === 'sponsors' && plainOnly(field))
            sponsors(field.textContent, lang, references, out)
          else text(field, pos + 1 + offset, 'preface')
          out.push(`${closing(open)}</p>\n`)
        })
        break
      case 'title': {
        out.push('<p>')
        const number: string | null = node.attrs.number
        if (number !== null) out.push(`<docNumber>${escapeXml(number)}</docNumber>. `)
        out.push('<docTitle>')
        text(node, pos, 'preface')
        out.push('</docTitle></p>\n</preface>\n')
        break
      }
      case 'formula': {
        const eId = eIdOf('', ABBREVIATIONS.formula, 1)
        out.push(`<preamble>\n<formula name="enactingFormula" eId="${eId}"><p>`)
        text(node, pos, eId)
        out.push('</p></formula>\n')
        break
      }
      case 'preamble': {
        const recitals = eIdOf('', ABBREVIATIONS.recitals, 1)
        if (node.childCount > 0) out.push(`<recitals eId="${recitals}">\n`)
        node.forEach((clause, offset) => {
          const eId = eIdOf(recitals, ABBREVIATIONS.preambular, clause.attrs.id ?? ++preambular)
          writeBlockClause(c, 'recital', clause, pos + 1 + offset, eId)
        })
        if (node.childCount > 0) out.push('</recitals>\n')
        out.push('</preamble>\n')
        break
      }
      case 'operative_part':
        out.push('<mainBody>\n')
        node.forEach((clause, offset) => {
          const eId = eIdOf('', ABBREVIATIONS.operative, clause.attrs.id ?? ++operative)
          writeHierClause(c, 'paragraph', clause, pos + 1 + offset, eId)
        })
        // The main body must hold something: a draft without operative paragraphs yet has an empty one.
        if (node.childCount === 0) out.push('<p/>\n')
        out.push('</mainBody>\n')
        break
      case 'closing':
        out.push('<conclusions>\n')
        node.forEach((para, offset) => {
          out.push('<p>')
          text(para, pos + 1 + offset, 'conclusions')
          out.push('</p>\n')
        })
        out.push('</conclusions>\n')
        break
    }
  })

  const adopted = facts.dateName === 'adoption' || doc.child(1).attrs.number
  const name = adopted ? STATEMENT_NAMES.adopted : STATEMENT_NAMES.draft
  return [
    ROOT_OPEN,
    `<statement name="${name}">\n<meta>\n`,
    identificationXml(facts, today()),
    // After the text, which names the delegations the references list.
    references.xml(),
    '</meta>\n',
    joinOut(out),
    '</statement>\n</akomaNtoso>\n',
  ].join('')
}

/** A plain sponsor line with each sponsor a `docProponent` and the document type after the colon a `docType`. */
function sponsors(line: string, lang: Lang, references: References, out: Out): void {
  for (const piece of sponsorPieces(line, lang)) {
    if ('sponsor' in piece) {
      const eId = references.delegation(piece.sponsor.trim())
      out.push(`<docProponent refersTo="#${escapeXml(eId)}">${escapeXml(piece.sponsor)}</docProponent>`)
      continue
    }
    const type = /^(\s*[:：]\s*)(.+)$/su.exec(piece.text)
    if (type) out.push(`${escapeXml(type[1]!)}<docType>${escapeXml(type[2]!)}</docType>`)
    else out.push(escapeXml(piece.text))
  }
}
