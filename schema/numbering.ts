import type { Node } from 'prosemirror-model'
import { annexHeadingLabel, annexLabel } from './annex-labels.ts'
import { forEachBlock } from './blocks.ts'
import { isLang, type Lang } from './lang.ts'
import { roman } from './roman.ts'
import type { ClauseType } from './schema.ts'

export { roman } from './roman.ts'

const LATIN = 'abcdefghijklmnopqrstuvwxyz'
// Arabic sub-paragraphs follow the abjad order used in the Arabic texts of UN resolutions: (أ) (ب) (ج) (د) ...
const ABJAD = [
  'أ',
  'ب',
  'ج',
  'د',
  'هـ',
  'و',
  'ز',
  'ح',
  'ط',
  'ي',
  'ك',
  'ل',
  'م',
  'ن',
  'س',
  'ع',
  'ف',
  'ص',
  'ق',
  'ر',
  'ش',
  'ت',
  'ث',
  'خ',
  'ذ',
  'ض',
  'ظ',
  'غ',
]
// Russian sub-paragraphs skip the letters that cannot begin a list item: а) б) в) г) д) е) ж) з) и) к) ...
const CYRILLIC = [
  'а',
  'б',
  'в',
  'г',
  'д',
  'е',
  'ж',
  'з',
  'и',
  'к',
  'л',
  'м',
  'н',
  'о',
  'п',
  'р',
  'с',
  'т',
  'у',
  'ф',
  'х',
  'ц',
  'ч',
  'ш',
  'щ',
  'э',
  'ю',
  'я',
]

/** Letter sequence label: 1 → a, 26 → z, 27 → aa, 28 → bb (the UN doubles the letter after z). */
function letter(alphabet: readonly string[], n: number): string {
  const i = (n - 1) % alphabet.length
  const times = Math.floor((n - 1) / alphabet.length) + 1
  return alphabet[i]!.repeat(times)
}

/**
 * The label of the n-th sub-paragraph (1-based) at a depth (1 = first level under a paragraph), in a language:
 * English and Chinese (a) (i) a.; French and Spanish a) i) a.; Russian а) i) a.; Arabic (أ) '1' a.
 */
export function subparagraphLabel(lang: Lang, depth: number, n: number): string {
  const level = ((depth - 1) % 3) + 1
  if (level === 3) return `${letter([...LATIN], n)}.`
  if (level === 2) {
    if (lang === 'ar') return `'${n}'`
    if (lang === 'fr' || lang === 'es' || lang === 'ru') return `${roman(n)})`
    return `(${roman(n)})`
  }
  switch (lang) {
    case 'ar':
      return `(${letter(ABJAD, n)})`
    case 'ru':
      return `${letter(CYRILLIC, n)})`
    case 'fr':
    case 'es':
      return `${letter([...LATIN], n)})`
    default:
      return `(${letter([...LATIN], n)})`
  }
}

/** The printed number of an operative paragraph: "5." in most languages, "5 -" in Arabic. */
export function operativeLabel(lang: Lang, n: number): string {
  return lang === 'ar' ? `${n} -` : `${n}.`
}

/** What numbering knows of one clause. */
export interface ClauseInfo {
  /** The clause's stable id (null only in a document that has not been given ids yet). */
  id: string | null
  kind: ClauseType
  /** Position of the clause node in the document. */
  pos: number
  node: Node
  /** 0 for preambular and operative paragraphs, 1 and more for sub-paragraphs. */
  depth: number
  /** 1-based ordinal among siblings of its kind (the "third" preambular paragraph, sub-paragraph (c)). */
  index: number
  /** The printed number or label: "5.", "(a)"; empty for preambular paragraphs and a lone operative one. */
  label: string
  /** Ordinal of the top-level paragraph this clause belongs to (itself for a top-level one). */
  paragraph: number
  /** Kind of the top-level paragraph this clause belongs to. */
  paragraphKind: 'preambular' | 'operative'
  /** Labels from the top-level paragraph down: ["5", "(a)", "(ii)"]. */
  path: string[]
}

/** One footnote and its number, counted in order of appearance across the whole text. */
export interface FootnoteInfo {
  id: string | null
  pos: number
  node: Node
  number: number
}

