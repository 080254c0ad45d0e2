import type { Node } from 'prosemirror-model'
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { matchOpening, type OpeningKind, openingSuggestions, schema } from '../../../schema/index.ts'
import { t } from '../i18n/i18n.ts'
import { changedRanges } from './changed-ranges.ts'
import { draftLang } from './draft-lang.ts'
import { isRemote } from './ids.ts'
import { isReadOnly } from './readonly.ts'

/** The suggestion list shown at the start of a paragraph, or none. */
export interface OpeningState {
  /** Phrases that begin with what was typed, shortest first. */
  items: string[]
  /** The highlighted phrase. */
  index: number
  /** Start of the paragraph's text and the cursor: the typed prefix that a pick replaces. */
  from: number
  to: number
  /** Start of a paragraph in which the list was closed (Escape or a pick), until the cursor leaves it. */
  dismissed: number | null
}

/** Key of the opening-phrase plugin. */
export const openingKey = new PluginKey<OpeningState>('opening')

const NONE: OpeningState = { items: [], index: 0, from: 0, to: 0, dismissed: null }
const LIMIT = 8
const MAX_PREFIX = 60

/** The text at the start of a paragraph, up to its first footnote or other inline node. */
function leadingText(para: Node): string {
  let text = ''
  for (let i = 0; i < para.childCount; i++) {
    const child = para.child(i)
    if (!child.isText) break
    text += child.text
  }
  return text
}

/** How many characters at the start of a paragraph carry the opening mark. */
function openingRun(para: Node): number {
  let run = 0
  for (let i = 0; i < para.childCount; i++) {
    const child = para.child(i)
    if (!child.isText || !schema.marks.opening.isInSet(child.marks)) break
    run += child.nodeSize
  }
  return run
}

/** The lead paragraph of a preambular or operative paragraph around a position, with its kind. */
function leadAt(state: EditorState, pos: number): { kind: OpeningKind; start: number; para: Node } | null {
  const $pos = state.doc.resolve(pos)
  if ($pos.depth !== 3 || $pos.parent.type.name !== 'para' || $pos.index(2) !== 0) return null
  const kind = $pos.node(2).type.name
  if (kind !== 'preambular' && kind !== 'operative') return null
  return { kind, start: $pos.start(), para: $pos.parent }
}

function suggest(state: EditorState, previous: OpeningState, enabled: boolean): OpeningState {
  const { selection } = state
  const lead = selection.empty && enabled ? leadAt(state, selection.from) : null
  if (!lead) return NONE
  const dismissed = previous.dismissed === lead.start ? lead.start : null
  const offset = selection.from - lead.start
  if (dismissed !== null || offset === 0 || offset > MAX_PREFIX) return { ...NONE, dismissed }
  const text = leadingText(lead.para)
  if (offset > text.length) return { ...NONE, dismissed }
  const prefix = text.slice(0, offset).trimStart()
  if (!prefix) return NONE
  const { lang, organ } = draftLang(state.doc)
  const items = openingSuggestions(prefix, lang, lead.kind, organ, LIMIT)
  if (items.length === 0 || (items.length === 1 && items[0] === prefix)) return NONE
  const keep = previous.items.length ? items.indexOf(previous.items[previous.index]!) : -1
  return { items, index: Math.max(0, keep), from: lead.start, to: selection.from, dismissed: null }
}

/**
 * Marks the opening phrase of a lead paragraph that a local change touched: a phrase typed in full gets the
 * `opening` mark; text typed after a marked phrase keeps the mark only while it still spells the start of a
 * longer phrase ("Recalling al" on the way to "Recalling also"), and otherwise the mark shrinks back to the
 * phrase. The mark is inclusive in the schema, which is what lets a phrase grow as it is typed.
 */
