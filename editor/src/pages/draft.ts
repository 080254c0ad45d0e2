import { EditorState, type Plugin, type Transaction } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import {
  initProseMirrorDoc,
  redoCommand,
  undoCommand,
  yCursorPlugin,
  ySyncPlugin,
  ySyncPluginKey,
  yUndoPlugin,
  yUndoPluginKey,
  yXmlFragmentToProsemirrorJSON,
} from 'y-prosemirror'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  type AmendmentStatus,
  type AwarenessUser,
  isRole,
  type Role,
  SHARED,
  type StatusOf,
  schema,
} from '../../../schema/index.ts'
import { AmendmentActions } from '../amendments/actions.ts'
import { amendmentsKey, refreshAmendments } from '../amendments/decorations.ts'
import { amendmentMarkViews } from '../amendments/marks-view.ts'
import { AmendmentsPanel } from '../amendments/panel.ts'
import { delegationsOf, mayChangePanel, type Viewer } from '../amendments/panel-model.ts'
import { showAmendment } from '../amendments/show.ts'
import { SponsorsPanel } from '../amendments/sponsors-panel.ts'
import { clearUndoWhenDecided } from '../amendments/undo-reset.ts'
import type { ViewMode } from '../amendments/view-mode.ts'
import { ViewSwitch } from '../amendments/view-switch.ts'
import { api } from '../api/client.ts'
import { closeOutcome } from '../collab/close-codes.ts'
import { connect } from '../collab/connection.ts'
import { foreignDoc } from '../collab/foreign-doc.ts'
import { type DraftMeta, followMeta, knowsSchemaVersion, readMeta } from '../collab/meta.ts'
import { colorFor, cursorBuilder, selectionBuilder } from '../collab/presence.ts'
import { type RecoveredPart, recoveredLine } from '../collab/recover.ts'
import { keptRecovered, recoveredLately } from '../collab/recovered-store.ts'
import { recoveredMessage, startOver } from '../collab/recovery.ts'
import { othersOnly } from '../collab/remote-awareness.ts'
import { SaveTracker } from '../collab/status.ts'
import { editorPlugins } from '../editor.ts'
import { onUILanguage, t } from '../i18n/i18n.ts'
import { directionPlugin } from '../plugins/direction.ts'
import { notesPlugin } from '../plugins/footnotes.ts'
import { relint } from '../plugins/lint.ts'
import { numberingPlugin, renumber } from '../plugins/numbering.ts'
import { pastePlugin } from '../plugins/paste.ts'
import { placeholderKey } from '../plugins/placeholder.ts'
import { printStylePlugin } from '../plugins/print-style.ts'
import { type ReadOnlyState, readOnlyKey, readOnlyPlugin } from '../plugins/readonly.ts'
import { draftIdFromPath, takeToken } from '../session/token.ts'
import { type AmendmentStore, suggestionPlugin, withSuggestions, yMapStore } from '../suggestion/index.ts'
import { Banner } from '../view/banner.ts'
import { el } from '../view/element.ts'
import { exportMenu } from '../view/export-menu.ts'
import { languageSwitch } from '../view/language-switch.ts'
import { PeoplePanel } from '../view/people-panel.ts'
import { StatusIndicator } from '../view/status-indicator.ts'
import { Toolbar } from '../view/toolbar.ts'

/** What GET /api/drafts/ID/me answers: who the token speaks for. */
interface Me {
  delegation: string
  role: Role
  /** The draft's id. */
  draft: string
}

/** The parts of the draft page that hold state. */
interface Page {
  banner: Banner
  status: StatusIndicator
  toolbar: Toolbar
  host: HTMLElement
  notes: HTMLElement
  side: HTMLElement
  tools: HTMLElement
  view: EditorView | null
}

function layout(): Page {
  const banner = new Banner()
  const status = new StatusIndicator()
  // The toolbar asks for the view lazily: there is none until the first sync.
  let view: EditorView | null = null
  const page: Page = {
    banner,
    status,
    toolbar: new Toolbar(() => view),
    host: el('div', { class: 'editor-host' }),
    notes: el('section', { class: 'footnotes', hidden: true, 'aria-label': t('footnote.notes') }),
    side: el('div', { class: 'side' }),
    tools: el('div', { class: 'tools' }),
    get view() {
      return view
    },
    set view(v) {
      view = v
    },
  }
  const root = document.getElementById('app') ?? document.body
  root.replaceChildren(
    el(
      'header',
      { class: 'topbar' },
      el('a', { class: 'brand', href: '/' }, t('app.name')),
      el('span', { class: 'doc-name' }),
      status.dom,
      page.tools,
      languageSwitch(),
    ),
    banner.dom,
    el(
      'div',
      { class: 'workspace' },
      el(
        'main',
        { class: 'desk' },
        page.toolbar.dom,
        el('article', { class: 'sheet' }, page.host, page.notes),
      ),
      page.side,
    ),
  )
  return page
}

