import { delegationKey, ROLES, type Role } from '../../../schema/index.ts'
import { api } from '../api/client.ts'
import { languageName } from '../i18n/formats.ts'
import { onUILanguage, t, uiLanguage } from '../i18n/i18n.ts'
import { keepToken, takeToken, tokenFromHash } from '../session/token.ts'
import { directoryDatalist } from '../view/directory-list.ts'
import { el } from '../view/element.ts'
import { languageSwitch } from '../view/language-switch.ts'
import { archiveControls, splitArchived } from './home-archive.ts'
import { type DraftSummary, draftLink, note } from './home-parts.ts'
import { newDraftForm } from './new-draft-form.ts'

const SCOPE = 'home'

/** An invitation as GET /api/drafts/ID/invitations lists it. */
interface Invitation {
  id: string
  delegation: string
  role: Role
  expires?: string | null
  /** The link to send, while the invitation is active (null once revoked or expired). */
  link?: string | null
  /** When it was revoked, or null. */
  revoked?: string | null
}

const list = <T>(body: unknown, key: string): T[] =>
  Array.isArray(body) ? (body as T[]) : ((body as Record<string, T[]> | null)?.[key] ?? [])

const when = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === ''
    ? ''
    : new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(typeof value === 'number' && value < 1e12 ? value * 1000 : value),
      )

/**
 * The home page, `/`, for whoever holds a facilitator link: the drafts on this server with their invitation
 * links (create, copy, revoke), and a form to start a draft from a blank template or from a file, which the
 * server's importer reads and shows in a preview before the draft is created.
 */
export function startHomePage(): void {
  const root = document.getElementById('app') ?? document.body
  const render = () => {
    const token = takeToken(SCOPE)
    root.replaceChildren(
      el(
        'header',
        { class: 'topbar' },
        el('a', { class: 'brand', href: '/' }, t('app.name')),
        el('span', { class: 'doc-name' }, t('home.title')),
        languageSwitch(),
      ),
      el('main', { class: 'home' }, token ? dashboard(token) : askToken(render)),
    )
  }
  onUILanguage(render)
  render()
}

function askToken(done: () => void): HTMLElement {
  const input = el('input', { type: 'text', id: 'token', autocomplete: 'off', spellcheck: 'false' })
  return el(
    'form',
    {
      class: 'card',
      onsubmit: (event) => {
        event.preventDefault()
        const value = input.value.trim()
        const token = tokenFromHash(value.includes('#') ? value.slice(value.indexOf('#')) : `#token=${value}`)
        if (!token) return
        keepToken(SCOPE, token)
        done()
      },
    },
    el('p', {}, t('home.needToken')),
    el('label', { for: 'token' }, t('home.tokenLabel')),
    input,
    el('button', { type: 'submit' }, t('home.useToken')),
  )
}

function dashboard(token: string): HTMLElement {
  const drafts = el(
    'section',
    { class: 'card drafts' },
    el('h1', {}, t('home.title')),
    el('p', {}, t('home.intro')),
  )
  const table = el('div', { class: 'draft-list' })
  drafts.append(table)
  const refresh = async () => {
    try {
      const items = list<DraftSummary>(await api(token, '/api/drafts'), 'drafts')
      // Archived drafts are listed apart, under their own heading, after the open ones.
      const { open, archived } = splitArchived(items)
      table.replaceChildren(
        open.length ? draftTable(token, open, refresh) : el('p', { class: 'empty' }, t('home.empty')),
        ...(archived.length
          ? [
              el(
                'section',
                { class: 'archived-drafts', 'aria-labelledby': 'archived-title' },
                el('h2', { id: 'archived-title' }, t('home.archive.section')),
                draftTable(token, archived, refresh),
              ),
            ]
          : []),
      )
    } catch (e) {
      table.replaceChildren(note((e as Error).message, 'error'))
    }
  }
  void refresh()
  return el('div', { class: 'home-grid' }, drafts, newDraftForm(token, refresh))
}

