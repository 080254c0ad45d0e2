import type { Node } from 'prosemirror-model'
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { Decoration, type DecorationSet } from 'prosemirror-view'
import { type ClauseInfo, type Numbering, numberDocument, type StatusOf } from '../../../schema/index.ts'
import { type ClauseNumber, clauseNumbers } from '../draft-model/clause-labels.ts'
import { decorationSet, editsInlineOnly, replaceChanged } from './decoration-diff.ts'
import { spokenLabel } from './spoken-label.ts'

/**
 * What the numbering plugin keeps: the numbers of the current document by position (`numbering`, which the
 * footnote list reads), the numbers the editor shows (`shown`: those of the clean text, "5 bis" for proposed
 * paragraphs; see `clauseNumbers`), and the decorations that show them.
 */
export interface NumberingState {
  numbering: Numbering
  shown: Map<number, ClauseNumber>
  decorations: DecorationSet
}

/** How the numbering plugin learns which amendments were accepted. */
export interface NumberingOptions {
  /** The status of amendments, from their records; without it every proposal counts as pending. */
  statusOf?: () => StatusOf
}

/** Key of the numbering plugin, to read the current numbers (footnote list, lint, toolbar). */
export const numberingKey = new PluginKey<NumberingState>('numbering')

/**
 * Decorations that show the computed numbers: each numbered clause gets `data-label` ("5.", "(a)"), which the
 * style sheet hangs before its first line (and `data-wide` for a label such as "10 bis.", for which the first
 * line makes more room), and every clause `data-spoken` ("operative paragraph 5"), the label's text for screen
 * readers (the style sheet's alternative text of the label, so it is neither editable nor copied); each footnote gets `data-number`, shown as a superscript. Attributes rather than
 * widgets, so the caret never lands inside a number. The label hangs from the clause, outside the paragraph's
 * lines: renumbering the paragraphs after a new one lays out none of their text again.
 */
export function numberDecorations(
  doc: Node,
  numbering: Numbering,
  shown?: ReadonlyMap<number, ClauseNumber>,
): DecorationSet {
  return decorationSet(doc, wantedDecorations(numbering, shown))
}

/** Labels longer than this ("10 bis.", "(viii)") need more room than the indent before the first line's text. */
const WIDE_LABEL = 5

/** The decorations `numberDecorations` holds, each with its label in the spec so that a diff can keep it. */
function wantedDecorations(numbering: Numbering, shown?: ReadonlyMap<number, ClauseNumber>): Decoration[] {
  const decorations: Decoration[] = []
  for (const clause of numbering.clauses) {
    const first = clause.node.firstChild
    if (first?.type.name !== 'para') continue
    const number = shown?.get(clause.pos)
    const label = number?.label ?? clause.label
    // What a screen reader says in place of the label (which preambular paragraphs lack): see `spokenLabel`.
    const spoken = spokenLabel(
      clause.kind,
      number?.number ?? (clause.kind === 'subparagraph' ? clause.label : String(clause.index)),
    )
    if (!label && !spoken) continue
    const attrs: Record<string, string> = {}
    if (label) attrs['data-label'] = label
    if (label.length > WIDE_LABEL) attrs['data-wide'] = ''
    if (spoken) attrs['data-spoken'] = spoken
    decorations.push(
      Decoration.node(clause.pos, clause.pos + clause.node.nodeSize, attrs, {
        diff: `label ${label} ${spoken}`,
      }),
    )
  }
  // An annex shows its label ("Annex II") above its title, its headings and paragraphs their own numbers.
  for (const annex of numbering.annexes) {
    decorations.push(
      Decoration.node(
        annex.pos,
        annex.pos + annex.node.nodeSize,
        { 'data-label': annex.label },
        {
          diff: `annex ${annex.label}`,
        },
      ),
    )
    for (const item of [...annex.headings, ...annex.clauses]) {
      if (!item.label || ('kind' in item && item.node.firstChild?.type.name !== 'para')) continue
      const attrs =
        item.label.length > WIDE_LABEL
          ? { 'data-label': item.label, 'data-wide': '' }
          : { 'data-label': item.label }
      decorations.push(
        Decoration.node(item.pos, item.pos + item.node.nodeSize, attrs, { diff: `label ${item.label}` }),
      )
    }
  }
  for (const note of numbering.footnotes) {
    decorations.push(
      Decoration.node(
        note.pos,
        note.pos + note.node.nodeSize,
        { 'data-number': String(note.number) },
        { diff: `note ${note.number}` },
      ),
    )
  }
  return decorations
}

