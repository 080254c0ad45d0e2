import type { EditorView } from 'prosemirror-view'
import type * as Y from 'yjs'
import {
  alternativesOf,
  MAX_ALTERNATIVES,
  PARAGRAPH_STATUSES,
  type ParagraphStatus,
  SHARED,
  type StatusLookup,
  standingSummary,
  statusOfClause,
} from '../../../schema/index.ts'
import { topClause } from '../commands/clause-at.ts'
import { t } from '../i18n/i18n.ts'
import { numberingKey } from '../plugins/numbering.ts'
import { el } from '../view/element.ts'
import {
  bracketAt,
  bracketClause,
  bracketWords,
  changeAlternatives,
  clauseTarget,
  unbracketWords,
  useAlternative,
} from './commands.ts'
import { STATUS_KEYS, showOnlyOpen, standingKey } from './decorations.ts'
import { writeStatus } from './statuses.ts'

/** What the panel needs from the page. */
export interface StandingPanelOptions {
  view: () => EditorView | null
  ydoc: Y.Doc
  /** Who the page speaks for: the facilitator gets the controls. */
  viewer: { delegation: string; role: string }
  statuses: () => StatusLookup
}

/**
 * Where paragraphs stand: the summary ("12 of 27 paragraphs agreed"), the filter that shows only what is still
 * open, and for the facilitator the controls of the paragraph at the cursor: its status and note, square
 * brackets around words or the paragraph at a delegation's request, alternative wordings to add, remove or use.
 * It is drawn again when the cursor moves to another paragraph or the draft changes, never while the
 * facilitator is typing in it.
 */
export class StandingPanel {
  readonly dom = el('section', { class: 'standing-panel', 'aria-label': t('standing.title') })
  private drawnFor = ''
  // The delegation last named as asking for brackets: the next brackets are often at its request too.
  private asker = ''

  constructor(private readonly options: StandingPanelOptions) {
    options.ydoc.getMap(SHARED.statuses).observe(() => this.render())
    this.dom.addEventListener('focusout', () => queueMicrotask(() => this.update()))
    this.render()
  }

  /** Redraws if what the panel shows changed (the paragraph at the cursor, the draft), unless it is in use. */
  update(): void {
    if (this.dom.contains(document.activeElement)) return
    if (this.key() !== this.drawnFor) this.render()
  }

  /**
   * What the panel shows depends on: the summary's counts, the paragraph and clause at the cursor with their
   * brackets and alternatives, whether words are selected, and the brackets at the cursor.
   */
  private key(): string {
    const view = this.options.view()
    if (!view) return ''
    const { state } = view
    const summary = standingSummary(state.doc, this.options.statuses())
    const target = clauseTarget(state)
    const clause = target ? state.doc.nodeAt(target.pos) : null
    const top = topClause(state.selection.$from)?.node.attrs.id ?? ''
    return JSON.stringify([
      summary,
      top,
      target?.id ?? '',
      clause?.attrs.bracketed ?? null,
      clause?.attrs.alternatives ?? null,
      state.selection.empty,
      bracketAt(state)?.attrs.id ?? null,
    ])
  }

