import type { Mark, Node } from 'prosemirror-model'
import type { Lang } from '../lang.ts'

/**
 * One word, run of spaces, punctuation mark or inline atom (footnote, cross-reference, line break) of a
 * paragraph: what the comparison diffs. Two tokens are the same when their keys are: the same words with the
 * same formatting (an opening phrase put in italics is a change), the same footnote, the same reference.
 */
export interface Token {
  key: string
  /** The words it stands for ('' for a footnote or a cross-reference). */
  text: string
  /** Its formatting marks (opening phrase, emphasis, superscript); proposal marks are never kept. */
  marks: readonly Mark[]
  /** The inline node of an atom; null for text. */
  atom: Node | null
  /** Whether it holds a letter or a digit (a word), as the segmenter tells. */
  word: boolean
}

const segmenters = new Map<string, Intl.Segmenter>()

/** One word segmenter per language, kept: building one costs more than segmenting a paragraph. */
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang)
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' })
    segmenters.set(lang, s)
  }
  return s
}

const FORMATTING = new Set(['opening', 'em', 'sup'])
const WORDISH = /[\p{L}\p{N}]/u

/** The id a footnote is known by across versions: its stable id, else its words. */
export const footnoteKey = (node: Node): string => `fn:${node.attrs.id ?? node.textContent}`

/**
 * The tokens of a textblock's inline content, in the draft's language: `Intl.Segmenter` words, so that Chinese,
 * written without spaces, diffs word by word; spaces and punctuation are tokens of their own.
 */
export function tokensOf(block: Node, lang: Lang): Token[] {
  const out: Token[] = []
  const words = segmenter(lang)
  block.forEach((child) => {
    if (child.isText) {
      const marks = child.marks.filter((m) => FORMATTING.has(m.type.name))
      const suffix = marks.length ? `\u0001${marks.map((m) => m.type.name).join(',')}` : ''
      for (const s of words.segment(child.text!)) {
        out.push({
          key: s.segment + suffix,
          text: s.segment,
          marks,
          atom: null,
          word: s.isWordLike ?? WORDISH.test(s.segment),
        })
      }
      return
    }
    const name = child.type.name
    const key =
      name === 'footnote'
        ? footnoteKey(child)
        : name === 'xref'
          ? `xref:${child.attrs.target}`
          : `\u0002${name}`
    out.push({ key, text: name === 'hard_break' ? ' ' : '', marks: [], atom: child, word: false })
  })
  return out
}

/** The words of tokens, as they read. */
export const textOf = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join('')
