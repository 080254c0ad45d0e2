import { Mark, type Node } from 'prosemirror-model'
import type { Lang } from '../lang.ts'
import { diffSequences, Interner } from './diff.ts'
import { atomToken, formattingOf, type Token, textTokens, wholeTokens } from './tokens.ts'

/** A run of tokens kept, deleted or inserted between two versions of a paragraph, and who made the change. */
export interface Piece {
  op: 'same' | 'del' | 'ins'
  tokens: Token[]
  /** Index into the comparison's authors of who made a deletion or insertion; -1 for kept words. */
  author: number
}

/** Two versions of one paragraph, word by word. */
export interface TextDiff {
  pieces: Piece[]
  /** Whether anything was deleted or inserted. */
  changed: boolean
}

interface Region {
  same: Token[] | null
  del: Token[]
  ins: Token[]
}

const wordsIn = (tokens: readonly Token[]) => tokens.reduce((n, t) => n + (t.word ? 1 : 0), 0)

/**
 * Whether words kept between two changes read better as part of them: spaces and punctuation alone ("promote,
 * protect" rewritten as "advance, defend" is one replacement, not two), or one word between two longer changes.
 * A footnote is never taken into a change, so that it is not shown deleted and inserted again.
 */
function absorbs(kept: readonly Token[], left: Region, right: Region): boolean {
  if (kept.some((t) => t.atom && t.atom.type.name !== 'hard_break')) return false
  const words = wordsIn(kept)
  if (words === 0) return true
  const size = (r: Region) => Math.max(wordsIn(r.del), wordsIn(r.ins))
  return words === 1 && size(left) >= 2 && size(right) >= 2
}

/** The regions of a diff, with kept words between changes taken into them where {@link absorbs} says. */
function cleaned(regions: Region[]): Region[] {
  const out: Region[] = []
  for (const region of regions) {
    const last = out[out.length - 1]
    const before = out[out.length - 2]
    if (!region.same && last?.same && before && !before.same && absorbs(last.same, before, region)) {
      out.length -= 2
      const merged: Region = {
        same: null,
        del: [...before.del, ...last.same, ...region.del],
        ins: [...before.ins, ...last.same, ...region.ins],
      }
      // The merged change may now absorb the words kept before it.
      const prev = out[out.length - 1]
      const prior = out[out.length - 2]
      if (prev?.same && prior && !prior.same && absorbs(prev.same, prior, merged)) {
        out.length -= 2
        out.push({
          same: null,
          del: [...prior.del, ...prev.same, ...merged.del],
          ins: [...prior.ins, ...prev.same, ...merged.ins],
        })
      } else out.push(merged)
    } else if (!region.same && last && !last.same) {
      last.del.push(...region.del)
      last.ins.push(...region.ins)
    } else out.push(region)
  }
  return out
}

/** Diffs two token sequences into pieces (kept, deleted, inserted), cleaned for reading. */
export function diffTokens(from: Token[], to: Token[]): TextDiff {
  const interner = new Interner()
  const edits = diffSequences(
    interner.sequence(from.map((t) => t.key)),
    interner.sequence(to.map((t) => t.key)),
  )
  const regions: Region[] = []
  for (const e of edits) {
    if (e.op === 'same') regions.push({ same: to.slice(e.b, e.b + e.n), del: [], ins: [] })
    else if (e.op === 'del') regions.push({ same: null, del: from.slice(e.a, e.a + e.n), ins: [] })
    else regions.push({ same: null, del: [], ins: to.slice(e.b, e.b + e.n) })
  }
  const pieces: Piece[] = []
  for (const r of cleaned(regions)) {
    if (r.same) pieces.push({ op: 'same', tokens: r.same, author: -1 })
    else {
      if (r.del.length) pieces.push({ op: 'del', tokens: r.del, author: -1 })
      if (r.ins.length) pieces.push({ op: 'ins', tokens: r.ins, author: -1 })
    }
  }
  return { pieces, changed: pieces.some((p) => p.op !== 'same') }
}

const inlineOf = (block: Node | null): Node[] => {
  const out: Node[] = []
  block?.forEach((child) => {
    out.push(child)
  })
  return out
}

/** Text nodes that carry the same formatting, so that words shared at their ends are the same words. */
const sameText = (a: Node, b: Node) => a.isText && b.isText && Mark.sameSet(formattingOf(a), formattingOf(b))