/** What numbering knows of a numbered paragraph of an annex, or of a sub-paragraph inside one. */
export interface AnnexClauseInfo {
  id: string | null
  kind: 'annex_paragraph' | 'subparagraph'
  pos: number
  node: Node
  /** 0 for the annex's paragraphs, 1 and more for sub-paragraphs. */
  depth: number
  /** 1-based ordinal among siblings of its kind. */
  index: number
  /** The printed number or label: "5.", "(a)". */
  label: string
  /** Number of the annex paragraph this clause belongs to (itself for a paragraph). */
  paragraph: number
  /** Labels from the annex paragraph down: ["5", "(a)", "(ii)"]. */
  path: string[]
}

/** A section heading of an annex and its number. */
export interface AnnexHeadingInfo {
  pos: number
  node: Node
  level: 1 | 2
  /** 1-based ordinal among the headings of its level (level 2 counts again after each level 1 heading). */
  index: number
  /** "I.", "A.", "أولا -". */
  label: string
}

/** An annex and everything numbered in it; an annex is numbered on its own, apart from the resolution. */
export interface AnnexInfo {
  pos: number
  node: Node
  /** 1-based ordinal among the annexes. */
  index: number
  /** "Annex" for a lone annex, else "Annex I", "Annex II", in the draft's language. */
  label: string
  headings: AnnexHeadingInfo[]
  /** Its paragraphs and their sub-paragraphs in document order. */
  clauses: AnnexClauseInfo[]
  paragraphCount: number
  subparagraphCount: number
}

/** Every number in a document, computed from position. */
export interface Numbering {
  /** The resolution's clauses: preambular and operative paragraphs and their sub-paragraphs. */
  clauses: ClauseInfo[]
  byId: Map<string, ClauseInfo>
  byPos: Map<number, ClauseInfo>
  footnotes: FootnoteInfo[]
  preambularCount: number
  operativeCount: number
  annexes: AnnexInfo[]
  /** The printed label of each numbered node inside the annexes (paragraph, sub-paragraph, heading), by position. */
  annexLabels: Map<number, string>
}

/** The printed number or label of the clause or annex heading at a position, or "" for none. */
export function labelAt(numbering: Numbering, pos: number): string {
  return numbering.byPos.get(pos)?.label ?? numbering.annexLabels.get(pos) ?? ''
}

interface SubSink {
  /** Records a sub-paragraph found at a depth with its label and path. */
  sub(node: Node, pos: number, depth: number, index: number, label: string, path: string[]): void
  /** Walks the inline content of a paragraph for footnotes. */
  text(node: Node, start: number): void
}

/** Walks the sub-paragraphs (and quotations) under a clause, labelling them by depth and position. */
function walkSubs(
  lang: Lang,
  parent: Node,
  parentPos: number,
  depth: number,
  parentPath: string[],
  sink: SubSink,
): void {
  let n = 0
  parent.forEach((child, offset) => {
    const pos = parentPos + 1 + offset
    if (child.type.name === 'subparagraph') {
      n++
      const label = subparagraphLabel(lang, depth, n)
      const path = [...parentPath, label]
      sink.sub(child, pos, depth, n, label, path)
      walkSubs(lang, child, pos, depth + 1, path, sink)
    } else if (child.type.name === 'quotation') {
      // Sub-paragraphs quoted from another text keep their own sequence, starting again at (a).
      walkSubs(lang, child, pos, depth, parentPath, sink)
    } else sink.text(child, pos + 1)
  })
}

/** Numbers one annex: its headings by level, its paragraphs 1, 2, 3 ... and their sub-paragraphs. */
function numberAnnex(
  lang: Lang,
  annex: Node,
  pos: number,
  index: number,
  total: number,
  walkFootnotes: (node: Node, start: number) => void,
): AnnexInfo {
  const info: AnnexInfo = {
    pos,
    node: annex,
    index,
    label: annexLabel(lang, index, total),
    headings: [],
    clauses: [],
    paragraphCount: 0,
    subparagraphCount: 0,
  }
  const levels = [0, 0]
  annex.forEach((child, offset) => {
    const at = pos + 1 + offset
    const name = child.type.name
    if (name === 'annex_heading') {
      const level: 1 | 2 = child.attrs.level === 2 ? 2 : 1
      levels[level - 1]!++
      if (level === 1) levels[1] = 0
      const n = levels[level - 1]!
      info.headings.push({ pos: at, node: child, level, index: n, label: annexHeadingLabel(lang, level, n) })
      walkFootnotes(child, at + 1)
    } else if (name === 'annex_paragraph') {
      const n = ++info.paragraphCount
      const top: AnnexClauseInfo = {
        id: child.attrs.id,
        kind: 'annex_paragraph',
        pos: at,
        node: child,
        depth: 0,
        index: n,
        label: operativeLabel(lang, n),
        paragraph: n,
        path: [String(n)],
      }
      info.clauses.push(top)
      walkSubs(lang, child, at, 1, top.path, {
        sub: (node, subPos, depth, subIndex, label, path) => {
          info.subparagraphCount++
          info.clauses.push({
            id: node.attrs.id,
            kind: 'subparagraph',
            pos: subPos,
            node,
            depth,
            index: subIndex,
            label,
            paragraph: n,
            path,
          })
        },
        text: walkFootnotes,
      })
    } else walkFootnotes(child, at + 1)
  })
  return info
}