function draftTable(token: string, items: DraftSummary[], refresh: () => Promise<void>): HTMLElement {
  return el(
    'table',
    {},
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, t('home.col.title')),
        el('th', {}, t('home.col.symbol')),
        el('th', {}, t('home.col.organ')),
        el('th', {}, t('home.col.lang')),
        el('th', {}, t('home.col.updated')),
        el('th', {}),
      ),
    ),
    ...items.map((draft) => {
      const invitations = el('td', { colspan: 6, class: 'invitations' })
      const message = el('div', { class: 'draft-message' })
      const row = el(
        'tbody',
        { 'data-draft': draft.id, 'data-archived': Boolean(draft.archived) },
        el(
          'tr',
          {},
          // A title in the draft's own language and direction, whatever the interface's.
          el('td', { class: 'title', lang: draft.lang, dir: 'auto' }, draft.title || draft.id),
          el('td', {}, draft.symbol ?? ''),
          el('td', {}, draft.organ ? t(`organ.${draft.organ}`) : ''),
          el('td', {}, draft.lang ? languageName(draft.lang) : ''),
          el('td', {}, when(draft.updated)),
          el(
            'td',
            {},
            el('a', { class: 'button', href: draftLink(draft.id, token) }, t('home.open')),
            ' ',
            el(
              'button',
              {
                type: 'button',
                class: 'invitations-toggle',
                onclick: () => void invitationPanel(token, draft.id, invitations),
              },
              t('home.invitations'),
            ),
            ' ',
            ...archiveControls(token, draft, message, refresh),
            message,
          ),
        ),
        el('tr', {}, invitations),
      )
      return row
    }),
  )
}

async function invitationPanel(token: string, draftId: string, target: HTMLElement): Promise<void> {
  const path = `/api/drafts/${encodeURIComponent(draftId)}/invitations`
  const links = el('ul', { class: 'links' })
  const message = el('div')
  const load = async () => {
    try {
      const items = list<Invitation>(await api(token, path), 'invitations')
      links.replaceChildren(
        ...(items.length
          ? items.map((inv) => invitationRow(token, path, inv, load))
          : [el('li', {}, t('home.inv.none'))]),
      )
    } catch (e) {
      message.replaceChildren(note((e as Error).message, 'error'))
    }
  }
  // The directory offered as a picker; any other name is taken too.
  const delegation = el('input', {
    type: 'text',
    required: true,
    id: `del-${draftId}`,
    list: `dir-${draftId}`,
    autocomplete: 'off',
  })
  const role = el(
    'select',
    {},
    ...ROLES.map((r) => el('option', { value: r, selected: r === 'delegate' }, t(`role.${r}`))),
  )
  const expires = el(
    'select',
    {},
    el('option', { value: 'never' }, t('home.inv.never')),
    ...[1, 7, 30, 90].map((d) =>
      el('option', { value: `${d}d`, selected: d === 30 }, t('home.inv.days', { count: d })),
    ),
  )
  const form = el(
    'form',
    {
      class: 'inline-form',
      onsubmit: async (event) => {
        event.preventDefault()
        try {
          const created = await api<Invitation>(token, path, {
            method: 'POST',
            // Under its directory key (its English short name), as the sponsor list keys it.
            body: { delegation: delegationKey(delegation.value), role: role.value, expires: expires.value },
          })
          message.replaceChildren(note(created.link ?? ''))
          delegation.value = ''
          await load()
        } catch (e) {
          message.replaceChildren(note((e as Error).message, 'error'))
        }
      },
    },
    el('label', { for: `del-${draftId}` }, t('home.inv.delegation')),
    delegation,
    directoryDatalist(`dir-${draftId}`, uiLanguage()),
    el('label', {}, t('home.inv.role'), role),
    el('label', {}, t('home.inv.expires'), expires),
    el('button', { type: 'submit' }, t('home.inv.create')),
  )
  target.replaceChildren(el('div', { class: 'invitation-panel' }, links, form, message))
  await load()
}

function invitationRow(
  token: string,
  path: string,
  inv: Invitation,
  reload: () => Promise<void>,
): HTMLElement {
  const id = inv.id
  const copy = el(
    'button',
    {
      type: 'button',
      disabled: !inv.link,
      onclick: async () => {
        await navigator.clipboard.writeText(inv.link!)
        copy.textContent = t('home.inv.copied')
      },
    },
    t('home.inv.copy'),
  )
  const revoke = el(
    'button',
    {
      type: 'button',
      class: 'danger',
      disabled: Boolean(inv.revoked),
      onclick: async () => {
        await api(token, `${path}/${encodeURIComponent(id)}`, { method: 'DELETE' })
        await reload()
      },
    },
    inv.revoked ? t('home.inv.revoked') : t('home.inv.revoke'),
  )
  return el(
    'li',
    { 'data-revoked': Boolean(inv.revoked) },
    el('strong', {}, inv.delegation),
    ` · ${t(`role.${inv.role}`)}`,
    inv.expires ? ` · ${t('home.inv.expires')} ${when(inv.expires)}` : '',
    inv.link ? el('input', { type: 'text', readonly: true, value: inv.link, class: 'link' }) : '',
    copy,
    revoke,
  )
}