/**
 * Where the text two nodes share at their start ends, cut back to just after a space so that no word is split:
 * 0 when they share no whole word.
 */
function sharedHead(a: string, b: string, limit: number): number {
  let n = 0
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++
  while (n > 0 && !/\s/.test(a[n - 1]!)) n--
  return n
}

/** How much text two nodes share at their end, counted from the end, cut forward to a space. */
function sharedTail(a: string, b: string, limit: number): number {
  let n = 0
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++
  while (n > 0 && !/\s/.test(a[a.length - n]!)) n--
  return n
}

/** Words both versions share, as one token: kept text needs no cutting into words. */
function shared(node: Node, from: number, to: number): Token {
  const text = node.text!.slice(from, to)
  return { key: text, text, marks: formattingOf(node), atom: null, word: true }
}

/** Adjacent kept pieces joined. */
function mergeSame(pieces: Piece[]): Piece[] {
  const out: Piece[] = []
  for (const p of pieces) {
    const last = out[out.length - 1]
    if (last && last.op === 'same' && p.op === 'same') last.tokens = [...last.tokens, ...p.tokens]
    else out.push(p)
  }
  return out
}

/**
 * Two versions of a paragraph (or header field, title, formula, closing line, footnote) word by word; either may
 * be missing, for a paragraph only one version has. Equal paragraphs cost one comparison; otherwise only what
 * lies between the inline nodes and whole words both share at the start and at the end is cut into words and
 * diffed, so that a word changed in a long paragraph costs little.
 */
export function diffText(from: Node | null, to: Node | null, lang: Lang): TextDiff {
  if (from && to && from.content.eq(to.content)) {
    const tokens = wholeTokens(inlineOf(to))
    return { pieces: tokens.length ? [{ op: 'same', tokens, author: -1 }] : [], changed: false }
  }
  const a = inlineOf(from)
  const b = inlineOf(to)
  let start = 0
  while (start < a.length && start < b.length && a[start]!.eq(b[start]!)) start++
  let end = 0
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end]!.eq(b[b.length - 1 - end]!)
  )
    end++
  const lastA = a.length - 1 - end
  const lastB = b.length - 1 - end
  let headCut = 0
  let tailCut = 0
  // Whole words shared at the start of the first differing text nodes, and at the end of the last ones; not in
  // Chinese, which has no spaces to cut at.
  if (lang !== 'zh' && start <= lastA && start <= lastB) {
    const [fa, fb, la, lb] = [a[start]!, b[start]!, a[lastA]!, b[lastB]!]
    if (sameText(fa, fb)) headCut = sharedHead(fa.text!, fb.text!, Math.min(fa.text!.length, fb.text!.length))
    if (sameText(la, lb)) {
      // The same node may be first and last: what the head took is not the tail's.
      const room = Math.min(
        la.text!.length - (lastA === start ? headCut : 0),
        lb.text!.length - (lastB === start ? headCut : 0),
      )
      tailCut = sharedTail(la.text!, lb.text!, room)
    }
  }
  // The tokens of the nodes from `start` to `last`, the shared words cut off the first and the last.
  const middle = (nodes: Node[], last: number): Token[] => {
    const out: Token[] = []
    for (let k = start; k <= last; k++) {
      const node = nodes[k]!
      if (!node.isText) {
        out.push(atomToken(node))
        continue
      }
      const text = node.text!.slice(k === start ? headCut : 0, node.text!.length - (k === last ? tailCut : 0))
      if (text) out.push(...textTokens(text, formattingOf(node), lang))
    }
    return out
  }
  const head = wholeTokens(b.slice(0, start))
  if (headCut) head.push(shared(b[start]!, 0, headCut))
  const tail = wholeTokens(b.slice(b.length - end))
  if (tailCut) tail.unshift(shared(b[lastB]!, b[lastB]!.text!.length - tailCut, b[lastB]!.text!.length))
  const diff = diffTokens(middle(a, lastA), middle(b, lastB))
  const pieces: Piece[] = [
    ...(head.length ? [{ op: 'same' as const, tokens: head, author: -1 }] : []),
    ...diff.pieces,
    ...(tail.length ? [{ op: 'same' as const, tokens: tail, author: -1 }] : []),
  ]
  return { pieces: mergeSame(pieces), changed: diff.changed }
}
