import type { Node } from 'prosemirror-model'
import { isLang, type Lang } from '../lang.ts'
import { type Numbering, numberDocument, subparagraphLabel } from '../numbering.ts'
import { CLAUSE_TYPES } from '../schema.ts'
import { type ParagraphProposal, parseProposal } from './proposal.ts'
import { type AmendmentRecord, isPending, type StatusOf, type StatusSource, statusLookup } from './record.ts'
import { type AmendmentTouch, amendmentsIn, type TouchedParagraph } from './touches.ts'
import { type CleanView, cleanView } from './views.ts'
import { proposedText, type WordChange, wordChanges } from './word-changes.ts'
import { arabic } from './wording-ar.ts'
import { english } from './wording-en.ts'
import { spanish } from './wording-es.ts'
import { french } from './wording-fr.ts'
import type { ClauseKind, ClausePlace, ClauseRef, WordingLanguage } from './wording-language.ts'
import { russian } from './wording-ru.ts'
import { chinese } from './wording-zh.ts'

const LANGUAGE: Record<Lang, WordingLanguage> = {
  ar: arabic,
  en: english,
  es: spanish,
  fr: french,
  ru: russian,
  zh: chinese,
}

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** One numbered instruction of an amendment; `quote` holds the lines of a new paragraph, when it has one. */
export interface Instruction {
  text: string
  /** The new paragraph's lines (first line, then sub-paragraphs with their labels), printed below `text`. */
  quote: string[]
}

/** An instruction in an amendments document, with its number and the amendment it comes from. */
export interface AmendmentItem extends Instruction {
  number: number
  amendment: string
}

/** The formal amendments of one delegation to a draft, as exporters render them. */
export interface AmendmentsDocument {
  /** "Egypt: amendments to draft resolution A/C.3/71/L.23" */
  title: string
  items: AmendmentItem[]
  /** Pending amendments of the delegation whose wording could not be written, and why. */
  unplaced: { amendment: string; reason: string }[]
}

/** The ordinal that names a preambular paragraph in a language: "third", "troisième", "tercer". */
export function ordinalWord(lang: Lang, n: number): string {
  return LANGUAGE[lang].ordinal(n)
}

/**
 * The header of an amendments document: "Egypt: amendments to draft resolution A/C.3/71/L.23". `count` is the
 * number of amendments (one amendment is "amendment"); an empty symbol names "the draft resolution".
 */
export function amendmentsTitle(delegations: string[], symbol: string, lang: Lang, count = 2): string {
  if (delegations.length === 0) throw new RangeError('an amendments title needs at least one delegation')
  return LANGUAGE[lang].title(delegations, symbol.trim(), count)
}

/** What the wording of every amendment in a draft shares: the clean text and its numbers, computed once. */
interface Context {
  doc: Node
  statusOf: StatusOf
  language: WordingLanguage
  view: CleanView
  numbering: Numbering
  touches: Map<string, AmendmentTouch>
}

function context(doc: Node, statusOf: StatusOf): Context {
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  const view = cleanView(doc, statusOf)
  return {
    doc,
    statusOf,
    language: LANGUAGE[lang],
    view,
    numbering: numberDocument(view.doc),
    touches: amendmentsIn(doc),
  }
}

/** The clean-text name of a clause of the draft, or null when it is not part of the clean text. */
function refAt(ctx: Context, pos: number): ClauseRef | null {
  const clean = ctx.view.clausePos.get(pos)
  const info = clean === undefined ? undefined : ctx.numbering.byPos.get(clean)
  if (!info) return null
  return { kind: info.paragraphKind, paragraph: info.paragraph, sub: info.path.slice(1) }
}

/** The innermost clause around a position, or -1. */
function enclosingClause(ctx: Context, pos: number): number {
  const $pos = ctx.doc.resolve(pos)
  for (let d = $pos.depth; d > 0; d--) {
    if (CLAUSES.includes($pos.node(d).type.name)) return $pos.before(d)
  }
  return -1
}

/**
 * Where a new or moved clause stands, named by clauses of the clean text: after the nearest earlier sibling of
 * the same kind that is part of it, else before the nearest later one, else inside its parent clause or part.
 */