/**
 * Computes paragraph numbers, sub-paragraph labels and footnote numbers from position. Numbers are never stored,
 * so inserting, deleting or moving a paragraph renumbers everything after it. A single operative paragraph is
 * not numbered. Each annex is numbered on its own (its paragraphs from 1); footnotes run on through the annexes.
 */
export function numberDocument(doc: Node): Numbering {
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  let operativeCount = 0
  let preambularCount = 0
  let annexCount = 0
  doc.forEach((child) => {
    if (child.type.name === 'operative_part') operativeCount = child.childCount
    else if (child.type.name === 'preamble') preambularCount = child.childCount
    else if (child.type.name === 'annex') annexCount++
  })
  const clauses: ClauseInfo[] = []
  const footnotes: FootnoteInfo[] = []
  const annexes: AnnexInfo[] = []
  let pre = 0
  let op = 0

  const walkFootnotes = (node: Node, start: number) => {
    node.descendants((child, offset) => {
      if (child.type.name === 'footnote') {
        footnotes.push({ id: child.attrs.id, pos: start + offset, node: child, number: footnotes.length + 1 })
        return false
      }
      return child.isBlock || child.isTextblock
    })
  }

  forEachBlock(doc, (child, offset) => {
    const kind = child.type.name
    if (kind === 'preambular' || kind === 'operative') {
      const index = kind === 'operative' ? ++op : ++pre
      const label = kind === 'operative' && operativeCount > 1 ? operativeLabel(lang, index) : ''
      const info: ClauseInfo = {
        id: child.attrs.id,
        kind,
        pos: offset,
        node: child,
        depth: 0,
        index,
        label,
        paragraph: index,
        paragraphKind: kind,
        path: [String(index)],
      }
      clauses.push(info)
      walkSubs(lang, child, offset, 1, info.path, {
        sub: (node, pos, depth, n, subLabel, path) => {
          clauses.push({
            id: node.attrs.id,
            kind: 'subparagraph',
            pos,
            node,
            depth,
            index: n,
            label: subLabel,
            paragraph: index,
            paragraphKind: kind,
            path,
          })
        },
        text: walkFootnotes,
      })
    } else if (kind === 'annex') {
      annexes.push(numberAnnex(lang, child, offset, annexes.length + 1, annexCount, walkFootnotes))
    } else walkFootnotes(child, offset + 1)
  })
  footnotes.sort((a, b) => a.pos - b.pos)
  footnotes.forEach((f, i) => {
    f.number = i + 1
  })
  const byId = new Map<string, ClauseInfo>()
  const byPos = new Map<number, ClauseInfo>()
  for (const c of clauses) {
    if (c.id) byId.set(c.id, c)
    byPos.set(c.pos, c)
  }
  const annexLabels = new Map<number, string>()
  for (const annex of annexes) {
    for (const h of annex.headings) annexLabels.set(h.pos, h.label)
    for (const c of annex.clauses) annexLabels.set(c.pos, c.label)
  }
  return { clauses, byId, byPos, footnotes, preambularCount, operativeCount, annexes, annexLabels }
}

/**
 * How a delegate names a clause in English: "preambular paragraph 3", "operative paragraph 4",
 * "operative paragraph 4 (a) (ii)".
 */
export function clauseName(info: ClauseInfo): string {
  const base = `${info.paragraphKind} paragraph ${info.paragraph}`
  return info.depth === 0 ? base : `${base} ${info.path.slice(1).join(' ')}`
}
