import type { Node } from 'prosemirror-model'
import { parseProposal } from '../amendments/proposal.ts'
import type { AmendmentRecord } from '../amendments/record.ts'
import { acceptAmendment, rejectAmendment } from '../amendments/resolve.ts'
import { amendmentsIn } from '../amendments/touches.ts'
import { cleanView } from '../amendments/views.ts'
import { isPartName } from '../blocks.ts'
import { isLang, type Lang } from '../lang.ts'
import { numberDocument, subparagraphLabel as subLabel } from '../numbering.ts'
import { CLAUSE_TYPES } from '../schema.ts'
import type { ParagraphStatus, StatusLookup } from '../standing/status.ts'
import { STANDING_WORDS, type StandingWords } from '../standing/words.ts'
import { recordsWithImplied } from './implied-records.ts'
import { VIEW_WORDS, type ViewWords } from './view-words.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

/**
 * A facilitator's compilation text: every pending proposal shown and attributed. The serialisers (`toText`,
 * `toHTML`, `toMarkdown` with their `compilation` option) write `doc` with these labels, notes and credits.
 */
export interface Compilation {
  /** The document shown: accepted amendments applied, rejected and withdrawn ones removed, pending ones kept. */
  doc: Node
  words: ViewWords
  /**
   * The label of each clause of `doc`, by position: "PP3", "OP5" for paragraphs of the text without pending
   * proposals, "OP5 bis", "OP5 ter" for proposed ones after OP5, "(b)" and "(b bis)" for sub-paragraphs.
   */
  labels: Map<number, string>
  /** Notes on clauses with a pending proposal, by position: "Proposed by Egypt: new paragraph". */
  notes: Map<number, string>
  /** Clauses shown by their label and note alone: the copy of a moved paragraph at its new place. */
  collapsed: Set<number>
  /** Who proposes the changes of these amendments, as written after them: "Egypt, supported by Chile". */
  credit(amendments: readonly string[]): string
  /** The printed form of a cross-reference: the number of its target in the text without pending proposals. */
  reference(target: string): string
  /** The words for statuses, brackets and alternatives in the draft's language. */
  standing: StandingWords
  /**
   * The facilitator's status of the clause at a position and its words as the text writes them after its label
   * ("agreed ad ref.; pending consultation in capitals"); undefined for an open paragraph without a note.
   */
  status(pos: number): { status: ParagraphStatus; text: string } | undefined
  /** Whether the text shows any status, square brackets or alternative: its legend then says how they read. */
  standingShown: boolean
}

const SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies']

/** "bis" for the first proposed paragraph after a paragraph, "ter" for the second ... */
const suffix = (k: number) => SUFFIXES[k - 1] ?? `(${k + 1})`

