import type { Node } from 'prosemirror-model'
import type { Transaction } from 'prosemirror-state'
import { AddMarkStep, RemoveMarkStep, ReplaceStep, type Step } from 'prosemirror-transform'
import { type Decoration, DecorationSet } from 'prosemirror-view'

/** What a decoration carries in its spec so that `replaceChanged` can tell an unchanged one: its attributes. */
export interface DiffSpec {
  diff: string
}

const keyOf = (d: Decoration): string => `${d.from}:${d.to}:${(d.spec as Partial<DiffSpec>).diff ?? ''}`

/** Whether a step only edits text inside one textblock: it adds, removes or replaces characters and no node. */
function editsText(step: Step, doc: Node): boolean {
  if (!(step instanceof ReplaceStep) || step.slice.openStart || step.slice.openEnd) return false
  const $from = doc.resolve(step.from)
  if (!$from.parent.isTextblock || !$from.sameParent(doc.resolve(step.to))) return false
  let text = true
  step.slice.content.forEach((node) => {
    if (!node.isText) text = false
  })
  doc.nodesBetween(step.from, step.to, (node) => {
    if (node.isInline && !node.isText) text = false
  })
  return text
}

/**
 * Whether a transaction only edits text inside textblocks (typing, deleting characters): no node is added,
 * removed or split, and no footnote or other inline node is touched.
 */
export const editsTextOnly = (tr: Transaction): boolean =>
  tr.steps.every((step, i) => editsText(step, tr.docs[i]!))

/**
 * Whether a transaction changes nothing but text and marks: each step edits text inside a textblock (as in
 * `editsTextOnly`) or adds or removes a mark. No node is added, removed, split or given other attributes, so
 * the numbers and the empty lines of the draft stay as they were.
 */
export const editsInlineOnly = (tr: Transaction): boolean =>
  tr.steps.every(
    (step, i) =>
      step instanceof AddMarkStep || step instanceof RemoveMarkStep || editsText(step, tr.docs[i]!),
  )

/**
 * The decorations after a transaction: the previous set mapped through it when that already holds exactly the
 * wanted decorations (typing inside a paragraph changes no number and no underline), so that prosemirror-view
 * compares nothing; otherwise a new set. Only a text edit inside textblocks is trusted to map: a set mapped
 * through structural or remote changes can keep a node decoration in a child set that no longer matches its
 * node, which loses a number on screen. Each wanted decoration's spec holds a `diff` string (see `DiffSpec`).
 */
export function replaceChanged(
  tr: Transaction,
  previous: DecorationSet,
  wanted: readonly Decoration[],
): DecorationSet {
  if (!editsTextOnly(tr)) return DecorationSet.create(tr.doc, [...wanted])
  const mapped = previous.map(tr.mapping, tr.doc)
  const current = mapped.find()
  if (current.length !== wanted.length) return DecorationSet.create(tr.doc, [...wanted])
  const want = new Set(wanted.map(keyOf))
  return current.every((d) => want.has(keyOf(d))) ? mapped : DecorationSet.create(tr.doc, [...wanted])
}

/** A fresh set from the wanted decorations, for a plugin's first state. */
export const decorationSet = (doc: Node, wanted: readonly Decoration[]): DecorationSet =>
  DecorationSet.create(doc, [...wanted])
