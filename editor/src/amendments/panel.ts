import type { EditorView } from 'prosemirror-view'
import type * as Y from 'yjs'
import { AMENDMENT_STATUSES, type Instruction, SHARED } from '../../../schema/index.ts'
import { listOf } from '../i18n/formats.ts'
import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'
import { numberingKey } from '../plugins/numbering.ts'
import { isReadOnly } from '../plugins/readonly.ts'
import { type AmendmentStore, RATIONALE_LIMIT } from '../suggestion/index.ts'
import { colorFor } from '../view/delegation-colors.ts'
import { el } from '../view/element.ts'
import type { AmendmentActions } from './actions.ts'
import { amendmentsKey } from './decorations.ts'
import {
  delegationsOf,
  filterEntries,
  type PanelAction,
  type PanelEntry,
  type PanelFilters,
  type ParagraphChoice,
  panelEntries,
  paragraphChoices,
  pendingInParagraph,
  type StatusFilter,
  type Viewer,
} from './panel-model.ts'

/** What the amendments panel needs from the page. */
export interface PanelOptions {
  view: () => EditorView | null
  ydoc: Y.Doc
  store: AmendmentStore
  viewer: Viewer
  actions: AmendmentActions
  /** Shows an amendment's words in the text. */
  show: (id: string) => void
  /** Tells the delegate that an action could not be done, and why. */
  report: (key: StringKey, vars?: Record<string, string | number>) => void
}

const STATUS_FILTERS: readonly StatusFilter[] = ['pending', 'all', ...AMENDMENT_STATUSES]

// The panel draws itself again once changes have paused this long, and at the latest this long after the first
// change it has not drawn: each drawing writes the wording of every pending amendment and its garbage weighs
// on the frames of the key presses, so while a delegate types it is drawn every two seconds, not every key.
const REDRAW_QUIET = 300
const REDRAW_MAX_WAIT = 2000

/** The name of a paragraph in the panel: "Operative paragraph 5 bis". */
function paragraphName(choice: ParagraphChoice | undefined): string {
  if (!choice) return '?'
  return t(choice.kind === 'operative' ? 'amend.para.operative' : 'amend.para.preambular', {
    n: choice.number,
  })
}

/**
 * The amendments panel: every amendment with its formal wording, delegation, supporters, status and rationale;
 * filters by delegation, paragraph and status; the buttons of what the viewer's role may do; a click on an
 * amendment shows its words in the text. It follows the `amendments` map and the document, redrawn a moment
 * after they change, and never while the delegate is typing a rationale in it.
 */
export class AmendmentsPanel {
  readonly dom = el('section', { class: 'amendments-panel', 'aria-label': t('amend.title') })
  private filters: PanelFilters = { delegation: null, paragraph: null, status: 'pending' }
  private selected: string | null = null
  private readonly remembered = new Map<string, Instruction[]>()
  private timer: ReturnType<typeof setTimeout> | null = null
  /** When the first change not yet drawn came (ms), or null. */
  private waitingSince: number | null = null
  private entries: PanelEntry[] = []
  /** The markup last put in the panel, to tell whether a redraw changes anything. */
  private drawn = ''

  constructor(private readonly options: PanelOptions) {
    // Deeply: a record's fields are entries of its own nested map.
    options.ydoc.getMap(SHARED.amendments).observeDeep(() => this.schedule())
    this.dom.addEventListener('focusout', () => this.schedule())
    this.render()
  }

  /** Redraws once changes pause (after the document or the records changed); see REDRAW_QUIET. */
  schedule(): void {
    this.waitingSince ??= Date.now()
    if (this.timer !== null) clearTimeout(this.timer)
    const wait = Math.max(0, Math.min(REDRAW_QUIET, this.waitingSince + REDRAW_MAX_WAIT - Date.now()))
    this.timer = setTimeout(() => {
      this.timer = null
      this.waitingSince = null
      if (this.dom.contains(document.activeElement) && document.activeElement?.tagName === 'TEXTAREA') return
      this.render()
    }, wait)
  }