/** Why the delegate may not edit, before any connection: by role. Null for a facilitator or a delegation. */
function roleReadOnly(role: Role): ReadOnlyState | null {
  if (role !== 'observer') return null
  return { readOnly: true, reason: role }
}

/** The amendment side of the page: records, suggestion mode, actions, panels, the view switch. */
interface Amending {
  store: AmendmentStore
  /** The status of each amendment, kept from the `amendments` map. */
  statusOf: () => StatusOf
  /** Whether this delegate's edits are proposals now: always for a delegation, by switch for the chair. */
  suggesting: { on: boolean }
  panel: AmendmentsPanel
  viewSwitch: ViewSwitch
}

/**
 * Sets up what the page needs for amendments (DESIGN.md section 5): the records of the `amendments` map and
 * their statuses, suggestion mode (always on for a delegation, the facilitator's "Suggest changes" switch for
 * her), the panel with its actions, the co-sponsors, the view switch; and keeps them in step with the map.
 */
function setUpAmending(page: Page, ydoc: Y.Doc, me: Me): Amending {
  const store = yMapStore(ydoc)
  let statuses = new Map<string, AmendmentStatus>()
  const readStatuses = () => {
    statuses = new Map([...store.values()].map((r) => [r.id, r.status]))
  }
  readStatuses()
  const viewer: Viewer = { delegation: me.delegation, role: me.role }
  const suggesting = { on: me.role === 'delegate' }
  if (me.role !== 'observer') {
    const toolbar = new Toolbar(
      () => page.view,
      me.role === 'chair'
        ? {
            on: () => suggesting.on,
            set: (on) => {
              suggesting.on = on
            },
          }
        : { on: () => true },
    )
    page.toolbar.dom.replaceWith(toolbar.dom)
    page.toolbar = toolbar
  }
  const actions = new AmendmentActions({
    target: () => page.view,
    ydoc,
    store,
    delegation: me.delegation,
    role: me.role,
  })
  const viewSwitch = new ViewSwitch(
    () => page.view,
    (mode: ViewMode) => {
      if (mode === 'clean') page.banner.show('view', { key: 'view.cleanNote', tone: 'info' })
      else page.banner.hide('view')
      page.toolbar.update()
    },
  )
  const panel = new AmendmentsPanel({
    view: () => page.view,
    ydoc,
    store,
    viewer,
    actions,
    show: (id) => {
      const view = page.view
      const tr = view && showAmendment(view.state, id)
      if (!view || !tr) return
      view.dispatch(tr)
      view.focus()
    },
    report: (key, vars) =>
      page.banner.show('amend', { key, ...(vars ? { vars } : {}), tone: 'warning', dismissible: true }),
  })
  const sponsors = new SponsorsPanel(ydoc, viewer)
  page.side.prepend(panel.dom, sponsors.dom)
  page.tools.prepend(viewSwitch.dom)
  ydoc.getMap(SHARED.amendments).observeDeep(() => {
    readStatuses()
    // After the Yjs transaction that wrote the records has ended and the editor has taken its text changes.
    queueMicrotask(() => {
      const view = page.view
      if (view) view.dispatch(renumber(refreshAmendments(view.state.tr)))
    })
  })
  onUILanguage(() => {
    panel.render()
    sponsors.render()
    viewSwitch.render()
    const view = page.view
    if (view) {
      view.setProps({ markViews: amendmentMarkViews() })
      view.dispatch(refreshAmendments(view.state.tr))
    }
  })
  return { store, statusOf: () => (id) => statuses.get(id), suggesting, panel, viewSwitch }
}

/**
 * The draft page, `/d/ID#token=...`: takes the token from the address, asks the server who it speaks for,
 * connects the draft's Y.Doc, and once the first sync is in, shows the document bound to it with
 * y-prosemirror: editable for a facilitator, in suggestion mode for a delegation, read-only for an observer or
 * when the schema version is unknown; beside it the amendments panel and the co-sponsors.
 */
