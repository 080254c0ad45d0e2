import { api, download } from '../api/client.ts'
import { t } from '../i18n/i18n.ts'
import { el } from '../view/element.ts'
import { type CompareFormat, type CompareLayout, comparePath } from './record-api.ts'
import type { RevisionList } from './revision-list.ts'

/** What the compare panel needs from the page. */
export interface ComparePanelOptions {
  token: string
  draftId: string
  revisions: RevisionList
}

/** The extension of each download. */
const EXTENSIONS: Record<CompareFormat, string> = { html: 'html', docx: 'docx', json: 'json' }

/**
 * Compare two versions: a revision and a later one or the current text, shown inline or side by side (the
 * server's comparison page, in a dialog over the draft), or downloaded as HTML, Word with tracked changes, or
 * JSON.
 */
export class ComparePanel {
  readonly dom = el('section', { class: 'record-panel compare-panel' })
  private readonly details = el('details', {})
  private readonly from = el('select', { name: 'from' })
  private readonly to = el('select', { name: 'to' })
  private layout: CompareLayout = 'inline'
  private error = ''

  constructor(private readonly options: ComparePanelOptions) {
    this.dom.append(this.details)
    this.details.addEventListener('toggle', () => {
      if (this.details.open) void options.revisions.load()
    })
    options.revisions.onChange(() => this.render())
    this.render()
  }

  /** Redraws the panel in the current interface language, keeping the choices made. */
  render(): void {
    const revisions = this.options.revisions.revisions
    const keep = { from: this.from.value, to: this.to.value }
    const option = (value: string, text: string, selected: boolean) => el('option', { value, selected }, text)
    const name = (n: number) => `Rev.${n}`
    this.from.replaceChildren(
      ...revisions.map((r, i) =>
        option(
          String(r.revision),
          name(r.revision),
          keep.from ? keep.from === String(r.revision) : i === revisions.length - 1,
        ),
      ),
    )
    this.to.replaceChildren(
      ...revisions.map((r) => option(String(r.revision), name(r.revision), keep.to === String(r.revision))),
      option('current', t('compare.current'), !keep.to || keep.to === 'current'),
    )
    const layoutChoice = (value: CompareLayout, key: 'compare.layout.inline' | 'compare.layout.side') =>
      el(
        'label',
        {},
        el('input', {
          type: 'radio',
          name: 'compare-layout',
          value,
          checked: this.layout === value,
          onchange: () => {
            this.layout = value
          },
        }),
        t(key),
      )
    const body =
      revisions.length === 0
        ? [el('p', { class: 'empty' }, t('compare.needRevision'))]
        : [
            el(
              'div',
              { class: 'filters' },
              el('label', { class: 'filter' }, t('compare.from'), this.from),
              el('label', { class: 'filter' }, t('compare.to'), this.to),
            ),
            el(
              'div',
              { class: 'layout' },
              layoutChoice('inline', 'compare.layout.inline'),
              layoutChoice('side-by-side', 'compare.layout.side'),
            ),
            el(
              'div',
              { class: 'compare-tools' },
              el(
                'button',
                { type: 'button', class: 'primary show', onclick: () => void this.show() },
                t('compare.show'),
              ),
              t('compare.download'),
              ...(['html', 'docx', 'json'] as const).map((format) =>
                el(
                  'button',
                  { type: 'button', 'data-format': format, onclick: () => void this.download(format) },
                  format === 'docx' ? 'Word' : format.toUpperCase(),
                ),
              ),
            ),
          ]
    this.details.replaceChildren(
      el('summary', {}, el('h2', {}, t('compare.title'))),
      ...body,
      this.error ? el('p', { class: 'error' }, this.error) : '',
    )
  }

  /** The versions chosen: a revision number, and a later revision's or 'current'. */
  private chosen(): { from: number; to: number | 'current' } {
    return {
      from: Number(this.from.value),
      to: this.to.value === 'current' ? 'current' : Number(this.to.value),
    }
  }

  private async show(): Promise<void> {
    const { from, to } = this.chosen()
    const { token, draftId } = this.options
    try {
      const html = await api<string>(token, comparePath(draftId, from, to, 'html', this.layout))
      this.error = ''
      const toName = to === 'current' ? t('compare.current') : `Rev.${to}`
      const title = t('compare.dialog', { from: `Rev.${from}`, to: toName })
      const dialog = el(
        'dialog',
        { class: 'compare-dialog', 'aria-label': title },
        el(
          'div',
          { class: 'compare-head' },
          el('h2', {}, title),
          el('button', { type: 'button', class: 'close', onclick: () => dialog.close() }, t('compare.close')),
        ),
        el('iframe', { class: 'comparison', title, sandbox: '', srcdoc: html }),
      )
      dialog.addEventListener('close', () => dialog.remove())
      document.body.append(dialog)
      dialog.showModal()
    } catch (e) {
      this.error = (e as Error).message
    }
    this.render()
  }

  private async download(format: CompareFormat): Promise<void> {
    const { from, to } = this.chosen()
    const { token, draftId } = this.options
    try {
      await download(
        token,
        comparePath(draftId, from, to, format, this.layout),
        `${draftId}-rev${from}-${to}.${EXTENSIONS[format]}`,
      )
      this.error = ''
    } catch (e) {
      this.error = (e as Error).message
    }
    this.render()
  }
}
