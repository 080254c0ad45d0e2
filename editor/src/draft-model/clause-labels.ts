// How the editor numbers the clauses of a draft with pending proposals ("5 bis."): one computation that the
// numbering plugin draws, the amendments panel names paragraphs by and a recovery names the kept words by.

import type { Node } from 'prosemirror-model'
import {
  CLAUSE_TYPES,
  type ClauseInfo,
  cleanView,
  isLang,
  isPartName,
  type Lang,
  numberDocument,
  operativeLabel,
  proposalOf,
  type StatusOf,
  subparagraphLabel,
} from '../../../schema/index.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

// The Latin adverbs the UN uses for paragraphs inserted after an existing one: 5 bis, 5 ter, 5 quater ...
const MULTIPLES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies']

/**
 * The word for the n-th paragraph proposed after a numbered one: 1 → "bis", 2 → "ter" ... 9 → "decies", then
 * "(11)", "(12)" (the place in the series), as the compilation export writes them.
 */
export function multipleWord(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`no multiple word for ${n}`)
  return MULTIPLES[n - 1] ?? `(${n + 1})`
}

/**
 * A printed label with a multiple word set inside its punctuation: "5." → "5 bis.", "(b)" → "(b bis)",
 * "5 -" → "5 bis -", and "()" (a sub-paragraph before the first) → "(bis)".
 */
export function withMultiple(label: string, word: string): string {
  const [, core, tail] = /^(.*?)([).'\s-]*)$/u.exec(label)!
  return core === '' || core === '(' || core === "'" ? `${core}${word}${tail}` : `${core} ${word}${tail}`
}

/** How a clause is numbered in the editor: its printed label and the number that names it in the panel. */
export interface ClauseNumber {
  /** The printed label: "5.", "5 bis.", "(b)", "(b bis)"; empty for preambular paragraphs and a lone operative. */
  label: string
  /** The number that names the paragraph: "3", "5 bis" (for sub-paragraphs, their label). */
  number: string
  /** Whether the clause is a pending proposal (a new paragraph, or a moved paragraph at its new place). */
  proposed: boolean
}

/** Whether a clause outside the clean text is one a proposal adds (rather than one an accepted one removes). */
function added(node: Node): boolean {
  const proposal = proposalOf(node)
  return proposal !== null && (proposal.kind === 'insert' || proposal.from !== undefined)
}

/** No number: a clause whose deletion or move was accepted, still in the document until the change is applied. */
const GONE: ClauseNumber = { label: '', number: '', proposed: false }

/** What the walk remembers of the last clause of each kind that is part of the clean text, among siblings. */
interface Sequence {
  last: ClauseInfo | null
  extra: number
  positional: number
}

/**
 * The numbers of a draft with pending proposals, as the editor shows them: every clause of the agreed text
 * carries its number in the clean text (so the clean view and the compilation view number alike, and as the
 * amendment wording does), and a proposed new paragraph takes the number of the agreed paragraph before it with
 * "bis", "ter" ... after it ("5 bis."), as UN compilation texts do; one before the first takes "0 bis", a
 * sub-paragraph before the first "(bis)". Clauses inside a proposed paragraph are labelled by position within
 * it. The same numbers as the compilation export (schema's `compile`), there written "OP5 bis". Keyed by the
 * clause's position.
 */
export function clauseNumbers(doc: Node, statusOf: StatusOf): Map<number, ClauseNumber> {
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  const view = cleanView(doc, statusOf)
  const clean = numberDocument(view.doc)
  const out = new Map<number, ClauseNumber>()

  const baseOf = (kind: string, depth: number, last: ClauseInfo | null) => {
    if (kind === 'preambular') return { label: '', number: String(last?.index ?? 0) }
    if (kind === 'operative') {
      const n = last?.index ?? 0
      return { label: operativeLabel(lang, n), number: String(n) }
    }
    const label = last?.label ?? subparagraphLabel(lang, depth, 1).replace(/[\p{L}\p{N}]+/u, '')
    return { label, number: label }
  }

  const walk = (parent: Node, contentStart: number, depth: number, proposed: boolean, gone: boolean) => {
    const sequences = new Map<string, Sequence>()
    parent.forEach((child, offset) => {
      const pos = contentStart + offset
      const kind = child.type.name
      if (kind === 'quotation') {
        walk(child, pos + 1, depth, proposed, gone)
        return
      }
      if (!CLAUSES.includes(kind)) return
      let seq = sequences.get(kind)
      if (!seq) {
        seq = { last: null, extra: 0, positional: 0 }
        sequences.set(kind, seq)
      }
      seq.positional++
      const cleanPos = view.clausePos.get(pos)
      const info = cleanPos === undefined ? undefined : clean.byPos.get(cleanPos)
      let number: ClauseNumber
      if (gone || (!proposed && !info && !added(child))) {
        out.set(pos, GONE)
        walk(child, pos + 1, depth + 1, proposed, true)
        return
      }
      if (proposed) {
        const label = kind === 'subparagraph' ? subparagraphLabel(lang, depth, seq.positional) : ''
        number = { label, number: label || String(seq.positional), proposed: true }
      } else if (info) {
        seq.last = info
        seq.extra = 0
        const name = kind === 'subparagraph' ? info.label : String(info.index)
        number = { label: info.label, number: name, proposed: false }
      } else {
        seq.extra++
        const word = multipleWord(seq.extra)
        const base = baseOf(kind, depth, seq.last)
        number = {
          label: base.label ? withMultiple(base.label, word) : '',
          number: withMultiple(base.number, word),
          proposed: true,
        }
      }
      out.set(pos, number)
      walk(child, pos + 1, depth + 1, proposed || !info, false)
    })
  }
  doc.forEach((part, offset) => {
    if (isPartName(part.type.name)) walk(part, offset + 1, 0, false, false)
  })
  return out
}
