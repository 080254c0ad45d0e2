import { StatusIndicator } from '../collab/status-indicator.ts'
import { onUILanguage, t } from '../i18n/i18n.ts'
import { Banner } from '../view/banner.ts'
import { Drawer } from '../view/drawer.ts'
import { el } from '../view/element.ts'
import { languageSwitch } from '../view/language-switch.ts'

/** The frame of the draft page, and the places in it that its parts fill. */
export interface DraftLayout {
  banner: Banner
  status: StatusIndicator
  /** The column of the document: the toolbar goes at its top, above the sheet. */
  desk: HTMLElement
  /** Where the editor draws the document. */
  host: HTMLElement
  /** Where the editor draws the footnotes, below the document. */
  notes: HTMLElement
  /** The column beside the document: the panels. */
  side: HTMLElement
  /** The side column as a drawer on a narrow screen, and its button in the top bar. */
  drawer: Drawer
  /** The controls of the top bar: the view switch, the export menu. */
  tools: HTMLElement
}

/** Draws the frame of the draft page into `#app`: the top bar, the messages, the sheet and the side column. */
export function draftLayout(): DraftLayout {
  const host = el('div', { class: 'editor-host' })
  const notes = el('section', { class: 'footnotes', hidden: true, 'aria-label': t('footnote.notes') })
  onUILanguage(() => notes.setAttribute('aria-label', t('footnote.notes')))
  const desk = el('main', { class: 'desk' }, el('article', { class: 'sheet' }, host, notes))
  const side = el('div', { class: 'side' })
  const layout: DraftLayout = {
    banner: new Banner(),
    status: new StatusIndicator(),
    desk,
    host,
    notes,
    side,
    drawer: new Drawer(side),
    tools: el('div', { class: 'tools' }),
  }
  const root = document.getElementById('app') ?? document.body
  root.replaceChildren(
    el(
      'header',
      { class: 'topbar' },
      el('a', { class: 'brand', href: '/' }, t('app.name')),
      // The draft's symbol or title, in its own direction within the interface's.
      el('span', { class: 'doc-name', dir: 'auto' }),
      layout.status.dom,
      layout.drawer.toggle,
      layout.tools,
      languageSwitch(),
    ),
    layout.banner.dom,
    el('div', { class: 'workspace' }, desk, layout.side),
  )
  return layout
}

/** Names the tab and the top bar after the draft: its symbol, else its title, else its id. */
export function nameThePage(layout: DraftLayout, draftId: string): void {
  const text = (selector: string) => layout.host.querySelector(selector)?.textContent?.trim()
  const name = text('.field-symbol') || text('.res-title') || draftId
  document.title = `${name} · ${t('app.name')}`
  document.querySelector('.doc-name')!.textContent = name
}
