import type { Node } from 'prosemirror-model'
import { forEachBlock } from './blocks.ts'
import { isLang, isOrgan, type Lang, type Organ } from './lang.ts'
import { type Numbering, numberDocument } from './numbering.ts'
import { matchOpening } from './opening.ts'
import { plainText } from './serialize/inline.ts'
import { titleLine } from './serialize/title.ts'
import { documentSponsors } from './sponsors/index.ts'

/** How many characters of a clause's text the outline shows. */
export const OUTLINE_TEXT_LENGTH = 80

/** One preambular or operative paragraph in an {@link Outline}. */
export interface OutlineClause {
  kind: 'preambular' | 'operative'
  /** The operative paragraph's number; null for preambular paragraphs and for a single operative paragraph. */
  number: number | null
  /** The opening phrase ("Reaffirms"), as it stands in the text; null when none is marked or recognised. */
  opening: string | null
  /** The first {@link OUTLINE_TEXT_LENGTH} characters of the paragraph's words, footnotes left out. */
  text: string
}

/** The structure of a resolution, as `penholder outline FILE --json` prints it. */
export interface Outline {
  lang: Lang
  organ: Organ
  /** The document symbol from the header ("A/C.3/71/L.23"), or null when the header has none. */
  symbol: string | null
  /** The title line: "71/194. Title" when the title carries a resolution number, else the title alone. */
  title: string
  /** The names of the header's sponsor line, as it writes them ("*" note markers left out); [] without one. */
  sponsors: string[]
  /** The resolution's paragraphs and sub-paragraphs, all footnotes, and what its annexes hold apart from it. */
  counts: {
    preambular: number
    operative: number
    subparagraphs: number
    footnotes: number
    annex: OutlineAnnexCounts
  }
  clauses: OutlineClause[]
  annexes: OutlineAnnex[]
}

/** What the annexes of a resolution hold together, counted apart from the resolution's own paragraphs. */
export interface OutlineAnnexCounts {
  annexes: number
  /** Section headings ("I. Our shared commitment"), at both levels. */
  sections: number
  /** Numbered paragraphs. */
  paragraphs: number
  subparagraphs: number
}

/** One annex in an {@link Outline}: its label and title, then its section headings and numbered paragraphs in order. */
export interface OutlineAnnex {
  /** "Annex", "Annex II", in the draft's language. */
  label: string
  title: string
  items: (
    | { kind: 'section'; label: string; text: string }
    | { kind: 'paragraph'; number: number; text: string }
  )[]
}

/**
 * The opening phrase of a paragraph: the text under the `opening` mark at its start, or else the longest phrase
 * of the lexicon it begins with (in the paragraph's own spelling), or null.
 */
function openingOf(
  para: Node,
  lang: Lang,
  kind: 'preambular' | 'operative',
  numbering: Numbering,
): string | null {
  const marked: string[] = []
  for (let i = 0; i < para.childCount; i++) {
    const child = para.child(i)
    if (!child.isText || !child.marks.some((m) => m.type.name === 'opening')) break
    marked.push(child.text!)
  }
  const phrase = marked.join('').replace(/\s+/g, ' ').trim()
  if (phrase) return phrase
  const text = plainText(para, numbering)
  const match = matchOpening(text, lang, kind)
  return match ? text.slice(0, match.length).trim() : null
}

/** The words of a clause and all it contains, whitespace collapsed, cut to the outline's length. */
function clauseText(clause: Node, numbering: Numbering): string {
  const parts: string[] = []
  clause.descendants((node) => {
    if (!node.isTextblock) return true
    parts.push(plainText(node, numbering))
    return false
  })
  const text = parts.join(' ').replace(/\s+/g, ' ').trim()
  // Cut by code points, so a character outside the Basic Multilingual Plane is never split in two.
  return Array.from(text).slice(0, OUTLINE_TEXT_LENGTH).join('')
}

/**
 * The structure of a resolution: language, organ, symbol, title, the names of its sponsor line, counts of paragraphs, sub-paragraphs (at
 * every depth) and footnotes, and for each preambular and operative paragraph its number, opening phrase and
 * the start of its text; then each annex with its sections and numbered paragraphs, counted apart. Numbers come from `numberDocument`, like those of every export.
 */