function placeOf(ctx: Context, pos: number, skip: number): ClausePlace {
  const node = ctx.doc.nodeAt(pos)!
  const $pos = ctx.doc.resolve(pos)
  const parent = $pos.parent
  const index = $pos.index()
  const sibling = (i: number) => {
    const child = parent.child(i)
    const at = $pos.posAtIndex(i)
    return child.type === node.type && at !== skip ? refAt(ctx, at) : null
  }
  for (let i = index - 1; i >= 0; i--) {
    const ref = sibling(i)
    if (ref) return { after: ref }
  }
  for (let i = index + 1; i < parent.childCount; i++) {
    const ref = sibling(i)
    if (ref) return { before: ref }
  }
  const outer = enclosingClause(ctx, pos)
  const within = outer >= 0 ? refAt(ctx, outer) : null
  if (within) return { within }
  if (outer >= 0) throw new RangeError('it goes into a paragraph that is itself a pending proposal')
  return { part: node.type.name === 'preambular' ? 'preambular' : 'operative' }
}

/** Whether a clause is shown in the text an amendment proposes (its own new clauses in, its deletions out). */
function shownInProposal(node: Node, id: string, statusOf: StatusOf): boolean {
  const proposal = parseProposal(node.attrs.proposal ?? null)
  if (!proposal) return true
  const copy = proposal.kind === 'move' && proposal.from !== undefined
  if (proposal.amendment === id) return proposal.kind === 'insert' || copy
  const accepted = statusOf(proposal.amendment) === 'accepted'
  return proposal.kind === 'insert' || copy ? accepted : !accepted
}

/** The lines of a new clause as the amendment proposes it: its text, then labelled sub-paragraphs. */
function quoteLines(ctx: Context, clause: Node, id: string, depth: number): string[] {
  const lang = ctx.language.lang
  const lines: string[] = []
  const walk = (node: Node, level: number) => {
    let n = 0
    node.forEach((child) => {
      if (child.type.name === 'para') lines.push(proposedText(child, id, ctx.statusOf))
      else if (child.type.name === 'quotation') walk(child, level)
      else if (child.type.name === 'subparagraph' && shownInProposal(child, id, ctx.statusOf)) {
        n++
        const start = lines.length
        walk(child, level + 1)
        if (lines.length > start) lines[start] = `${subparagraphLabel(lang, level + 1, n)} ${lines[start]}`
      }
    })
  }
  walk(clause, depth)
  return lines.filter((line) => line !== '')
}

function depthOf(ctx: Context, pos: number): number {
  let depth = 0
  for (let p = enclosingClause(ctx, pos); p >= 0; p = enclosingClause(ctx, p)) depth++
  return depth
}

function changePhrase(ctx: Context, change: WordChange, ref: ClauseRef): string {
  const l = ctx.language
  const anchored = (phrase: string) =>
    change.anchor ? `${l.after(change.anchor)}${l.comma}${phrase}` : phrase
  if (change.kind === 'insert') return anchored(l.insert(change.now, change.place, ref))
  if (change.kind === 'delete') return anchored(l.delete(change.old))
  return anchored(l.replace(change.old, change.now))
}

interface Placed extends Instruction {
  pos: number
}

