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

/** The formatting marks of a text node that a comparison keeps (proposal marks never count). */
export const formattingOf = (node: Node): readonly Mark[] =>
  node.marks.length ? node.marks.filter((m) => FORMATTING.has(m.type.name)) : node.marks

/** The words of a text with its formatting marks, as `Intl.Segmenter` cuts them in a language. */
export function textTokens(text: string, marks: readonly Mark[], lang: Lang): Token[] {
  const out: Token[] = []
  const suffix = marks.length ? `\u0001${marks.map((m) => m.type.name).join(',')}` : ''
  for (const s of segmenter(lang).segment(text)) {
    out.push({
      key: s.segment + suffix,
      text: s.segment,
      marks,
      atom: null,
      word: s.isWordLike ?? WORDISH.test(s.segment),
    })
  }
  return out
}

/** An inline atom as a token: a footnote known by its id, a reference by its target, a line break. */
export function atomToken(node: Node): Token {
  const name = node.type.name
  const key =
    name === 'footnote' ? footnoteKey(node) : name === 'xref' ? `xref:${node.attrs.target}` : `\u0002${name}`
  return { key, text: name === 'hard_break' ? ' ' : '', marks: [], atom: node, word: false }
}

/**
 * The tokens of inline nodes, in the draft's language: `Intl.Segmenter` words, so that Chinese, written without
 * spaces, diffs word by word; spaces and punctuation are tokens of their own.
 */
export function tokensOf(inline: readonly Node[], lang: Lang): Token[] {
  const out: Token[] = []
  for (const child of inline) {
    if (child.isText) out.push(...textTokens(child.text!, formattingOf(child), lang))
    else out.push(atomToken(child))
  }
  return out
}

/**
 * Inline nodes as one token per text node or atom, not cut into words: what text both versions share needs
 * for writing, at a fraction of the cost of segmenting it. Their keys are not for diffing.
 */
export function wholeTokens(inline: readonly Node[]): Token[] {
  return inline.map((child) =>
    child.isText
      ? {
          key: child.text!,
          text: child.text!,
          marks: formattingOf(child),
          atom: null,
          word: WORDISH.test(child.text!),
        }
      : atomToken(child),
  )
}

/** The words of tokens, as they read. */
export const textOf = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join('')