export function outline(doc: Node): Outline {
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  const organ: Organ = isOrgan(doc.attrs.organ) ? doc.attrs.organ : 'ga'
  const numbering = numberDocument(doc)
  let symbol: string | null = null
  let title = ''
  forEachBlock(doc, (child) => {
    if (child.type.name === 'title') title = titleLine(child.attrs.number, plainText(child, numbering))
    else if (child.type.name === 'header') {
      child.forEach((field) => {
        if (field.attrs.name === 'symbol' && symbol === null) symbol = plainText(field, numbering) || null
      })
    }
  })
  const annexes: OutlineAnnex[] = numbering.annexes.map((annex) => ({
    label: annex.label,
    title: annex.node.firstChild ? plainText(annex.node.firstChild, numbering).trim() : '',
    items: [
      ...annex.headings.map((h) => ({
        pos: h.pos,
        item: { kind: 'section' as const, label: h.label, text: plainText(h.node, numbering).trim() },
      })),
      ...annex.clauses
        .filter((c) => c.kind === 'annex_paragraph')
        .map((c) => ({
          pos: c.pos,
          item: { kind: 'paragraph' as const, number: c.index, text: clauseText(c.node, numbering) },
        })),
    ]
      .sort((a, b) => a.pos - b.pos)
      .map((x) => x.item),
  }))
  const annexCounts: OutlineAnnexCounts = {
    annexes: annexes.length,
    sections: numbering.annexes.reduce((n, a) => n + a.headings.length, 0),
    paragraphs: numbering.annexes.reduce((n, a) => n + a.paragraphCount, 0),
    subparagraphs: numbering.annexes.reduce((n, a) => n + a.subparagraphCount, 0),
  }
  const clauses: OutlineClause[] = []
  let subparagraphs = 0
  for (const info of numbering.clauses) {
    if (info.kind === 'subparagraph') {
      subparagraphs++
      continue
    }
    clauses.push({
      kind: info.kind,
      number: info.kind === 'operative' && info.label !== '' ? info.index : null,
      opening: openingOf(info.node.firstChild!, lang, info.kind, numbering),
      text: clauseText(info.node, numbering),
    })
  }
  return {
    lang,
    organ,
    symbol,
    title,
    sponsors: documentSponsors(doc)?.sponsors.map((s) => s.name) ?? [],
    counts: {
      preambular: numbering.preambularCount,
      operative: numbering.operativeCount,
      subparagraphs,
      footnotes: numbering.footnotes.length,
      annex: annexCounts,
    },
    clauses,
    annexes,
  }
}

/**
 * The outline for a reader at a terminal: the title, symbol and counts on top, then one line per paragraph,
 * "OP 5   Reaffirms  the importance of ...". Preambular paragraphs are shown as "PP 3" by their place among
 * preambular paragraphs, the way delegations refer to them; a single operative paragraph as "OP".
 */
export function formatOutline(o: Outline): string {
  const tags: string[] = []
  let preambular = 0
  for (const clause of o.clauses) {
    if (clause.kind === 'preambular') tags.push(`PP ${++preambular}`)
    else tags.push(clause.number === null ? 'OP' : `OP ${clause.number}`)
  }
  const width = Math.max(0, ...tags.map((t) => t.length))
  const { counts } = o
  const lines = [
    o.title || '(untitled)',
    [o.symbol, o.lang, o.organ].filter(Boolean).join(' · '),
    `${counts.preambular} preambular · ${counts.operative} operative · ${counts.subparagraphs} sub-paragraphs · ${counts.footnotes} footnotes`,
    '',
  ]
  o.clauses.forEach((clause, i) => {
    let rest = clause.text
    if (clause.opening && rest.startsWith(clause.opening))
      rest = rest.slice(clause.opening.length).trimStart()
    const columns = [tags[i]!.padEnd(width)]
    if (clause.opening) columns.push(clause.opening)
    if (rest) columns.push(rest)
    lines.push(columns.join('  ').trimEnd())
  })
  for (const annex of o.annexes) {
    const a = counts.annex
    lines.push('', [annex.label, annex.title].filter(Boolean).join('  '))
    if (o.annexes.length === 1) {
      lines.push(`${a.sections} sections · ${a.paragraphs} paragraphs · ${a.subparagraphs} sub-paragraphs`)
    }
    for (const item of annex.items) {
      const tag = item.kind === 'section' ? item.label : String(item.number)
      lines.push(`  ${tag.padEnd(4)}  ${item.text}`.trimEnd())
    }
  }
  return `${lines.join('\n')}\n`
}