export async function startDraftPage(): Promise<void> {
  const page = layout()
  const draftId = draftIdFromPath(location.pathname)
  const token = draftId ? takeToken(draftId) : null
  if (!draftId || !token) {
    page.banner.show('token', { key: 'error.noToken', tone: 'error' })
    return
  }
  let me: Me
  try {
    me = await api<Me>(token, `/api/drafts/${encodeURIComponent(draftId)}/me`)
    if (!isRole(me.role) || typeof me.delegation !== 'string') throw new Error('the server sent no role')
  } catch (e) {
    const status = (e as { status?: number }).status
    if (status === 401 || status === 403) page.banner.show('load', { key: 'close.4401', tone: 'error' })
    else
      page.banner.show('load', { key: 'error.load', vars: { message: (e as Error).message }, tone: 'error' })
    return
  }

  const user: AwarenessUser = { delegation: me.delegation, role: me.role, color: colorFor(me.delegation) }
  const ydoc = new Y.Doc({ gc: false })
  const provider = connect(draftId, token, ydoc, user)
  const tracker = new SaveTracker(provider, ydoc, (s) => page.status.set(s))
  const amending = setUpAmending(page, ydoc, me)
  page.tools.append(
    exportMenu({
      token,
      draftId,
      delegation: me.delegation,
      role: me.role,
      delegations: () => delegationsOf(amending.store.values()),
    }),
  )
  const people = new PeoplePanel(provider.awareness)
  page.side.append(people.dom)
  onUILanguage(() => {
    page.banner.render()
    page.status.render()
    page.toolbar.render()
    people.render()
    if (page.view) {
      page.view.dispatch(page.view.state.tr.setMeta(placeholderKey, true))
      // Lint problems are drawn with their text in the interface language.
      page.view.dispatch(relint(page.view.state))
    }
  })
  provider.on('connection-close', (event) => {
    const outcome = event ? closeOutcome(event.code) : null
    if (!outcome) return
    // The page stops and asks for a reload; with the words a recovery kept but could not carry over, if any.
    const stop = (kept: readonly RecoveredPart[] = []) => {
      page.banner.show('close', {
        key: outcome.message,
        vars: { code: event!.code },
        tone: outcome.terminal ? 'error' : 'warning',
        reload: outcome.terminal,
        dismissible: !outcome.terminal,
        ...(kept.length > 0 ? { items: () => kept.map(recoveredLine), copy: true } : {}),
      })
      if (outcome.terminal) tracker.stop()
      if (outcome.readOnly && page.view) {
        page.view.dispatch(page.view.state.tr.setMeta(readOnlyKey, { readOnly: true, reason: 'closed' }))
      }
    }
    const view = page.view
    // A second refusal soon after a recovery stops as above: a change refused over and over must not loop.
    if (!outcome.recoverable || !view || me.role === 'observer' || recoveredLately(draftId)) {
      stop()
      return
    }
    // A race refused the change: start over from the server's text, keeping the delegate's words.
    tracker.stop()
    view.dispatch(view.state.tr.setMeta(readOnlyKey, { readOnly: true, reason: 'closed' }))
    page.banner.show('close', { key: 'recover.working', tone: 'info' })
    startOver(draftId, token, ydoc, amending.statusOf()).then(
      (unkept) => {
        if (unkept) stop(unkept)
      },
      () => stop(),
    )
  })
  provider.on('sync', (synced) => {
    if (synced) page.banner.hide('close')
  })

  await firstSync(provider)
  const meta = readMeta(ydoc)
  if (!knowsSchemaVersion(meta.schemaVersion)) {
    page.banner.show('schema', {
      key: 'readonly.schema',
      vars: { version: String(meta.schemaVersion ?? '?') },
      tone: 'warning',
    })
    page.view = showForeign(page, ydoc)
    nameThePage(page, draftId)
    return
  }
  const readOnly = roleReadOnly(me.role)
  if (readOnly) page.banner.show('role', { key: 'readonly.observer', tone: 'info' })
  const view = showEditor(page, ydoc, provider, meta, readOnly, me, amending)
  page.view = view
  // Undoing the typing of an amendment once decided would change agreed text (or bring back a rejected one).
  clearUndoWhenDecided(ydoc, me.delegation, () => yUndoPluginKey.getState(view.state)?.undoManager.clear())
  amending.panel.render()
  amending.viewSwitch.update()
  nameThePage(page, draftId)
  // The words a recovery kept from the page before this one (see startOver), until the delegate dismisses them.
  const recovered = keptRecovered(draftId)
  if (recovered) page.banner.show('recovered', recoveredMessage(draftId, recovered))
}

