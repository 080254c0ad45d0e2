import type { HistoryEntryJSON } from '../../../schema/index.ts'
import { download } from '../api/client.ts'
import { t, uiLanguage } from '../i18n/i18n.ts'
import { colorFor } from '../view/delegation-colors.ts'
import { el } from '../view/element.ts'
import { entryDelegations, entryDetails, entryText } from './history-text.ts'
import { labelText } from './label-text.ts'
import { type HistoryQuery, historyPath, readHistory } from './record-api.ts'

/** At most this many entries are drawn, the latest; the downloads hold them all. */
const SHOWN = 300

/** What the history panel needs from the page. */
export interface HistoryPanelOptions {
  token: string
  draftId: string
}

/**
 * The draft's history, newest first: who did what and when, the paragraph as it was numbered then, the words
 * of decisions and oral revisions; filtered by delegation and by paragraph, and downloaded as CSV or JSON (with
 * the same filter). Loaded when the panel is opened, again with "Refresh".
 */
export class HistoryPanel {
  readonly dom = el('section', { class: 'record-panel history-panel' })
  private readonly details = el('details', {})
  private entries: HistoryEntryJSON[] = []
  private error: string | null = null
  private loaded = false
  private filter: HistoryQuery = {}

  constructor(private readonly options: HistoryPanelOptions) {
    this.dom.append(this.details)
    this.details.addEventListener('toggle', () => {
      if (this.details.open) void this.refresh()
    })
    this.render()
  }

  /** Loads the history again and redraws it. */
  async refresh(): Promise<void> {
    try {
      this.entries = await readHistory(this.options.token, this.options.draftId)
      this.error = null
    } catch (e) {
      this.error = (e as Error).message
    }
    this.loaded = true
    this.render()
  }

  /** The entries the filter lets through, oldest first. */
  private shown(): HistoryEntryJSON[] {
    const { delegation, clause } = this.filter
    return this.entries.filter(
      (e) => (!delegation || entryDelegations(e).includes(delegation)) && (!clause || e.clause === clause),
    )
  }

  /** Redraws the panel in the current interface language. */
  render(): void {
    const shown = this.shown()
    const latest = shown.slice(-SHOWN).reverse()
    const time = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' })
    this.details.replaceChildren(
      el(
        'summary',
        {},
        el(
          'h2',
          {},
          t('history.title'),
          el('span', { class: 'count' }, this.loaded ? ` (${this.entries.length})` : ''),
        ),
      ),
      this.filters(),
      el(
        'div',
        { class: 'history-tools' },
        el(
          'button',
          { type: 'button', class: 'refresh', onclick: () => void this.refresh() },
          t('history.refresh'),
        ),
        t('compare.download'),
        this.downloadButton('csv', 'CSV'),
        this.downloadButton('json', 'JSON'),
      ),
      this.error ? el('p', { class: 'error' }, this.error) : '',
      this.entries.length === 0
        ? el('p', { class: 'empty' }, t('history.empty'))
        : shown.length === 0
          ? el('p', { class: 'empty' }, t('history.none'))
          : el('ol', { class: 'history', reversed: true }, ...latest.map((e) => this.item(e, time))),
      shown.length > SHOWN
        ? el('p', { class: 'more' }, t('history.more', { count: shown.length - SHOWN }))
        : '',
    )
  }

  private item(entry: HistoryEntryJSON, time: Intl.DateTimeFormat): HTMLElement {
    return el(
      'li',
      { 'data-seq': entry.seq, 'data-action': entry.action },
      el('span', { class: 'swatch', style: `background:${colorFor(entry.delegation)}` }),
      el('time', { datetime: entry.at }, time.format(new Date(entry.at))),
      ' ',
      el('strong', { class: 'who' }, entry.delegation),
      ' ',
      el('span', { class: 'what' }, entryText(entry)),
      ...entryDetails(entry).map((line) => el('span', { class: 'detail' }, line)),
    )
  }

  private filters(): HTMLElement {
    const delegations = [...new Set(this.entries.flatMap(entryDelegations))].sort((a, b) =>
      a.localeCompare(b),
    )
    // Each paragraph by its latest name: numbers change, the stable id does not.
    const paragraphs = new Map<string, string>()
    for (const e of this.entries) if (e.clause && e.label) paragraphs.set(e.clause, labelText(e.label))
    const select = (name: 'delegation' | 'clause', label: string, options: [string, string][]) =>
      el(
        'label',
        { class: 'filter' },
        label,
        el(
          'select',
          {
            name,
            onchange: (event: Event) => {
              const value = (event.target as HTMLSelectElement).value
              this.filter = { ...this.filter, [name]: value || undefined }
              this.render()
            },
          },
          el('option', { value: '' }, t('history.all')),
          ...options.map(([value, text]) =>
            el('option', { value, selected: this.filter[name] === value }, text),
          ),
        ),
      )
    return el(
      'div',
      { class: 'filters' },
      select(
        'delegation',
        t('history.delegation'),
        delegations.map((d) => [d, d]),
      ),
      select(
        'clause',
        t('history.paragraph'),
        [...paragraphs].sort((a, b) => a[1].localeCompare(b[1], undefined, { numeric: true })),
      ),
    )
  }

  private downloadButton(format: 'csv' | 'json', text: string): HTMLElement {
    return el(
      'button',
      {
        type: 'button',
        'data-format': format,
        onclick: () => {
          const { token, draftId } = this.options
          download(token, historyPath(draftId, format, this.filter), `${draftId}-history.${format}`).catch(
            (e) => {
              this.error = (e as Error).message
              this.render()
            },
          )
        },
      },
      text,
    )
  }
}
