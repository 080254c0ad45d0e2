import type { EditorView } from 'prosemirror-view'
import { setUpAmending } from '../amendments/amending.ts'
import { delegationsOf } from '../amendments/panel-model.ts'
import { followConnectionClose } from '../collab/connection-close.ts'
import { openSession } from '../collab/draft-session.ts'
import { endSession, invitationEndedFromCopy, watchInvitation } from '../collab/invitation.ts'
import { PeoplePanel } from '../collab/people-panel.ts'
import { showRecovered } from '../collab/recovery.ts'
import { relabelEditor } from '../draft-editor/plugins.ts'
import { showDraft } from '../draft-editor/show-draft.ts'
import { onUILanguage } from '../i18n/i18n.ts'
import { followUILanguage } from '../i18n/page-direction.ts'
import { setUpRecord } from '../record/record-side.ts'
import { identify } from '../session/identify.ts'
import { draftIdFromPath, takeToken } from '../session/token.ts'
import { setUpStanding } from '../standing/setup.ts'
import { exportMenu } from '../view/export-menu.ts'
import { Toolbar } from '../view/toolbar.ts'
import { setUpDraftKeys } from './draft-keys.ts'
import { draftLayout, nameThePage } from './draft-layout.ts'
import { markOpening } from './opening-marks.ts'

/**
 * The draft page, `/d/ID#token=...`: takes the token from the address, learns who it speaks for, opens the
 * draft's session (the local copy and the connection), and once the draft is there (the first sync, or the local
 * copy while the server cannot be reached), shows the document bound to it with y-prosemirror: editable for a
 * facilitator, in suggestion mode for a delegation, read-only for an observer or when the schema version is
 * unknown; beside it the amendments panel, where paragraphs stand, the comments and the co-sponsors. It composes
 * the parts and keeps none of their logic: the amendments (`amendments/amending.ts`), statuses, brackets,
 * alternatives and comments (`standing/setup.ts`), the session, the connection and what its closes do
 * (`collab/`), the editor (`draft-editor/`).
 */
export async function startDraftPage(): Promise<void> {
  markOpening('page')
  // Here rather than in the entry, which would otherwise wait for every interface language's strings.
  followUILanguage()
  const layout = draftLayout()
  const draftId = draftIdFromPath(location.pathname)
  const token = draftId ? takeToken(draftId) : null
  if (!draftId || !token) {
    layout.banner.show('token', { key: 'error.noToken', tone: 'error' })
    return
  }
  const who = await identify(draftId, token)
  if ('failure' in who) {
    // An invitation that ended: said once, with the words an earlier page left unsent, from this browser's copy
    // (not first without them and a moment later with them).
    const said = who.me
      ? await invitationEndedFromCopy(draftId, who.me).catch(() => who.failure)
      : who.failure
    layout.banner.show('load', said)
    return
  }
  const { me } = who
  markOpening('identified')

  // Every part asks for the editor lazily: there is none until the draft is there.
  let view: EditorView | null = null
  const editor = () => view
  const session = openSession({
    draftId,
    token,
    me,
    reachable: who.reachable,
    status: layout.status,
    banner: layout.banner,
  })
  const { ydoc, provider, tracker, ledger } = session
  const amending = setUpAmending({
    ydoc,
    viewer: { delegation: me.delegation, role: me.role },
    view: editor,
    banner: layout.banner,
    onViewMode: () => toolbar.update(),
  })
  const standing = setUpStanding({
    ydoc,
    viewer: { delegation: me.delegation, role: me.role },
    view: editor,
    token,
    draftId,
    banner: layout.banner,
  })
  const toolbar = new Toolbar(editor, amending.suggestion)
  const people = new PeoplePanel(provider.awareness)
  const record = setUpRecord({ token, draftId, role: me.role, view: editor })
  layout.desk.prepend(toolbar.dom)
  layout.side.append(
    amending.panel.dom,
    standing.panel.dom,
    standing.comments.dom,
    amending.sponsors.dom,
    ...record.panels,
    people.dom,
  )
  const keys = setUpDraftKeys({ panel: amending.panel, toolbar, viewSwitch: amending.viewSwitch })
  layout.tools.append(
    amending.viewSwitch.dom,
    exportMenu({
      token,
      draftId,
      delegation: me.delegation,
      role: me.role,
      delegations: () => delegationsOf(amending.store.values()),
    }),
    keys.button,
  )
  onUILanguage(() => {
    amending.relabel()
    record.relabel()
    standing.relabel()
    layout.banner.render()
    layout.status.render()
    layout.drawer.render()
    toolbar.render()
    people.render()
    keys.relabel()
    if (view) relabelEditor(view)
  })
  const sessionParts = { provider, tracker, ydoc, ledger, banner: layout.banner, view: editor }
  const ended = () => endSession({ ...sessionParts, statusOf: amending.statusOf }, me)
  followConnectionClose({
    ...sessionParts,
    draftId,
    token,
    mayRecover: me.role !== 'observer',
    statusOf: amending.statusOf,
    localCopy: session.localCopy,
    onInvitationEnded: ended,
  })
  watchInvitation(provider, draftId, token, me, ended)

  await session.opened
  markOpening('opened')
  const shown = showDraft({
    host: layout.host,
    notes: layout.notes,
    ydoc,
    awareness: provider.awareness,
    role: me.role,
    archived: me.archived,
    amending: { ...amending, plugins: [...amending.plugins, standing.plugin] },
    banner: layout.banner,
    onChange: () => {
      toolbar.update()
      standing.applied()
    },
  })
  view = shown.view
  markOpening('shown')
  if (shown.shared) {
    amending.start()
    standing.start()
  }
  nameThePage(layout, draftId)
  // The words a recovery kept from the page before this one, until the delegate dismisses them.
  if (shown.shared) showRecovered(layout.banner, draftId)
  // Once the draft is painted: the next opening decodes one update rather than every one stored so far.
  requestAnimationFrame(() => setTimeout(() => session.localCopy?.compact().catch(() => {})))
}
