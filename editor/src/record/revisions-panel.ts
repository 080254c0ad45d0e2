import type { RevisionJSON, Role } from '../../../schema/index.ts'
import { t, uiLanguage } from '../i18n/i18n.ts'
import { el } from '../view/element.ts'
import { issueRevision } from './record-api.ts'
import type { RevisionList } from './revision-list.ts'
import { revisionPagePath } from './revision-path.ts'

/** What the revisions panel needs from the page. */
export interface RevisionsPanelOptions {
  token: string
  draftId: string
  role: Role
  revisions: RevisionList
  /** Drawn under the list for the facilitator: the oral revision control. */
  extra?: HTMLElement
}

/**
 * The draft's revisions, each with its date, symbol and note and a link to open it read-only; for the
 * facilitator, "Issue revision" with a note (the symbol then moves on to "…/Rev.N" for everyone). Loaded when
 * the panel is opened.
 */
export class RevisionsPanel {
  readonly dom = el('section', { class: 'record-panel revisions-panel' })
  private readonly details = el('details', {})
  private message = ''
  private busy = false
  private readonly note = el('textarea', { name: 'note', rows: 2 })

  constructor(private readonly options: RevisionsPanelOptions) {
    this.dom.append(this.details)
    this.details.addEventListener('toggle', () => {
      if (this.details.open) void options.revisions.load()
    })
    options.revisions.onChange(() => this.render())
    this.render()
  }

  /** Redraws the panel in the current interface language. */
  render(): void {
    const { revisions, role } = this.options
    const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' })
    const items = revisions.revisions
    this.note.placeholder = t('revisions.note')
    this.note.setAttribute('aria-label', t('revisions.note'))
    this.details.replaceChildren(
      el(
        'summary',
        {},
        el(
          'h2',
          {},
          t('revisions.title'),
          el('span', { class: 'count' }, items.length ? ` (${items.length})` : ''),
        ),
      ),
      revisions.failure ? el('p', { class: 'error' }, revisions.failure) : '',
      items.length === 0
        ? el('p', { class: 'empty' }, t('revisions.none'))
        : el('ol', { class: 'revisions' }, ...items.map((r) => this.item(r, date))),
      role === 'chair' ? this.issueForm() : '',
      this.message ? el('p', { class: 'message', role: 'status' }, this.message) : '',
      this.options.extra ?? '',
    )
  }

  private item(r: RevisionJSON, date: Intl.DateTimeFormat): HTMLElement {
    return el(
      'li',
      { 'data-revision': r.revision },
      el(
        'a',
        { href: revisionPagePath(this.options.draftId, r.revision), class: 'open' },
        t('revisions.item', { n: r.revision }),
      ),
      ' ',
      el('span', { class: 'symbol' }, r.symbol),
      el('span', { class: 'date', title: t('revisions.by', { by: r.by }) }, date.format(new Date(r.date))),
      r.note ? el('span', { class: 'note' }, r.note) : '',
    )
  }

  private issueForm(): HTMLElement {
    return el(
      'form',
      {
        class: 'issue',
        onsubmit: (event: Event) => {
          event.preventDefault()
          void this.issue()
        },
      },
      this.note,
      el(
        'button',
        { type: 'submit', class: 'primary', disabled: this.busy },
        t(this.busy ? 'revisions.issuing' : 'revisions.issue'),
      ),
    )
  }

  private async issue(): Promise<void> {
    if (this.busy) return
    this.busy = true
    this.render()
    try {
      const r = await issueRevision(this.options.token, this.options.draftId, this.note.value)
      this.note.value = ''
      this.message = t('revisions.issued', { n: r.revision, symbol: r.symbol ? ` (${r.symbol})` : '' })
    } catch (e) {
      this.message = (e as Error).message
    } finally {
      this.busy = false
    }
    await this.options.revisions.load()
  }
}
