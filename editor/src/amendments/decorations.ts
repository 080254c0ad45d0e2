import type { Node } from 'prosemirror-model'
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { Decoration, type DecorationSet } from 'prosemirror-view'
import { type AmendmentTouch, amendmentsIn, type StatusOf } from '../../../schema/index.ts'
import { t } from '../i18n/i18n.ts'
import { decorationSet, replaceChanged } from '../plugins/decoration-diff.ts'
import { colorFor } from '../view/delegation-colors.ts'

/** What the amendments plugin keeps: what each amendment touches, the one shown from the panel, decorations. */
export interface AmendmentsState {
  touches: Map<string, AmendmentTouch>
  /** The amendment whose words are highlighted (picked in the panel), or null. */
  focus: string | null
  decorations: DecorationSet
}

/** Key of the amendments plugin, to read what the document's amendments touch. */
export const amendmentsKey = new PluginKey<AmendmentsState>('amendments')

/** What a transaction tells the amendments plugin: records changed, or another amendment to highlight. */
export interface AmendmentsMeta {
  refresh?: boolean
  focus?: string | null
}

/** Marks a transaction that tells the amendments plugin the records changed (statuses, interface language). */
export const refreshAmendments = (tr: Transaction): Transaction =>
  tr.setMeta(amendmentsKey, { ...(tr.getMeta(amendmentsKey) as AmendmentsMeta), refresh: true })

/** Marks a transaction that highlights an amendment's words in the text (null: none). */
export const focusAmendment = (tr: Transaction, id: string | null): Transaction =>
  tr.setMeta(amendmentsKey, { ...(tr.getMeta(amendmentsKey) as AmendmentsMeta), focus: id })

/** The CSS class of a clause proposal: a new paragraph, one proposed for deletion, a move's two places. */
export function paragraphClass(kind: 'insert' | 'delete' | 'move', from: string | undefined): string {
  if (kind === 'move') return from === undefined ? 'amend-para-move-from' : 'amend-para-move-to'
  return `amend-para-${kind}`
}

const HOVER = {
  'amend-para-insert': 'amend.hover.paraInsert',
  'amend-para-delete': 'amend.hover.paraDelete',
  'amend-para-move-from': 'amend.hover.paraMoveFrom',
  'amend-para-move-to': 'amend.hover.paraMoveTo',
} as const

/**
 * The decorations of the amendments in a document: each clause with a proposal gets its kind's class, the
 * delegation's colour (`--amend-color`, the colour of its caret) and its name (shown in the margin and on
 * hover); the words of outdated amendments get `amend-outdated`, and those of the focused one `amend-focus`.
 * The marks themselves are drawn by `amendmentMarkViews`.
 */
export function amendmentDecorations(
  doc: Node,
  touches: ReadonlyMap<string, AmendmentTouch>,
  statusOf: StatusOf,
  focus: string | null,
): DecorationSet {
  return decorationSet(doc, wantedDecorations(doc, touches, statusOf, focus))
}

// Each decoration names its attributes in its spec (`diff`), so that typing that leaves them as they were
// keeps the mapped set and the view compares nothing (see `replaceChanged`).
function wantedDecorations(
  doc: Node,
  touches: ReadonlyMap<string, AmendmentTouch>,
  statusOf: StatusOf,
  focus: string | null,
): Decoration[] {
  const decorations: Decoration[] = []
  for (const touch of touches.values()) {
    const status = statusOf(touch.id)
    const classes = [
      ...(status === 'outdated' ? ['amend-outdated'] : []),
      ...(touch.id === focus ? ['amend-focus'] : []),
    ]
    for (const p of touch.paragraphs) {
      const node = doc.nodeAt(p.pos)
      if (!node) continue
      const kind = paragraphClass(p.proposal.kind, p.proposal.from)
      const name = p.proposal.delegation
      const attrs = {
        class: ['amend-para', kind, ...classes].join(' '),
        style: `--amend-color: ${colorFor(name)}`,
        title: t(HOVER[kind as keyof typeof HOVER], { name }),
        'data-amendment': touch.id,
        'data-delegation': name,
      }
      decorations.push(Decoration.node(p.pos, p.pos + node.nodeSize, attrs, { diff: JSON.stringify(attrs) }))
    }
    if (classes.length === 0) continue
    const attrs = { class: classes.join(' ') }
    for (const range of [...touch.insertions, ...touch.deletions]) {
      decorations.push(Decoration.inline(range.from, range.to, attrs, { diff: attrs.class }))
    }
  }
  return decorations
}

/** Options of the amendments plugin. */
export interface AmendmentsOptions {
  /** The status of amendments, from their records. */
  statusOf?: () => StatusOf
  /** Called with the amendment whose marked words were clicked, so that the panel can show it. */
  onPick?: (id: string) => void
}

/** The amendments whose marks or proposals stand at a position. */
export function amendmentsAt(state: EditorState, pos: number): string[] {
  const ids: string[] = []
  const $pos = state.doc.resolve(pos)
  const node = state.doc.nodeAt(pos) ?? $pos.nodeBefore
  for (const mark of node?.marks ?? []) {
    const kind = mark.type.name
    if (kind === 'insertion' || kind === 'deletion') ids.push(String(mark.attrs.amendment))
  }
  const touches = amendmentsKey.getState(state)?.touches
  for (let d = $pos.depth; d > 0 && touches; d--) {
    const before = $pos.before(d)
    for (const touch of touches.values()) {
      if (touch.paragraphs.some((p) => p.pos === before) && !ids.includes(touch.id)) ids.push(touch.id)
    }
  }
  return ids
}

/**
 * The amendments plugin: knows what each amendment in the document touches (for the panel and the commands
 * that show an amendment), and draws the decorations of `amendmentDecorations`. Clicking marked words or a
 * proposed paragraph tells `onPick` which amendment it is.
 */
export function amendmentsPlugin(options: AmendmentsOptions = {}): Plugin<AmendmentsState> {
  const statusOf = (): StatusOf => options.statusOf?.() ?? (() => undefined)
  // After typing that changes no decoration, the previous ones are mapped and kept (see `replaceChanged`).
  const build = (
    doc: Node,
    touches: Map<string, AmendmentTouch>,
    focus: string | null,
    after?: [Transaction, DecorationSet],
  ): AmendmentsState => {
    const wanted = wantedDecorations(doc, touches, statusOf(), focus)
    return {
      touches,
      focus,
      decorations: after ? replaceChanged(after[0], after[1], wanted) : decorationSet(doc, wanted),
    }
  }
  return new Plugin<AmendmentsState>({
    key: amendmentsKey,
    state: {
      init: (_, state) => build(state.doc, amendmentsIn(state.doc), null),
      apply: (tr, previous) => {
        const meta = tr.getMeta(amendmentsKey) as AmendmentsMeta | undefined
        if (!tr.docChanged && !meta) return previous
        const focus = meta && 'focus' in meta ? (meta.focus ?? null) : previous.focus
        const touches = tr.docChanged ? amendmentsIn(tr.doc) : previous.touches
        const shown = focus !== null && touches.has(focus) ? focus : null
        return build(tr.doc, touches, shown, [tr, previous.decorations])
      },
    },
    props: {
      decorations: (state) => amendmentsKey.getState(state)?.decorations,
      handleClick: (view, pos) => {
        const [id] = amendmentsAt(view.state, pos)
        if (id && options.onPick) options.onPick(id)
        return false
      },
    },
  })
}