  /** Draws the panel for the current draft and cursor, in the interface language. */
  render(): void {
    const view = this.options.view()
    this.drawnFor = this.key()
    const parts: (HTMLElement | null)[] = [el('h2', {}, t('standing.title'))]
    if (view) {
      const summary = standingSummary(view.state.doc, this.options.statuses())
      parts.push(
        el(
          'p',
          { class: 'standing-summary' },
          el('strong', {}, t('standing.summary', { agreed: summary.agreed, count: summary.total })),
          ` · ${t('standing.details', { adRef: summary['agreed-ad-ref'], open: summary.open })}`,
        ),
        this.filter(view),
      )
      if (this.options.viewer.role === 'chair') parts.push(...this.controls(view))
    }
    this.dom.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null))
  }

  private filter(view: EditorView): HTMLElement {
    const onlyOpen = standingKey.getState(view.state)?.onlyOpen ?? false
    return el(
      'label',
      { class: 'standing-filter' },
      el('input', {
        type: 'checkbox',
        checked: onlyOpen,
        onchange: (e: Event) =>
          view.dispatch(showOnlyOpen(view.state.tr, (e.target as HTMLInputElement).checked)),
      }),
      ` ${t('standing.onlyOpen')}`,
    )
  }

  /** The facilitator's controls for the paragraph (and the clause) at the cursor. */
  private controls(view: EditorView): HTMLElement[] {
    const state = view.state
    const top = topClause(state.selection.$from)
    const target = clauseTarget(state)
    if (!top || !target || typeof top.node.attrs.id !== 'string') {
      return [el('p', { class: 'empty' }, t('standing.noParagraph'))]
    }
    const run = (tr: ReturnType<typeof bracketWords>) => {
      if (tr) view.dispatch(tr)
      view.focus()
    }
    const numbering = numberingKey.getState(state)
    const label = numbering?.shown.get(top.pos)?.label ?? numbering?.numbering.byPos.get(top.pos)?.label ?? ''
    const id = top.node.attrs.id as string
    const entry = this.options.statuses()(id)

    // Status and note.
    const status = el(
      'select',
      { class: 'standing-status', 'aria-label': t('standing.status') },
      ...PARAGRAPH_STATUSES.map((s) =>
        el(
          'option',
          { value: s, selected: s === statusOfClause(top.node, this.options.statuses()) },
          t(STATUS_KEYS[s]),
        ),
      ),
    )
    const note = el('input', {
      type: 'text',
      class: 'standing-note',
      list: 'standing-notes',
      value: entry?.note ?? '',
      placeholder: t('standing.note'),
      'aria-label': t('standing.note'),
      maxlength: 500,
    })
    const setStatus = () => {
      writeStatus(
        this.options.ydoc,
        id,
        { status: status.value as ParagraphStatus, note: note.value },
        this.options.viewer.delegation,
      )
      view.focus()
    }

    // Square brackets, at a delegation's request.
    const asker = el('input', {
      type: 'text',
      class: 'standing-by',
      value: this.asker,
      placeholder: t('standing.byPlaceholder'),
      'aria-label': t('standing.by'),
      oninput: (e: Event) => {
        this.asker = (e.target as HTMLInputElement).value
      },
    })
    const askedBy = () => {
      const by = asker.value.trim()
      if (!by) {
        asker.setCustomValidity(t('standing.needBy'))
        asker.reportValidity()
        return null
      }
      asker.setCustomValidity('')
      return by
    }
    const clause = state.doc.nodeAt(target.pos)!
    const bracketed = clause.attrs.bracketed as string | null

    // Alternatives of the clause at the cursor.
    const alternatives = alternativesOf(clause)
    const text = el('textarea', {
      class: 'standing-alternative',
      rows: 2,
      'aria-label': t('standing.alternativeText'),
    })

    return [
      el('h3', {}, t('standing.paragraph', { label: label || '·' })),
      el('datalist', { id: 'standing-notes' }, el('option', { value: t('standing.notePending') })),
      el(
        'div',
        { class: 'standing-row' },
        status,
        note,
        el('button', { type: 'button', class: 'standing-set', onclick: setStatus }, t('standing.save')),
      ),
      el('label', { class: 'standing-row' }, `${t('standing.by')} `, asker),
      el(
        'div',
        { class: 'standing-row' },
        el(
          'button',
          {
            type: 'button',
            class: 'bracket-words',
            disabled: state.selection.empty,
            onclick: () => {
              const by = askedBy()
              if (by) run(bracketWords(view.state, by))
            },
          },
          t('standing.bracketWords'),
        ),
        bracketAt(state) &&
          el(
            'button',
            { type: 'button', class: 'unbracket-words', onclick: () => run(unbracketWords(view.state)) },
            t('standing.unbracketWords'),
          ),
        el(
          'button',
          {
            type: 'button',
            class: 'bracket-paragraph',
            'aria-pressed': String(bracketed !== null),
            onclick: () => {
              if (bracketed) run(bracketClause(view.state, null))
              else {
                const by = askedBy()
                if (by) run(bracketClause(view.state, by))
              }
            },
          },
          t(bracketed ? 'standing.unbracketParagraph' : 'standing.bracketParagraph'),
        ),
      ),
      el('h4', {}, t('standing.alternatives')),
      el(
        'ol',
        { class: 'standing-alternatives' },
        alternatives.length > 0 &&
          el(
            'li',
            {},
            el('em', {}, t('standing.current')),
            ' ',
            el(
              'button',
              { type: 'button', class: 'use-alternative', onclick: () => run(useAlternative(view.state, 1)) },
              t('standing.use'),
            ),
          ),
        ...alternatives.map((a) =>
          el(
            'li',
            { 'data-alternative': a.n },
            el('span', { class: 'alternative-text' }, a.text),
            a.by ? el('span', { class: 'bracket-by' }, a.by) : null,
            ' ',
            el(
              'button',
              {
                type: 'button',
                class: 'use-alternative',
                onclick: () => run(useAlternative(view.state, a.n)),
              },
              t('standing.use'),
            ),
            el(
              'button',
              {
                type: 'button',
                class: 'remove-alternative',
                onclick: () =>
                  run(changeAlternatives(view.state, (list) => list.filter((_, i) => i !== a.n - 2))),
              },
              t('standing.remove'),
            ),
          ),
        ),
      ),
      el(
        'div',
        { class: 'standing-row' },
        text,
        el(
          'button',
          {
            type: 'button',
            class: 'add-alternative',
            disabled: alternatives.length >= MAX_ALTERNATIVES,
            onclick: () => {
              const words = text.value.trim()
              if (!words) return
              const by = asker.value.trim()
              run(
                changeAlternatives(view.state, (list) => [
                  ...list,
                  by ? { text: words, by } : { text: words },
                ]),
              )
            },
          },
          t('standing.addAlternative'),
        ),
      ),
    ]
  }
}
