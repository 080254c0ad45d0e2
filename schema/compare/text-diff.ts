import type { Node } from 'prosemirror-model'
import type { Lang } from '../lang.ts'
import { diffSequences, Interner } from './diff.ts'
import { type Token, tokensOf } from './tokens.ts'

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

/**
 * Two versions of a paragraph (or header field, title, formula, closing line, footnote) word by word; either may
 * be missing, for a paragraph only one version has. Equal paragraphs cost one comparison.
 */
export function diffText(from: Node | null, to: Node | null, lang: Lang): TextDiff {
  if (from && to && from.content.eq(to.content)) {
    const tokens = tokensOf(to, lang)
    return { pieces: tokens.length ? [{ op: 'same', tokens, author: -1 }] : [], changed: false }
  }
  return diffTokens(from ? tokensOf(from, lang) : [], to ? tokensOf(to, lang) : [])
}