/** The instructions of one amendment, in the order of the text; throws a RangeError saying what is amiss. */
function instructionsOf(ctx: Context, id: string): Placed[] {
  const touch = ctx.touches.get(id)
  if (!touch) throw new RangeError(`amendment ${id}: nothing in the draft carries it`)
  const l = ctx.language
  const out: Placed[] = []
  const spans = touch.paragraphs.map((p) => ({ ...p, end: p.pos + ctx.doc.nodeAt(p.pos)!.nodeSize }))
  // Strictly inside, so a clause is never inside itself.
  const inside = (pos: number) => spans.some((s) => s.pos < pos && pos < s.end)

  const originals = new Map<string, TouchedParagraph>()
  for (const p of touch.paragraphs) {
    if (p.proposal.kind === 'move' && p.proposal.from === undefined && p.clause) originals.set(p.clause, p)
  }
  for (const p of touch.paragraphs) {
    if (inside(p.pos)) continue
    const { kind, from } = p.proposal as ParagraphProposal
    const node = ctx.doc.nodeAt(p.pos)!
    if (kind === 'insert') {
      const text = l.insertClause(node.type.name as ClauseKind, placeOf(ctx, p.pos, -1))
      out.push({ pos: p.pos, text, quote: quoteLines(ctx, node, id, depthOf(ctx, p.pos)) })
    } else if (kind === 'delete') {
      const ref = refAt(ctx, p.pos)
      if (!ref) throw new RangeError(`amendment ${id}: the paragraph it deletes is itself a pending proposal`)
      out.push({ pos: p.pos, text: l.deleteClause(ref), quote: [] })
    } else if (from !== undefined) {
      // A move is worded from its copy at the new place; the clause where it stands now is found by id.
      const original = originals.get(from)
      if (!original)
        throw new RangeError(`amendment ${id}: the paragraph it moves (${from}) is not in the draft`)
      const ref = refAt(ctx, original.pos)
      if (!ref) throw new RangeError(`amendment ${id}: the paragraph it moves is itself a pending proposal`)
      out.push({ pos: original.pos, text: l.moveClause(ref, placeOf(ctx, p.pos, original.pos)), quote: [] })
    }
  }

  // Word changes, grouped by the clause that holds them, outside the clauses the amendment itself adds or moves.
  const blocks = new Map<number, number>()
  for (const range of [...touch.insertions, ...touch.deletions]) {
    if (inside(range.from)) continue
    if (range.clausePos < 0) {
      throw new RangeError(
        `amendment ${id}: it changes words outside the preambular and operative paragraphs`,
      )
    }
    blocks.set(range.block, range.clausePos)
  }
  const byClause = new Map<number, string[]>()
  for (const [block, clausePos] of [...blocks].sort((a, b) => a[0] - b[0])) {
    const ref = refAt(ctx, clausePos)
    if (!ref)
      throw new RangeError(`amendment ${id}: it changes a paragraph that is itself a pending proposal`)
    const phrases = wordChanges(ctx.doc.nodeAt(block)!, id, ctx.statusOf, l.lang).map((c) =>
      changePhrase(ctx, c, ref),
    )
    if (phrases.length) byClause.set(clausePos, [...(byClause.get(clausePos) ?? []), ...phrases])
  }
  for (const [clausePos, phrases] of byClause) {
    const ref = refAt(ctx, clausePos)!
    out.push({ pos: clausePos, text: `${l.inClause(ref)}${l.comma}${l.and(phrases)}`, quote: [] })
  }
  if (out.length === 0) throw new RangeError(`amendment ${id}: it changes nothing in the draft`)
  return out.sort((a, b) => a.pos - b.pos)
}

/**
 * The formal wording of one amendment in the draft's language, numbered by the text as it stands without
 * pending proposals: one instruction per clause it concerns ("In operative paragraph 5, replace the word
 * “promote” with the words “promote and protect”"). `statuses` tells which other amendments were accepted
 * (their changes count as agreed text); by default none. Throws a RangeError when the draft does not hold it.
 */
export function amendmentWording(
  doc: Node,
  id: string,
  statuses: StatusSource = () => undefined,
): Instruction[] {
  const statusOf = statusLookup(statuses)
  const ctx = context(doc, (other) => (other === id ? 'proposed' : statusOf(other)))
  return instructionsOf(ctx, id).map(({ text, quote }) => ({ text, quote }))
}

/** The draft's symbol from its header ("A/C.3/71/L.23"), or an empty string. */
function symbolOf(doc: Node): string {
  let symbol = ''
  doc.firstChild?.forEach((field) => {
    if (field.attrs.name === 'symbol') symbol = field.textContent.trim()
  })
  return symbol
}

/**
 * The formal amendments document of one delegation: a title and the numbered instructions of its pending
 * (proposed or outdated) amendments, in the order of the text, all numbered by the text without pending
 * proposals. The symbol comes from the draft's header unless given.
 */
export function amendmentsDocument(
  doc: Node,
  records: Iterable<AmendmentRecord> | ReadonlyMap<string, AmendmentRecord>,
  delegation: string,
  options: { symbol?: string } = {},
): AmendmentsDocument {
  const list = records instanceof Map ? [...records.values()] : [...(records as Iterable<AmendmentRecord>)]
  const ctx = context(doc, statusLookup(list))
  const mine = list.filter((r) => r.delegation === delegation && isPending(r.status))
  const placed: (Placed & { amendment: string })[] = []
  const unplaced: AmendmentsDocument['unplaced'] = []
  for (const record of mine) {
    try {
      for (const instruction of instructionsOf(ctx, record.id))
        placed.push({ ...instruction, amendment: record.id })
    } catch (e) {
      if (!(e instanceof RangeError)) throw e
      unplaced.push({ amendment: record.id, reason: e.message })
    }
  }
  // In the order of the text; instructions at the same place keep the order of their records.
  placed.sort((a, b) => a.pos - b.pos)
  const items = placed.map(({ text, quote, amendment }, i) => ({ number: i + 1, amendment, text, quote }))
  const symbol = options.symbol ?? symbolOf(doc)
  return {
    title: amendmentsTitle([delegation], symbol, ctx.language.lang, Math.max(items.length, 1)),
    items,
    unplaced,
  }
}
