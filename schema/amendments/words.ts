import type { Node } from 'prosemirror-model'
import { hasChange, inlineText, keptInClean } from './marks.ts'
import type { StatusOf } from './record.ts'
import type { InsertPlace, Words } from './wording-language.ts'

/** One word-level change of an amendment in a paragraph, in the words of the agreed text. */
export type WordChange =
  | { kind: 'replace'; old: Words; now: Words; anchor: Words | null }
  | { kind: 'delete'; old: Words; anchor: Words | null }
  | { kind: 'insert'; now: Words; place: InsertPlace; anchor: Words | null }

type Role = 'base' | 'ins' | 'del'

interface Piece {
  role: Role
  text: string
}

interface Token {
  text: string
  start: number
  end: number
}

const WORDISH = /[\p{L}\p{N}]/u

/** Whitespace collapsed and trimmed, as words are quoted. */
export const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Words with a count of the tokens that hold a letter or a digit. */
export function words(text: string): Words {
  const clean = normalize(text)
  return { text: clean, count: clean.split(' ').filter((t) => WORDISH.test(t)).length }
}

/**
 * How each piece of a paragraph reads for one amendment: its own insertions and deletions, and the agreed text
 * around them (other delegations' pending insertions are not part of it; their pending deletions are).
 */
function pieces(block: Node, id: string, statusOf: StatusOf): Piece[] {
  const out: Piece[] = []
  block.forEach((child) => {
    const text = inlineText(child)
    if (text === '') return
    const ins = hasChange(child, 'insertion', id)
    const del = hasChange(child, 'deletion', id)
    const agreed = keptInClean(child, statusOf, id)
    let role: Role | null = null
    if (ins && !del) role = 'ins'
    else if (del && !ins && agreed) role = 'del'
    else if (!ins && !del && agreed) role = 'base'
    if (!role) return
    const last = out[out.length - 1]
    if (last && last.role === role) last.text += text
    else out.push({ role, text })
  })
  return out
}

/** The text of a paragraph as the amendment would make it: agreed text with its insertions, without deletions. */
export function proposedText(block: Node, id: string, statusOf: StatusOf): string {
  let text = ''
  block.forEach((child) => {
    const ins = hasChange(child, 'insertion', id)
    const del = hasChange(child, 'deletion', id)
    if (del) return
    if (ins || keptInClean(child, statusOf, id)) text += inlineText(child)
  })
  return normalize(text)
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(/\S+/g))
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  return tokens
}

function occurrences(tokens: Token[], phrase: string[]): number {
  let n = 0
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let same = true
    for (let j = 0; j < phrase.length && same; j++) same = tokens[i + j]!.text === phrase[j]
    if (same) n++
  }
  return n
}

/**
 * The fewest words right before `at` that, followed by `then` (the words the change concerns, if any), occur
 * once in the paragraph: "after the word “Recalling”", or "after the words “its resolution”" when "resolution"
 * alone occurs twice. Null when there is no word before.
 */
function anchorBefore(text: string, tokens: Token[], at: number, then: string[]): Words | null {
  const before = tokens.filter((t) => t.end <= at)
  if (before.length === 0) return null
  for (let k = 1; k <= before.length; k++) {
    const phrase = before.slice(before.length - k).map((t) => t.text)
    if (k === before.length || occurrences(tokens, [...phrase, ...then]) <= 1) {
      return words(text.slice(before[before.length - k]!.start, before[before.length - 1]!.end))
    }
  }
  return null
}

/**
 * The word-level changes one amendment makes in a paragraph, each widened to whole words (adding an "s" to
 * "resolution" replaces the word "resolution" with "resolutions"), in the order of the text.
 */
export function wordChanges(block: Node, id: string, statusOf: StatusOf): WordChange[] {
  const list = pieces(block, id, statusOf)
  // The agreed text (base and deleted pieces) and, for each run of changes, its span in it and its new text.
  let agreed = ''
  const runs: { start: number; end: number; now: string }[] = []
  let run: { start: number; end: number; now: string } | null = null
  for (let i = 0; i < list.length; i++) {
    const piece = list[i]!
    // Bare whitespace between two changes belongs to both: "promote" deleted, " ", "advance" inserted.
    const between =
      run !== null && /^\s+$/.test(piece.text) && i + 1 < list.length && list[i + 1]!.role !== 'base'
    if (piece.role === 'base' && !between) {
      if (run) runs.push(run)
      run = null
      agreed += piece.text
      continue
    }
    run ??= { start: agreed.length, end: agreed.length, now: '' }
    if (piece.role !== 'ins') {
      agreed += piece.text
      run.end = agreed.length
    }
    if (piece.role !== 'del') run.now += piece.text
  }
  if (run) runs.push(run)

  const tokens = tokenize(agreed)
  const changes: WordChange[] = []
  for (const r of runs) {
    let { start, end } = r
    let now = r.now
    // Widen to whole words where the change is glued to a word of the agreed text.
    // Only letters and digits glue: "in 2027" inserted before ";" stays an insertion at the end.
    const oldText = agreed.slice(start, end)
    const edge = oldText || now
    const glueLeft = start > 0 && WORDISH.test(agreed[start - 1]!) && WORDISH.test(edge[0] ?? '')
    const glueRight =
      end < agreed.length && WORDISH.test(agreed[end]!) && WORDISH.test(edge[edge.length - 1] ?? '')
    if (glueLeft) {
      const s = agreed.slice(0, start).search(/\S+$/)
      now = agreed.slice(s, start) + now
      start = s
    }
    if (glueRight) {
      const m = /^\S+/.exec(agreed.slice(end))!
      now += m[0]
      end += m[0].length
    }
    const old = words(agreed.slice(start, end))
    const fresh = words(now)
    if (old.text === fresh.text) continue
    if (old.text === '') {
      const place: InsertPlace = !WORDISH.test(agreed.slice(0, start))
        ? 'start'
        : !WORDISH.test(agreed.slice(end))
          ? 'end'
          : 'after'
      const anchor = place === 'after' ? anchorBefore(agreed, tokens, start, []) : null
      changes.push({ kind: 'insert', now: fresh, place, anchor })
      continue
    }
    const oldTokens = old.text.split(' ')
    const anchor = occurrences(tokens, oldTokens) > 1 ? anchorBefore(agreed, tokens, start, oldTokens) : null
    changes.push(
      fresh.text === '' ? { kind: 'delete', old, anchor } : { kind: 'replace', old, now: fresh, anchor },
    )
  }
  return changes
}
