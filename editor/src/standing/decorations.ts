import type { Node } from 'prosemirror-model'
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import {
  alternativesOf,
  forEachBlock,
  isLang,
  type ParagraphStatus,
  paragraphBrackets,
  STANDING_WORDS,
  type StatusLookup,
  statusOfClause,
} from '../../../schema/index.ts'
import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'
import { editsTextOnly } from '../plugins/decoration-diff.ts'

/** What the standing plugin keeps: its decorations, and whether only open paragraphs are shown. */
export interface StandingState {
  decorations: DecorationSet
  onlyOpen: boolean
}

/** Key of the standing plugin: its meta `{refresh: true}` redraws, `{onlyOpen}` sets the filter. */
export const standingKey = new PluginKey<StandingState>('standing')

/** The interface words of each status, for the badge in the margin. */
export const STATUS_KEYS: Record<ParagraphStatus, StringKey> = {
  open: 'standing.status.open',
  'agreed-ad-ref': 'standing.status.agreed-ad-ref',
  agreed: 'standing.status.agreed',
}

const span = (className: string, text: string, title?: string) => {
  const element = document.createElement('span')
  element.className = className
  element.textContent = text
  element.contentEditable = 'false'
  if (title) element.title = title
  return element
}

/** The badge in the margin of a paragraph: its status in words (never colour alone) and its note. */
function badge(status: ParagraphStatus, note: string | undefined): HTMLElement {
  const words = t(STATUS_KEYS[status])
  const element = span('status-badge', words, note ? `${words}: ${note}` : words)
  element.dataset.status = status
  if (note) element.append(span('status-note', note))
  return element
}

/** The other wordings of a paragraph, under its first line: read-only, the facilitator picks one in the panel. */
function alternativesBox(clause: Node, alt: (n: number) => string): HTMLElement {
  const box = document.createElement('div')
  box.className = 'alternatives'
  box.contentEditable = 'false'
  for (const a of alternativesOf(clause)) {
    const line = document.createElement('p')
    line.className = 'alternative'
    line.append(span('alt-label', `[${alt(a.n)}]`), ` ${a.text}`)
    if (a.by) line.append(span('bracket-by', a.by))
    box.append(line)
  }
  return box
}

/**
 * The decorations of where paragraphs stand: a paragraph's status as `data-status` on it (for the filter) and a
 * badge in its margin, the square brackets of paragraphs in brackets (the brackets of words are their mark's),
 * the label "[Alt 1]" before a paragraph's words and its other wordings under them. Widgets carry keys made
 * of what they show, so that the view keeps them while the text around them changes.
 */
export function standingDecorations(doc: Node, statuses: StatusLookup): DecorationSet {
  const decorations: Decoration[] = []
  const words = STANDING_WORDS[isLang(doc.attrs.lang) ? doc.attrs.lang : 'en']
  forEachBlock(doc, (node, pos) => {
    if (node.type.name !== 'preambular' && node.type.name !== 'operative') return
    const status = statusOfClause(node, statuses)
    const entry = typeof node.attrs.id === 'string' ? statuses(node.attrs.id) : undefined
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-status': status }))
    if (status !== 'open' || entry?.note) {
      const key = `status ${status} ${entry?.note ?? ''}`
      // Inside the first line, before its brackets and label, so that the clause keeps its paragraph first; the
      // badge is positioned against the clause, out in the margin.
      decorations.push(Decoration.widget(pos + 2, () => badge(status, entry?.note), { side: -3, key }))
    }
  })
  doc.descendants((node, pos) => {
    const alternatives = node.attrs.alternatives
    if (!alternatives || !alternativesOf(node).length || !node.firstChild) return true
    const start = pos + 2
    decorations.push(
      Decoration.widget(start, () => span('alt-label', `[${words.alternative(1)}]`), {
        side: -2,
        key: `alt1 ${words.alternative(1)}`,
      }),
      Decoration.widget(pos + 1 + node.firstChild.nodeSize, () => alternativesBox(node, words.alternative), {
        side: -1,
        key: `alts ${alternatives}`,
      }),
    )
    return true
  })
  for (const [at, ends] of paragraphBrackets(doc)) {
    const block = doc.nodeAt(at)
    if (!block) continue
    if (ends.open.length) {
      const text = '['.repeat(ends.open.length)
      decorations.push(
        Decoration.widget(at + 1, () => span('para-bracket', text), { side: -1, key: `[ ${text}` }),
      )
    }
    for (const by of ends.close) {
      const close = () => {
        const element = span('para-bracket', ']')
        element.append(span('bracket-by', by))
        return element
      }
      decorations.push(Decoration.widget(at + 1 + block.content.size, close, { side: 1, key: `] ${by}` }))
    }
  }
  return DecorationSet.create(doc, decorations)
}

/**
 * The plugin that shows where paragraphs stand and filters them. `statuses` reads the `statuses` map, whose
 * changes the page tells it of with the meta `{refresh: true}`; the filter ("only what is still open") hides
 * agreed paragraphs and those agreed ad referendum through a class on the editor.
 */
export function standingPlugin(statuses: () => StatusLookup): Plugin<StandingState> {
  return new Plugin<StandingState>({
    key: standingKey,
    state: {
      init: (_, state: EditorState) => ({
        decorations: standingDecorations(state.doc, statuses()),
        onlyOpen: false,
      }),
      apply: (tr: Transaction, previous) => {
        const meta = tr.getMeta(standingKey) as { refresh?: boolean; onlyOpen?: boolean } | undefined
        const onlyOpen = meta?.onlyOpen ?? previous.onlyOpen
        if (!tr.docChanged && !meta?.refresh) {
          return onlyOpen === previous.onlyOpen ? previous : { ...previous, onlyOpen }
        }
        // Typing inside a paragraph changes no status, bracket of a paragraph or alternative: the decorations
        // follow the text, and no walk of the draft is made for each key.
        if (!meta?.refresh && editsTextOnly(tr)) {
          return { decorations: previous.decorations.map(tr.mapping, tr.doc), onlyOpen }
        }
        return { decorations: standingDecorations(tr.doc, statuses()), onlyOpen }
      },
    },
    props: {
      decorations: (state) => standingKey.getState(state)?.decorations ?? DecorationSet.empty,
      attributes: (state): Record<string, string> =>
        standingKey.getState(state)?.onlyOpen ? { class: 'only-open' } : {},
    },
  })
}

/** A transaction that redraws the statuses (after the `statuses` map changed). */
export const refreshStanding = (tr: Transaction): Transaction => tr.setMeta(standingKey, { refresh: true })

/** A transaction that shows only open paragraphs, or all of them. */
export const showOnlyOpen = (tr: Transaction, onlyOpen: boolean): Transaction =>
  tr.setMeta(standingKey, { onlyOpen })