export function markOpenings(state: EditorState, ranges: [number, number][]): Transaction | null {
  const { lang, organ } = draftLang(state.doc)
  const seen = new Set<number>()
  let tr: Transaction | null = null
  const mark = schema.marks.opening
  for (const [from, to] of ranges) {
    for (const pos of [from, to]) {
      if (pos < 0 || pos > state.doc.content.size) continue
      const lead = leadAt(state, pos)
      if (!lead || seen.has(lead.start)) continue
      const run = openingRun(lead.para)
      // Typing further into a paragraph than a phrase reaches changes no opening: nothing to match.
      if (from - lead.start > Math.max(run, MAX_PREFIX)) continue
      seen.add(lead.start)
      const text = leadingText(lead.para)
      const match = matchOpening(text, lang, lead.kind)
      const touched = (at: number) => ranges.some(([a, b]) => a <= lead.start + at && b >= lead.start + at)
      if (run === 0) {
        if (match && touched(match.length)) {
          tr ??= state.tr
          tr.addMark(lead.start, lead.start + match.length, mark.create())
        }
        continue
      }
      if (!touched(run)) continue
      const runText = text.slice(0, run)
      const whole = matchOpening(runText, lang, lead.kind)?.length === run
      const growing = openingSuggestions(runText.trimStart(), lang, lead.kind, organ, 1).length > 0
      if (whole || growing) continue
      const keep = match && match.length <= run ? match.length : 0
      tr ??= state.tr
      tr.removeMark(lead.start + keep, lead.start + run, mark)
    }
  }
  return tr
}

/** Replaces the typed prefix with a phrase, marked as the opening phrase, followed by a space. */
export function pickOpening(state: EditorState, phrase: string): Transaction | null {
  const current = openingKey.getState(state)
  if (!current || current.items.length === 0) return null
  const { from, to } = current
  const after = state.doc.textBetween(to, Math.min(to + 1, state.doc.resolve(to).end()))
  const tr = state.tr.replaceWith(from, to, schema.text(phrase, [schema.marks.opening.create()]))
  const end = from + phrase.length
  // A plain space, not typed text: typed text would take the inclusive opening mark from the phrase.
  if (after !== ' ') tr.insert(end, schema.text(' '))
  tr.setMeta(openingKey, { dismiss: from })
  return tr
}

/**
 * Opening phrases at the start of paragraphs: while a delegate types the first words of a preambular or
 * operative paragraph, a list offers the phrases of the draft's language and kind (in the form that agrees
 * with the organ); ↑ ↓ choose, Enter or Tab picks, Escape closes. A picked phrase, or one typed in full, is
 * marked as the opening phrase, which the page prints in italics.
 */
export function openingPlugin(): Plugin<OpeningState> {
  return new Plugin<OpeningState>({
    key: openingKey,
    state: {
      init: () => NONE,
      apply(tr, previous, _old, state) {
        const meta = tr.getMeta(openingKey) as { dismiss?: number; index?: number } | undefined
        if (meta?.index !== undefined) return { ...previous, index: meta.index }
        const base = meta?.dismiss !== undefined ? { ...NONE, dismissed: meta.dismiss } : previous
        if (!tr.docChanged && !tr.selectionSet && meta === undefined) return previous
        return suggest(state, base, !isReadOnly(state))
      },
    },
    appendTransaction(transactions, _old, state) {
      const local = transactions.filter((tr) => tr.docChanged && !isRemote(tr))
      if (local.length === 0 || isReadOnly(state)) return null
      return markOpenings(state, changedRanges(local))
    },
    props: {
      handleKeyDown(view, event) {
        const current = openingKey.getState(view.state)
        if (!current || current.items.length === 0) return false
        const move = (index: number) => {
          view.dispatch(view.state.tr.setMeta(openingKey, { index }))
          return true
        }
        switch (event.key) {
          case 'ArrowDown':
            return move((current.index + 1) % current.items.length)
          case 'ArrowUp':
            return move((current.index + current.items.length - 1) % current.items.length)
          case 'Enter':
          case 'Tab': {
            const tr = pickOpening(view.state, current.items[current.index]!)
            if (tr) view.dispatch(tr)
            return true
          }
          case 'Escape':
            view.dispatch(view.state.tr.setMeta(openingKey, { dismiss: current.from }))
            return true
          default:
            return false
        }
      },
    },
    view: (view) => new OpeningMenu(view),
  })
}

