import type { Node } from 'prosemirror-model'
import { isLang, type Lang } from '../lang.ts'
import { CLAUSE_TYPES } from '../schema.ts'
import { changeOf, inlineText, keptInClean } from './marks.ts'
import { proposalOf } from './proposal.ts'
import { type AmendmentRecord, type StatusOf, type StatusSource, statusLookup } from './record.ts'
import { type AmendmentTouch, amendmentsIn } from './touches.ts'
import { wordAfter, wordBefore } from './words.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES
// Punctuation glued to a word ("“promote", "now;"), which goes with it: a change to it changes the words.
const GLUED = /[^\s\p{L}\p{N}]/u

/** What joins the words an amendment refers to in several paragraphs (see {@link referredWords}). */
export const PARAGRAPH_BREAK = ' ¶ '

/**
 * The agreed words one amendment's changes in a paragraph refer to: for each run of its changes, the word
 * before it, the agreed words it deletes, and the word after it ("promote [and protect] the rights"), words
 * as the draft's language cuts them (in Chinese the word before, not the whole run of characters before).
 */
function blockWords(block: Node, id: string, statusOf: StatusOf, lang: Lang): string {
  let agreed = ''
  const runs: { start: number; end: number }[] = []
  let run: { start: number; end: number } | null = null
  block.forEach((child) => {
    const text = inlineText(child)
    const mine = child.marks.filter((m) => changeOf(m)?.amendment === id)
    const kept = keptInClean(child, statusOf, id)
    if (mine.length > 0) {
      run ??= { start: agreed.length, end: agreed.length }
      if (kept && mine.every((m) => m.type.name === 'deletion')) {
        agreed += text
        run.end = agreed.length
      }
      return
    }
    if (!kept) return
    if (run) runs.push(run)
    run = null
    agreed += text
  })
  if (run) runs.push(run)
  return runs
    .map((r) => {
      let before = Math.min(wordBefore(agreed, r.start, lang)?.start ?? r.start, r.start)
      while (before > 0 && GLUED.test(agreed[before - 1]!)) before--
      let after = Math.max(wordAfter(agreed, r.end, lang)?.end ?? r.end, r.end)
      while (after < agreed.length && GLUED.test(agreed[after]!)) after++
      return agreed.slice(before, after)
    })
    .join(' … ')
}

/** The agreed text of a clause: its words and those of its sub-paragraphs, without pending new ones. */
function clauseWords(clause: Node, id: string, statusOf: StatusOf): string {
  const lines: string[] = []
  clause.descendants((node) => {
    const proposal = CLAUSES.includes(node.type.name) ? proposalOf(node) : null
    const added = proposal && (proposal.kind === 'insert' || proposal.from !== undefined)
    if (added && statusOf(proposal.amendment) !== 'accepted') return false
    if (!node.inlineContent) return true
    let line = ''
    node.forEach((child) => {
      if (keptInClean(child, statusOf, id)) line += inlineText(child)
    })
    lines.push(line)
    return false
  })
  return lines.join('\n')
}

/** The words an amendment refers to, from what the document holds of it (see {@link referredWords}). */
export function referredWordsOf(doc: Node, touch: AmendmentTouch, statusOf: StatusOf): string {
  const parts: string[] = []
  const added: { from: number; to: number }[] = []
  for (const p of touch.paragraphs) {
    const node = doc.nodeAt(p.pos)!
    if (p.proposal.kind === 'insert' || p.proposal.from !== undefined) {
      added.push({ from: p.pos, to: p.pos + node.nodeSize })
    } else parts.push(clauseWords(node, touch.id, statusOf))
  }
  const blocks = new Set<number>()
  for (const range of [...touch.insertions, ...touch.deletions]) {
    if (!added.some((a) => a.from < range.from && range.from < a.to)) blocks.add(range.block)
  }
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  for (const block of [...blocks].sort((a, b) => a - b)) {
    parts.push(blockWords(doc.nodeAt(block)!, touch.id, statusOf, lang))
  }
  return parts.join(PARAGRAPH_BREAK)
}

/**
 * The agreed words an amendment refers to, kept as its record's `original`: around each run of its word
 * changes the word before, the words it deletes and the word after; for a paragraph it deletes or moves,
 * that paragraph's text. When they differ from `original`, something other than the amendment changed them
 * (the facilitator edited them, or another amendment was accepted) and the amendment is outdated. Words other
 * delegations only propose do not count. Empty when the document holds nothing of the amendment.
 */
export function referredWords(doc: Node, id: string, statuses: StatusSource = () => undefined): string {
  const touch = amendmentsIn(doc, id).get(id)
  return touch ? referredWordsOf(doc, touch, statusLookup(statuses)) : ''
}

/** The positions an amendment touches, as ranges, to tell whether a change came near it. */
function spansOf(doc: Node, touch: AmendmentTouch): { from: number; to: number }[] {
  const spans = touch.paragraphs.map((p) => ({ from: p.pos, to: p.pos + doc.nodeAt(p.pos)!.nodeSize }))
  for (const range of [...touch.insertions, ...touch.deletions]) {
    spans.push({ from: range.block, to: range.block + doc.nodeAt(range.block)!.nodeSize })
  }
  return spans
}

/**
 * The proposed amendments whose words changed between two versions of the draft by something other than
 * their delegation's editing: the words they refer to differ from their record's `original`, or nothing of
 * them is left. Only amendments near the changed part of the document are looked at, and only those of
 * `records`; `statuses` tells the status of every other amendment (by default, those of `records`). One peer
 * (the server) marks them outdated.
 */
export function findOutdated(
  before: Node,
  after: Node,
  records: Iterable<AmendmentRecord> | ReadonlyMap<string, AmendmentRecord>,
  statuses?: StatusSource,
): string[] {
  const list = records instanceof Map ? [...records.values()] : [...(records as Iterable<AmendmentRecord>)]
  const start = before.content.findDiffStart(after.content)
  if (start === null) return []
  const end = before.content.findDiffEnd(after.content)
  const endAfter = Math.max(start, end?.b ?? after.content.size)
  const statusOf = statusLookup(statuses ?? list)
  const touches = amendmentsIn(after)
  let touchesBefore: Map<string, AmendmentTouch> | null = null
  const out: string[] = []
  for (const record of list) {
    if (record.status !== 'proposed' || record.original === undefined) continue
    const touch = touches.get(record.id)
    if (!touch) {
      touchesBefore ??= amendmentsIn(before)
      if (touchesBefore.has(record.id)) out.push(record.id)
      continue
    }
    const near = spansOf(after, touch).some((s) => s.from <= endAfter && start <= s.to)
    if (near && referredWordsOf(after, touch, statusOf) !== record.original) out.push(record.id)
  }
  return out
}
