import type { Node } from 'prosemirror-model'
import type { Lang } from '../lang.ts'
import { hasChange, inlineText, keptInClean } from './marks.ts'
import type { StatusOf } from './record.ts'
import type { InsertPlace, Words } from './wording-language.ts'
import { type WordSpan, words } from './words.ts'

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

const WORDISH = /[\p{L}\p{N}]/u

/** Whitespace collapsed and trimmed, as words are quoted. */
export const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Words as a wording quotes them, with how many words they are in the draft's language. */
export function quoted(text: string, lang: Lang): Words {
  const clean = normalize(text)
  return { text: clean, count: words(clean, lang).length }
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

function occurrences(tokens: readonly WordSpan[], phrase: readonly string[]): number {
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
function anchorBefore(
  text: string,
  tokens: readonly WordSpan[],
  at: number,
  then: readonly string[],
  lang: Lang,
): Words | null {
  const before = tokens.filter((t) => t.end <= at)
  if (before.length === 0) return null
  for (let k = 1; k <= before.length; k++) {
    const phrase = before.slice(before.length - k).map((t) => t.text)
    if (k === before.length || occurrences(tokens, [...phrase, ...then]) <= 1) {
      return quoted(text.slice(before[before.length - k]!.start, before[before.length - 1]!.end), lang)
    }
  }
  return null
}

// How much text around a change is cut into words to tell whether the change makes one word with its
// neighbours: the words right at the change are all that matter.
const CONTEXT = 48

/**
 * Where a change [start, end) of the agreed text that puts `now` in its place is widened to, so that it covers
 * whole words: a change inside a word of the agreed text takes the whole word, and so does one whose new text
 * runs on into the word next to it ("resolution" + "s" replaces "resolution" with "resolutions"). Words are
 * the draft language's: inserting 和保护 after 促进 in a Chinese paragraph is an insertion after the word 促进,
 * not a change of the whole run of characters around it.
 */
function widen(
  agreed: string,
  start: number,
  end: number,
  now: string,
  tokens: readonly WordSpan[],
  lang: Lang,
) {
  const from = Math.max(0, start - CONTEXT)
  const to = Math.min(agreed.length, end + CONTEXT)
  const after = agreed.slice(from, start) + now + agreed.slice(end, to)
  const newWords = words(after, lang)
  const newStart = start - from
  const newEnd = newStart + now.length
  // A word of the new text that runs across a boundary of the change, so the change is inside it.
  const across = (at: number) => newWords.some((w) => w.start < at && at < w.end)
  let left = start
  let right = end
  const inside = tokens.find((t) => t.start < start && start < t.end)
  if (inside) left = inside.start
  else if (across(newStart)) {
    const touching = tokens.find((t) => t.end === start)
    if (touching) left = touching.start
  }
  const insideEnd = tokens.find((t) => t.start < end && end < t.end)
  if (insideEnd) right = insideEnd.end
  else if (across(newEnd)) {
    const touching = tokens.find((t) => t.start === end)
    if (touching) right = touching.end
  }
  return { start: left, end: right, now: agreed.slice(left, start) + now + agreed.slice(end, right) }
}

/**
 * The word-level changes one amendment makes in a paragraph, each widened to whole words of the draft's
 * language (adding an "s" to "resolution" replaces the word "resolution" with "resolutions"), in the order of
 * the text.
 */
export function wordChanges(block: Node, id: string, statusOf: StatusOf, lang: Lang): WordChange[] {
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

  const tokens = words(agreed, lang)
  const changes: WordChange[] = []
  for (const r of runs) {
    const { start, end, now } = widen(agreed, r.start, r.end, r.now, tokens, lang)
    const old = quoted(agreed.slice(start, end), lang)
    const fresh = quoted(now, lang)
    if (old.text === fresh.text) continue
    if (old.text === '') {
      const place: InsertPlace = !WORDISH.test(agreed.slice(0, start))
        ? 'start'
        : !WORDISH.test(agreed.slice(end))
          ? 'end'
          : 'after'
      const anchor = place === 'after' ? anchorBefore(agreed, tokens, start, [], lang) : null
      changes.push({ kind: 'insert', now: fresh, place, anchor })
      continue
    }
    const oldWords = words(old.text, lang).map((w) => w.text)
    const anchor =
      occurrences(tokens, oldWords) > 1 ? anchorBefore(agreed, tokens, start, oldWords, lang) : null
    changes.push(
      fresh.text === '' ? { kind: 'delete', old, anchor } : { kind: 'replace', old, now: fresh, anchor },
    )
  }
  return changes
}