/** The floating list of phrases under the paragraph being typed. */
class OpeningMenu {
  private readonly dom: HTMLElement
  /** The list drawn, its highlighted phrase, and the paragraph start the menu was placed under. */
  private items = ''
  private index = -1
  private place: number | null = null
  /** The animation frame the menu is to be drawn in, if one is asked for. */
  private frame: number | null = null

  constructor(private readonly view: EditorView) {
    this.dom = document.createElement('div')
    this.dom.className = 'opening-menu'
    this.dom.setAttribute('role', 'listbox')
    this.dom.hidden = true
    // Keep the editor focused: choosing with the mouse must not blur it.
    this.dom.addEventListener('mousedown', (event) => {
      event.preventDefault()
      const item = (event.target as HTMLElement).closest<HTMLElement>('[data-phrase]')
      if (!item) return
      const tr = pickOpening(this.view.state, item.dataset.phrase!)
      if (tr) this.view.dispatch(tr)
    })
    document.body.appendChild(this.dom)
    view.dom.addEventListener('focusout', this.hide)
    this.update(view)
  }

  update(view: EditorView): void {
    const current = openingKey.getState(view.state)
    // Hidden, the menu measures nothing (no coordsAtPos): typing forces no layout for it.
    if (!current || current.items.length === 0 || !view.hasFocus()) {
      this.cancel()
      if (!this.dom.hidden) this.dom.hidden = true
      return
    }
    // While the delegate types the list often stays the same, and the paragraph's start never moves: redraw
    // only a changed list (writing, not measuring), and place the menu only where it is not yet shown.
    const items = current.items.join('\n')
    if (items !== this.items || current.index !== this.index) {
      this.items = items
      this.index = current.index
      this.draw(current.items, current.index)
    }
    if (!this.dom.hidden && this.place === current.from) return
    // Placed and shown at the start of the next frame, before its layout: measuring now would lay the page out
    // once more between the key press and that frame, and the menu shows in the same frame either way.
    this.frame ??= requestAnimationFrame(() => {
      this.frame = null
      this.place = null
      this.show()
    })
  }

  private cancel(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame)
    this.frame = null
  }

  /** Places the menu under the start of the paragraph being typed, and shows it. */
  private show(): void {
    const { view } = this
    const current = openingKey.getState(view.state)
    if (!current || current.items.length === 0 || !view.hasFocus()) return
    // Everything measured before anything is moved, so that the page is laid out once.
    const box = view.coordsAtPos(current.from)
    const { scrollX, scrollY } = window
    const width = document.documentElement.clientWidth
    this.place = current.from
    this.dom.style.top = `${box.bottom + scrollY + 4}px`
    // The direction the direction plugin puts on the editor: reading the computed style would restyle the page.
    if (view.dom.dir === 'rtl') {
      this.dom.style.left = ''
      this.dom.style.right = `${width - box.right - scrollX}px`
    } else {
      this.dom.style.right = ''
      this.dom.style.left = `${box.left + scrollX}px`
    }
    this.dom.hidden = false
  }

  private draw(items: readonly string[], index: number): void {
    this.dom.replaceChildren(
      ...items.map((phrase, i) => {
        const item = document.createElement('div')
        item.className = i === index ? 'item selected' : 'item'
        item.setAttribute('role', 'option')
        item.setAttribute('aria-selected', String(i === index))
        item.dataset.phrase = phrase
        item.textContent = phrase
        return item
      }),
    )
    const hint = document.createElement('div')
    hint.className = 'hint'
    hint.textContent = t('opening.hint')
    this.dom.appendChild(hint)
  }

  private readonly hide = () => {
    this.dom.hidden = true
  }

  destroy(): void {
    this.cancel()
    this.view.dom.removeEventListener('focusout', this.hide)
    this.dom.remove()
  }
}
