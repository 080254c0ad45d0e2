import type { Role } from '../../../schema/index.ts'
import { download } from '../api/client.ts'
import { onUILanguage, t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'
import { el } from './element.ts'

/** The formats the export API writes, in the order the menu offers them. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'md', 'txt', 'akn'] as const

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** What each format's button reads and the extension of its file. */
const FORMAT_FACTS: Record<ExportFormat, { button: string; extension: string }> = {
  docx: { button: 'Word', extension: 'docx' },
  pdf: { button: 'PDF', extension: 'pdf' },
  html: { button: 'HTML', extension: 'html' },
  md: { button: 'MD', extension: 'md' },
  txt: { button: 'TXT', extension: 'txt' },
  akn: { button: 'AKN', extension: 'xml' },
}

/**
 * What to export: the clean draft (pending proposals left out), the compilation text (every proposal shown and
 * attributed), or one delegation's amendments in their formal wording.
 */
export type ExportRequest =
  | { view: 'clean' | 'compilation'; format: ExportFormat }
  | { view: 'amendments'; format: ExportFormat; delegation: string }

/**
 * The export API's address for a request: `/api/drafts/ID/export?format=md&view=clean`; under another `base`
 * (a past revision's, `/api/drafts/ID/revisions/N`) that one's export.
 */
export function exportPath(
  draftId: string,
  request: ExportRequest,
  base = `/api/drafts/${encodeURIComponent(draftId)}`,
): string {
  const query = new URLSearchParams({ format: request.format, view: request.view })
  if (request.view === 'amendments') query.set('delegation', request.delegation)
  return `${base}/export?${query}`
}

/**
 * The name the downloaded file gets where the server does not name it: `ID-clean.md`, `ID-compilation.docx`,
 * `ID-amendments-France.xml` (Akoma Ntoso).
 */
export function exportFilename(draftId: string, request: ExportRequest): string {
  const parts = [draftId, request.view]
  if (request.view === 'amendments') parts.push(request.delegation)
  return `${parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_')}.${FORMAT_FACTS[request.format].extension}`
}

/** What the export menu needs from the page. */
export interface ExportMenuOptions {
  token: string
  draftId: string
  /** The token's delegation and role: a delegation exports its own amendments, others pick a delegation. */
  delegation: string
  role: Role
  /** The delegations that proposed amendments, read when the menu opens. */
  delegations: () => string[]
  /** What is exported when it is not the draft as it is now: a past revision's address (see `exportPath`). */
  base?: string
}

/**
 * The export menu: the clean draft and the compilation text, and amendments in their formal wording ("Our
 * amendments" for a delegation, "Amendments of…" a chosen delegation for the others), each as Word, PDF, HTML,
 * Markdown, plain text or Akoma Ntoso from the server's export API. While a file is being made (a PDF takes a
 * second) its button is busy and the others wait; an export that fails opens the menu again on the server's
 * reason, said in the page (never an `alert()`, which would freeze the page for every pending update).
 */
export function exportMenu(options: ExportMenuOptions): HTMLElement {
  const { token, draftId } = options
  let busy = false
  // The menu is made once for the page; its words are said again whenever the interface language changes.
  const words: (() => void)[] = []
  const say = <E extends HTMLElement>(element: E, key: StringKey, attribute?: string): E => {
    const write = () => {
      if (attribute) element.setAttribute(attribute, t(key))
      else element.textContent = t(key)
    }
    write()
    words.push(write)
    return element
  }
  onUILanguage(() => {
    for (const write of words) write()
  })
  const get = async (request: ExportRequest, button: HTMLButtonElement) => {
    busy = true
    button.setAttribute('aria-busy', 'true')
    menu.setAttribute('aria-busy', 'true')
    menu.classList.add('busy')
    problem.hidden = true
    try {
      await download(token, exportPath(draftId, request, options.base), exportFilename(draftId, request))
    } catch (e) {
      problem.textContent = t('error.request', { what: t('export.label'), message: (e as Error).message })
      problem.hidden = false
      menu.open = true
    } finally {
      menu.removeAttribute('aria-busy')
      busy = false
      button.removeAttribute('aria-busy')
      menu.classList.remove('busy')
    }
  }
  // Read out as soon as it is shown; it stays until the next export.
  const problem = el('p', { class: 'export-problem note error', role: 'alert', hidden: true })
  const formats = (request: (format: ExportFormat) => ExportRequest | null) =>
    el(
      'span',
      { class: 'formats' },
      ...EXPORT_FORMATS.map((format) =>
        say(
          el(
            'button',
            {
              type: 'button',
              'data-format': format,
              onclick: (event: Event) => {
                const r = request(format)
                if (!r || busy) return
                menu.open = false
                void get(r, event.currentTarget as HTMLButtonElement)
              },
            },
            FORMAT_FACTS[format].button,
          ),
          `export.${format}`,
          'title',
        ),
      ),
    )
  const row = (view: string, label: StringKey, ...rest: (HTMLElement | null)[]) =>
    el('div', { class: 'export-row', 'data-view': view }, say(el('span', { class: 'what' }), label), ...rest)
  const plain = (view: 'clean' | 'compilation', key: StringKey) =>
    row(
      view,
      key,
      formats((format) => ({ view, format })),
    )

  const pick = say(el('select', { name: 'delegation' }), 'export.pickDelegation', 'aria-label')
  const fillPick = () => {
    const current = pick.value
    pick.replaceChildren(
      ...options.delegations().map((d) => el('option', { value: d, selected: d === current }, d)),
    )
  }
  const amendments =
    options.role === 'delegate'
      ? row(
          'amendments',
          'export.ours',
          formats((format) => ({ view: 'amendments', format, delegation: options.delegation })),
        )
      : row(
          'amendments',
          'export.of',
          pick,
          formats((format) => (pick.value ? { view: 'amendments', format, delegation: pick.value } : null)),
        )
  const menu = el(
    'details',
    { class: 'export-menu' },
    say(el('summary'), 'export.label'),
    el(
      'div',
      { class: 'export-panel' },
      problem,
      plain('clean', 'export.clean'),
      plain('compilation', 'export.compilation'),
      amendments,
    ),
  )
  menu.addEventListener('toggle', () => {
    if (menu.open) fillPick()
  })
  // Like a menu, it closes when the delegate clicks elsewhere.
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false
  })
  return menu
}