// The numbers are computed again (a walk of the clauses), but after typing inside a paragraph, which changes no
// label, the previous decorations are mapped and kept, and the view then compares nothing.
function compute(doc: Node, statusOf: StatusOf, after?: [Transaction, DecorationSet]): NumberingState {
  const numbering = numberDocument(doc)
  const shown = clauseNumbers(doc, statusOf)
  const wanted = wantedDecorations(numbering, shown)
  const decorations = after ? replaceChanged(after[0], after[1], wanted) : decorationSet(doc, wanted)
  return { numbering, shown, decorations }
}

/**
 * The numbers after a change of text and marks alone (typing, an opening phrase marked, words proposed for
 * deletion): the same numbers, since no clause, footnote or attribute changed and so neither the clean text's
 * numbers nor those of the document can, at their new positions, with their new nodes; the decorations mapped.
 * Spares the walks of the whole draft on every key press. Null if a number is not found where it moved.
 */
function moveNumbers(previous: NumberingState, tr: Transaction): NumberingState | null {
  const { doc, mapping } = tr
  let lost = false
  const move = <T extends { pos: number; node: Node }>(item: T): T => {
    const pos = mapping.map(item.pos)
    const node = doc.nodeAt(pos)
    if (!node || node.type !== item.node.type) lost = true
    return pos === item.pos && node === item.node ? item : { ...item, pos, node: node ?? item.node }
  }
  const clauses = previous.numbering.clauses.map(move)
  const footnotes = previous.numbering.footnotes.map(move)
  const annexes = previous.numbering.annexes.map((annex) => ({
    ...move(annex),
    headings: annex.headings.map(move),
    clauses: annex.clauses.map(move),
  }))
  // A clause or footnote not where the change put it would be a change of structure after all: count again.
  if (lost) return null
  const byId = new Map<string, ClauseInfo>()
  const byPos = new Map<number, ClauseInfo>()
  for (const clause of clauses) {
    if (clause.id) byId.set(clause.id, clause)
    byPos.set(clause.pos, clause)
  }
  const annexLabels = new Map<number, string>()
  for (const annex of annexes)
    for (const item of [...annex.headings, ...annex.clauses]) annexLabels.set(item.pos, item.label)
  const numbering: Numbering = {
    ...previous.numbering,
    clauses,
    byId,
    byPos,
    footnotes,
    annexes,
    annexLabels,
  }
  const shown = new Map<number, ClauseNumber>()
  for (const [pos, number] of previous.shown) shown.set(mapping.map(pos), number)
  return { numbering, shown, decorations: previous.decorations.map(mapping, doc) }
}

/**
 * Marks a transaction that tells the numbering plugin the statuses of amendments changed (a record was written),
 * so that it numbers again although the document did not change.
 */
export const renumber = (tr: Transaction): Transaction => tr.setMeta(numberingKey, 'renumber')

/**
 * Numbers paragraphs, sub-paragraphs and footnotes, again on every change of the document (a change anywhere
 * can renumber everything after it) or when told the statuses changed (`renumber`), and not at all when a
 * transaction leaves both as they were. Clauses are numbered as in the clean text, proposed ones with "bis".
 */
export function numberingPlugin(options: NumberingOptions = {}): Plugin<NumberingState> {
  const statusOf = (): StatusOf => options.statusOf?.() ?? (() => undefined)
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_, state) => compute(state.doc, statusOf()),
      apply: (tr, previous) => {
        const renumber = tr.getMeta(numberingKey) === 'renumber'
        if (!renumber && !tr.docChanged && tr.doc === tr.before) return previous
        const moved = !renumber && tr.docChanged && editsInlineOnly(tr) ? moveNumbers(previous, tr) : null
        return moved ?? compute(tr.doc, statusOf(), [tr, previous.decorations])
      },
    },
    props: {
      decorations: (state) => numberingKey.getState(state)?.decorations,
    },
  })
}

/** The numbers of the document in an editor state (computed on the spot if the plugin is absent). */
export const numberingOf = (state: EditorState): Numbering =>
  numberingKey.getState(state)?.numbering ?? numberDocument(state.doc)
