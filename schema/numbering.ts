import type { Node } from 'prosemirror-model'
import { forEachBlock } from './blocks.ts'
import { isLang, type Lang } from './lang.ts'
import type { ClauseType } from './schema.ts'

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

/** Lower-case Roman numeral for a positive integer. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ]
  let out = ''
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits
      n -= value
    }
  }
  return out
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

/** Every number in a document, computed from position. */
export interface Numbering {
  clauses: ClauseInfo[]
  byId: Map<string, ClauseInfo>
  byPos: Map<number, ClauseInfo>
  footnotes: FootnoteInfo[]
  preambularCount: number
  operativeCount: number
}

/**
 * Computes paragraph numbers, sub-paragraph labels and footnote numbers from position. Numbers are never stored,
 * so inserting, deleting or moving a paragraph renumbers everything after it. A single operative paragraph is
 * not numbered.
 */
export function numberDocument(doc: Node): Numbering {
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  let operativeCount = 0
  let preambularCount = 0
  doc.forEach((child) => {
    if (child.type.name === 'operative_part') operativeCount = child.childCount
    else if (child.type.name === 'preamble') preambularCount = child.childCount
  })
  const clauses: ClauseInfo[] = []
  const footnotes: FootnoteInfo[] = []
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

  const walkSubs = (
    parent: Node,
    parentPos: number,
    depth: number,
    top: ClauseInfo,
    parentPath: string[],
  ) => {
    let n = 0
    parent.forEach((child, offset) => {
      const pos = parentPos + 1 + offset
      if (child.type.name === 'subparagraph') {
        n++
        const label = subparagraphLabel(lang, depth, n)
        const info: ClauseInfo = {
          id: child.attrs.id,
          kind: 'subparagraph',
          pos,
          node: child,
          depth,
          index: n,
          label,
          paragraph: top.paragraph,
          paragraphKind: top.paragraphKind,
          path: [...parentPath, label],
        }
        clauses.push(info)
        walkSubs(child, pos, depth + 1, top, info.path)
      } else if (child.type.name === 'quotation') {
        // Sub-paragraphs quoted from another text keep their own sequence, starting again at (a).
        walkSubs(child, pos, depth, top, parentPath)
      } else walkFootnotes(child, pos + 1)
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
      walkSubs(child, offset, 1, info, info.path)
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
  return { clauses, byId, byPos, footnotes, preambularCount, operativeCount }
}

/**
 * How a delegate names a clause in English: "preambular paragraph 3", "operative paragraph 4",
 * "operative paragraph 4 (a) (ii)".
 */
export function clauseName(info: ClauseInfo): string {
  const base = `${info.paragraphKind} paragraph ${info.paragraph}`
  return info.depth === 0 ? base : `${base} ${info.path.slice(1).join(' ')}`
}