/** Names the tab and the top bar after the draft: its symbol, else its title, else its id. */
function nameThePage(page: Page, draftId: string): void {
  const text = (selector: string) => page.host.querySelector(selector)?.textContent?.trim()
  const name = text('.field-symbol') || text('.res-title') || draftId
  document.title = `${name} · ${t('app.name')}`
  document.querySelector('.doc-name')!.textContent = name
}

/** Resolves once the provider has synced with the server for the first time. */
function firstSync(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve) => {
    const done = (synced: boolean) => {
      if (!synced) return
      provider.off('sync', done)
      resolve()
    }
    provider.on('sync', done)
  })
}

/**
 * The editor bound to the draft's shared fragment. For a facilitator and a delegation, suggestion mode wraps
 * the dispatch: a delegation's edits (and the facilitator's, with "Suggest changes" on) become proposals, their
 * marks and records written as one Yjs transaction.
 */
function showEditor(
  page: Page,
  ydoc: Y.Doc,
  provider: WebsocketProvider,
  meta: DraftMeta,
  readOnly: ReadOnlyState | null,
  me: Me,
  amending: Amending,
): EditorView {
  const fragment = ydoc.getXmlFragment(SHARED.document)
  // Build the first document straight from the fragment (and hand its mapping to the sync plugin), with the
  // language and organ of the `meta` map on the top node, which y-prosemirror leaves alone afterwards.
  const { doc, mapping } = initProseMirrorDoc(fragment, schema)
  const start = schema.topNodeType.create({ lang: meta.lang, organ: meta.organ }, doc.content)
  const suggestion: Plugin[] =
    me.role === 'observer'
      ? []
      : [
          suggestionPlugin({
            delegation: me.delegation,
            enabled: () => amending.suggesting.on,
            store: amending.store,
            transact: (write) => ydoc.transact(write, ySyncPluginKey),
          }),
        ]
  const state = EditorState.create({
    doc: start,
    plugins: [
      ...suggestion,
      ...editorPlugins({
        ...(readOnly ? { readOnly } : {}),
        statusOf: amending.statusOf,
        onPickAmendment: (id) => amending.panel.pick(id),
        notes: page.notes,
        paste: pastePlugin({
          onWarnings: (warnings) =>
            page.banner.show('paste', {
              key: 'paste.warnings',
              vars: { count: warnings.length, first: warnings[0]!.message },
              tone: 'info',
              dismissible: true,
            }),
        }),
      }),
      printStylePlugin(page.notes),
      ySyncPlugin(fragment, { mapping }),
      yCursorPlugin(othersOnly(provider.awareness), { cursorBuilder, selectionBuilder }),
      yUndoPlugin({ protectedNodes: new Set(['para']) }),
    ],
  })
  const apply = function (this: EditorView, tr: Transaction) {
    this.updateState(this.state.apply(tr))
    page.toolbar.update()
    amending.viewSwitch.update()
    if (mayChangePanel(tr, amendmentsKey.getState(this.state)?.touches ?? new Map()))
      amending.panel.schedule()
  }
  const view = new EditorView(page.host, {
    state,
    markViews: amendmentMarkViews(),
    dispatchTransaction: me.role === 'observer' ? apply : withSuggestions(apply),
  })
  view.dom.addEventListener('penholder:undo', () => undoCommand(view.state, view.dispatch))
  view.dom.addEventListener('penholder:redo', () => redoCommand(view.state, view.dispatch))
  followMeta(view, ydoc)
  page.toolbar.update()
  if (!readOnly) view.focus()
  return view
}

/** A read-only view of a draft of another schema version, redrawn as the shared fragment changes. */
function showForeign(page: Page, ydoc: Y.Doc): EditorView {
  const fragment = ydoc.getXmlFragment(SHARED.document)
  const make = () => foreignDoc(yXmlFragmentToProsemirrorJSON(fragment), readMeta(ydoc))
  const view = new EditorView(page.host, {
    state: EditorState.create({
      doc: make(),
      plugins: [
        readOnlyPlugin({ readOnly: true, reason: 'schema' }),
        numberingPlugin(),
        directionPlugin(),
        notesPlugin(page.notes),
        printStylePlugin(page.notes),
      ],
    }),
  })
  fragment.observeDeep(() =>
    view.updateState(EditorState.create({ doc: make(), plugins: view.state.plugins })),
  )
  page.toolbar.update()
  return view
}