  /** Marks an amendment as the one shown (after a click on its words in the text) and scrolls to it. */
  pick(id: string): void {
    this.selected = id
    const entry = this.entries.find((e) => e.record.id === id)
    if (entry && !filterEntries([entry], this.filters).length) {
      this.filters = { delegation: null, paragraph: null, status: 'all' }
    }
    this.render()
    this.dom.querySelector(`[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' })
  }

  /** Draws the panel now, in the current interface language. */
  render(): void {
    const view = this.options.view()
    const records = [...this.options.store.values()]
    const doc = view?.state.doc
    const touches = view ? amendmentsKey.getState(view.state)?.touches : undefined
    const numbers = view ? numberingKey.getState(view.state)?.shown : undefined
    this.entries =
      doc && touches ? panelEntries(doc, records, touches, this.options.viewer, this.remembered) : []
    const choices = doc && numbers ? paragraphChoices(doc, numbers) : []
    const shown = filterEntries(this.entries, this.filters)
    const editable = !!view && !isReadOnly(view.state)
    this.dom.setAttribute('aria-label', t('amend.title'))
    const parts: (HTMLElement | null)[] = [
      el(
        'h2',
        {},
        t('amend.title'),
        el(
          'span',
          { class: 'count' },
          ` ${t('amend.count', { shown: shown.length, total: records.length })}`,
        ),
      ),
      this.filterBar(delegationsOf(records), choices),
      editable ? this.bulkBar(choices) : null,
      shown.length === 0
        ? el('p', { class: 'empty' }, t(records.length ? 'amend.empty' : 'amend.none'))
        : el('ol', { class: 'amendment-list' }, ...shown.map((e) => this.card(e, choices, editable))),
    ]
    const drawn = parts.filter((part): part is HTMLElement => part !== null)
    // Redrawn while the delegate types, the panel mostly shows what it showed: keeping its elements then spares
    // the page a style, layout and paint of the panel on every redraw.
    const html =
      shown.map((e) => (e.inText ? 't' : 'f')).join('') + drawn.map((part) => part.outerHTML).join('')
    if (html === this.drawn) return
    this.drawn = html
    this.dom.replaceChildren(...drawn)
  }

  private select(
    name: string,
    label: StringKey,
    value: string,
    options: [string, string][],
    change: (v: string) => void,
  ) {
    return el(
      'label',
      { class: `filter filter-${name}` },
      el('span', {}, t(label)),
      el(
        'select',
        {
          name,
          onchange: (event) => {
            change((event.target as HTMLSelectElement).value)
            this.render()
          },
        },
        ...options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)),
      ),
    )
  }

  private filterBar(delegations: string[], choices: ParagraphChoice[]) {
    const f = this.filters
    return el(
      'div',
      { class: 'filters' },
      this.select(
        'delegation',
        'amend.filter.delegation',
        f.delegation ?? '',
        [['', t('amend.filter.allDelegations')], ...delegations.map((d): [string, string] => [d, d])],
        (v) => {
          this.filters = { ...this.filters, delegation: v || null }
        },
      ),
      this.select(
        'paragraph',
        'amend.filter.paragraph',
        f.paragraph ?? '',
        [
          ['', t('amend.filter.allParagraphs')],
          ...choices.map((c): [string, string] => [c.id, paragraphName(c)]),
        ],
        (v) => {
          this.filters = { ...this.filters, paragraph: v || null }
        },
      ),
      this.select(
        'status',
        'amend.filter.status',
        f.status,
        STATUS_FILTERS.map((s): [string, string] => [s, t(`amend.status.${s}` as StringKey)]),
        (v) => {
          this.filters = { ...this.filters, status: v as StatusFilter }
        },
      ),
    )
  }

  /** The facilitator's buttons for all amendments of the chosen delegation or paragraph. */
  private bulkBar(choices: ParagraphChoice[]) {
    if (this.options.viewer.role !== 'chair') return null
    const { delegation, paragraph } = this.filters
    const buttons: HTMLElement[] = []
    const act = (name: string, label: string, run: () => boolean) =>
      el(
        'button',
        {
          type: 'button',
          class: name.startsWith('reject') ? 'danger' : '',
          'data-action': name,
          onclick: () => {
            if (!run()) this.options.report('amend.nothing')
          },
        },
        label,
      )
    const actions = this.options.actions
    if (delegation) {
      buttons.push(
        act('accept-delegation', t('amend.acceptAllOf', { name: delegation }), () =>
          actions.decideDelegation(delegation, true),
        ),
        act('reject-delegation', t('amend.rejectAllOf', { name: delegation }), () =>
          actions.decideDelegation(delegation, false),
        ),
      )
    }
    if (paragraph) {
      const name = paragraphName(choices.find((c) => c.id === paragraph))
      const ids = () => pendingInParagraph(this.entries, paragraph)
      buttons.push(
        act('accept-paragraph', t('amend.acceptAllIn', { paragraph: name }), () =>
          actions.decide(ids(), true),
        ),
        act('reject-paragraph', t('amend.rejectAllIn', { paragraph: name }), () =>
          actions.decide(ids(), false),
        ),
      )
    }
    return buttons.length ? el('div', { class: 'bulk' }, ...buttons) : null
  }

  private card(entry: PanelEntry, choices: ParagraphChoice[], editable: boolean) {
    const { record } = entry
    const mine = record.delegation === this.options.viewer.delegation
    const where = listOf(entry.paragraphs.map((id) => paragraphName(choices.find((c) => c.id === id))))
    return el(
      'li',
      {
        class: `amendment${record.id === this.selected ? ' selected' : ''}${mine ? ' mine' : ''}`,
        'data-id': record.id,
        'data-status': record.status,
        'data-delegation': record.delegation,
        style: `--amend-color: ${colorFor(record.delegation)}`,
        tabindex: 0,
        onclick: (event) => {
          const target = event.target as HTMLElement
          if (target.closest('button, textarea, select, form')) return
          this.selected = record.id
          for (const other of this.dom.querySelectorAll('.amendment.selected'))
            other.classList.remove('selected')
          ;(event.currentTarget as HTMLElement).classList.add('selected')
          if (entry.inText) this.options.show(record.id)
        },
        onkeydown: (event) => {
          if (
            (event as KeyboardEvent).key === 'Enter' &&
            event.target === event.currentTarget &&
            entry.inText
          ) {
            this.options.show(record.id)
          }
        },
      },
      el(
        'div',
        { class: 'head' },
        el('span', { class: 'swatch' }),
        el(
          'span',
          { class: 'delegation' },
          mine ? t('people.you', { name: record.delegation }) : record.delegation,
        ),
        el('span', { class: 'state', 'data-status': record.status }, t(`amend.status.${record.status}`)),
      ),
      el('div', { class: 'meta' }, t(`amend.kind.${record.kind}`), where ? ` · ${where}` : ''),
      entry.wording.length
        ? el(
            'ol',
            { class: 'wording' },
            ...entry.wording.map((i) =>
              el(
                'li',
                {},
                el('span', { class: 'instruction' }, i.text),
                ...i.quote.map((line) => el('span', { class: 'quote' }, line)),
              ),
            ),
          )
        : record.original
          ? el('p', { class: 'wording original' }, t('amend.original', { words: record.original }))
          : null,
      entry.problem && el('p', { class: 'problem' }, t('amend.noWording', { reason: entry.problem })),
      record.status === 'outdated' && el('p', { class: 'outdated-note' }, t('amend.outdated')),
      record.supporters.length > 0 &&
        el('p', { class: 'supporters' }, t('amend.supporters', { names: listOf(record.supporters) })),
      editable && entry.actions.includes('rationale')
        ? this.rationaleEditor(record.id, record.rationale)
        : record.rationale &&
            el('p', { class: 'rationale' }, el('span', {}, t('amend.rationale')), record.rationale),
      editable && entry.actions.length ? this.buttons(entry) : null,
    )
  }

  private rationaleEditor(id: string, rationale: string) {
    const area = el('textarea', {
      name: 'rationale',
      rows: 2,
      maxlength: RATIONALE_LIMIT,
      placeholder: t('amend.rationale.placeholder'),
      'aria-label': t('amend.rationale'),
    })
    area.value = rationale
    return el(
      'form',
      {
        class: 'rationale-edit',
        onsubmit: (event) => {
          event.preventDefault()
          if (area.value.trim() === rationale) return
          try {
            if (!this.options.actions.rationale(id, area.value)) this.options.report('amend.nothing')
          } catch (e) {
            if (!(e instanceof RangeError)) throw e
            this.options.report('amend.failed', { message: e.message })
          }
          area.blur()
        },
      },
      area,
      el('button', { type: 'submit', 'data-action': 'rationale' }, t('amend.rationale.save')),
    )
  }

  private buttons(entry: PanelEntry) {
    const { record } = entry
    const actions = this.options.actions
    const view = this.options.view
    const runs: Partial<Record<PanelAction, () => boolean>> = {
      accept: () => actions.decide([record.id], true),
      reject: () => actions.decide([record.id], false),
      withdraw: () => actions.withdraw(record.id),
      rebase: () => actions.rebase(record.id),
      support: () => actions.support(record.id, true),
      unsupport: () => actions.support(record.id, false),
      merge: () => (entry.mergeWith ? actions.merge(record.id, entry.mergeWith) : false),
      split: () => {
        const at = view()?.state.selection.from
        if (at === undefined || !actions.canSplit(record.id, at)) {
          this.options.report('amend.splitHint')
          return true
        }
        return actions.split(record.id, at)
      },
    }
    const buttons = entry.actions
      .filter((a) => a !== 'rationale')
      .map((action) =>
        el(
          'button',
          {
            type: 'button',
            class:
              action === 'reject' || action === 'withdraw' ? 'danger' : action === 'accept' ? 'primary' : '',
            'data-action': action,
            title: t(`amend.${action}.title` as StringKey),
            // mousedown for split, so the editor keeps the cursor the delegation put between the changes.
            onmousedown: (event) => event.preventDefault(),
            onclick: () => {
              if (!runs[action]?.()) this.options.report('amend.nothing')
            },
          },
          t(`amend.${action}` as StringKey),
        ),
      )
    return el('div', { class: 'actions' }, ...buttons)
  }
}