/** A sub-paragraph label with a suffix inside its brackets: "(b)" → "(b bis)", "b)" → "b bis)". */
function withSuffix(label: string, extra: string): string {
  const m = /^(.*?)([).'])$/.exec(label)
  if (!m) return `${label} ${extra}`
  const core = m[1]!
  if (core === '' || core === '(' || core === "'") return `${core}${extra}${m[2]}`
  return `${core} ${extra}${m[2]}`
}

/** The document without the changes of amendments already decided, as the decisions would leave it. */
function withoutDecided(doc: Node, statusOf: (id: string) => AmendmentRecord['status'] | undefined): Node {
  for (const id of amendmentsIn(doc).keys()) {
    const status = statusOf(id)
    if (status === 'accepted') doc = acceptAmendment(doc, id).doc
    else if (status === 'rejected' || status === 'withdrawn') doc = rejectAmendment(doc, id).doc
  }
  return doc
}

/**
 * The compilation text of a draft: `records` are the draft's amendment records (an amendment the document
 * carries without one counts as pending, proposed by the delegation its marks name), `statuses` the
 * facilitator's status of each paragraph (by clause id; none: every paragraph open). Paragraphs are numbered as
 * in the text without pending proposals, and a proposed paragraph takes the number of the one it follows with
 * "bis", "ter" ..., as negotiators name them.
 */
export function compile(
  source: Node,
  records: Iterable<AmendmentRecord> | ReadonlyMap<string, AmendmentRecord> = [],
  statuses: StatusLookup = () => undefined,
): Compilation {
  const byId = new Map(recordsWithImplied(source, records).map((r) => [r.id, r]))
  const statusOf = (id: string) => byId.get(id)?.status
  const doc = withoutDecided(source, statusOf)
  const lang: Lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
  const words = VIEW_WORDS[lang]
  const view = cleanView(doc, statusOf)
  const numbering = numberDocument(view.doc)
  const touches = amendmentsIn(doc)

  const proposer = (id: string) => {
    const record = byId.get(id)
    const by = record?.delegation ?? touches.get(id)?.delegation ?? id
    return record?.supporters.length ? words.supportedBy(by, record.supporters) : by
  }

  const labels = new Map<number, string>()
  const full = new Map<number, string>()
  const byClauseId = new Map<string, number>()

  // Labels clause by clause; `inProposal` tells that the container is itself a proposed clause, whose
  // sub-paragraphs are all new and simply counted.
  const label = (
    container: Node,
    contentStart: number,
    depth: number,
    parent: string,
    inProposal: boolean,
  ) => {
    let base: string | null = null
    let top = 0
    let since = 0
    let counted = 0
    container.forEach((child, offset) => {
      const pos = contentStart + offset
      if (child.type.name === 'quotation') {
        label(child, pos + 1, depth, parent, inProposal)
        return
      }
      if (!CLAUSES.includes(child.type.name)) return
      const clean = view.clausePos.get(pos)
      const info = clean === undefined ? undefined : numbering.byPos.get(clean)
      let own: string
      if (depth === 0) {
        const prefix = child.type.name === 'preambular' ? 'PP' : 'OP'
        if (info) {
          top = info.index
          since = 0
          own = `${prefix}${top}`
        } else own = `${prefix}${top} ${suffix(++since)}`
      } else if (info && !inProposal) {
        base = info.label
        since = 0
        own = info.label
      } else if (inProposal) {
        own = subLabel(lang, depth, ++counted)
      } else own = withSuffix(base ?? subLabel(lang, depth, 1).replace(/[\p{L}\p{N}]+/u, ''), suffix(++since))
      labels.set(pos, own)
      const name = parent ? `${parent} ${own}` : own
      full.set(pos, name)
      if (typeof child.attrs.id === 'string') byClauseId.set(child.attrs.id, pos)
      label(child, pos + 1, depth + 1, name, inProposal || !info)
    })
  }
  doc.forEach((part, offset) => {
    if (isPartName(part.type.name)) label(part, offset + 1, 0, '', false)
  })

  const notes = new Map<number, string>()
  const collapsed = new Set<number>()
  doc.descendants((node, pos) => {
    if (!CLAUSES.includes(node.type.name)) return true
    const proposal = parseProposal(node.attrs.proposal, `${node.type.name} at ${pos}: proposal`)
    if (!proposal) return true
    // A clause inside a clause the same amendment proposes is part of it and needs no note of its own.
    const $pos = doc.resolve(pos)
    for (let d = $pos.depth; d > 0; d--) {
      if (parseProposal($pos.node(d).attrs.proposal ?? null)?.amendment === proposal.amendment) return true
    }
    const by = proposer(proposal.amendment)
    if (proposal.kind === 'insert') notes.set(pos, words.newParagraph(by))
    else if (proposal.kind === 'delete') notes.set(pos, words.deleteParagraph(by))
    else if (proposal.from !== undefined) {
      const from = byClauseId.get(proposal.from)
      notes.set(pos, words.moveTo(by, from === undefined ? proposal.from : full.get(from)!))
      collapsed.add(pos)
      return false
    } else {
      const copy = touches.get(proposal.amendment)?.paragraphs.find((p) => p.proposal.from !== undefined)
      notes.set(pos, words.moveFrom(by, (copy && full.get(copy.pos)) ?? '?'))
    }
    return true
  })

  const standing = STANDING_WORDS[lang]
  const status = (pos: number) => {
    const id = doc.nodeAt(pos)?.attrs.id
    const entry = typeof id === 'string' ? statuses(id) : undefined
    if (!entry || (entry.status === 'open' && !entry.note)) return undefined
    const text = [standing.status[entry.status], entry.note?.trim()].filter(Boolean).join(standing.separator)
    return { status: entry.status, text }
  }

  let standingShown = false
  doc.descendants((node, pos) => {
    if (standingShown) return false
    if (node.marks.some((m) => m.type.name === 'bracket')) standingShown = true
    else if (CLAUSES.includes(node.type.name)) {
      standingShown = Boolean(node.attrs.bracketed || node.attrs.alternatives || status(pos))
    }
    return true
  })

  return {
    doc,
    words,
    standing,
    status,
    standingShown,
    labels,
    notes,
    collapsed,
    credit: (ids) => [...new Set(ids.map(proposer))].join(words.separator),
    reference: (target) => {
      const clean = numbering.byId.get(target)
      if (clean) return clean.path.join(' ')
      const pos = byClauseId.get(target)
      return pos === undefined ? target : full.get(pos)!
    },
  }
}
