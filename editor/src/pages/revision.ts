import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import type { AmendmentRecord } from '../../../schema/index.ts'
import { docFromJSON } from '../../../schema/index.ts'
import { onUILanguage, t, uiLanguage } from '../i18n/i18n.ts'
import { followUILanguage } from '../i18n/page-direction.ts'
import { directionPlugin } from '../plugins/direction.ts'
import { notesPlugin } from '../plugins/footnotes.ts'
import { numberingPlugin } from '../plugins/numbering.ts'
import { printStylePlugin } from '../plugins/print-style.ts'
import { readOnlyPlugin } from '../plugins/readonly.ts'
import { type OpenedRevision, openRevision, revisionPath } from '../record/record-api.ts'
import { whoAmI, whoAmIFailure } from '../session/me.ts'
import { takeToken } from '../session/token.ts'
import { el } from '../view/element.ts'
import { exportMenu } from '../view/export-menu.ts'
import { draftLayout } from './draft-layout.ts'

/** The delegations whose amendments a revision holds, for its export menu. */
const delegationsOf = (records: unknown[]): string[] =>
  [
    ...new Set(records.map((r) => (r as AmendmentRecord).delegation).filter((d) => typeof d === 'string')),
  ].sort()

/**
 * The page of a past revision, `/d/ID/rev/N`: the draft as it was issued, read-only, with its date, symbol and
 * note, and the Export menu writing that revision in every format and view the draft exports to. The token is
 * the draft's, kept for the tab.
 */
export async function startRevisionPage(draftId: string, n: number): Promise<void> {
  followUILanguage()
  const layout = draftLayout()
  const token = takeToken(draftId)
  if (!token) {
    layout.banner.show('token', { key: 'error.noToken', tone: 'error' })
    return
  }
  layout.status.dom.remove()
  layout.banner.show('load', { key: 'revision.loading', tone: 'info' })
  let opened: OpenedRevision
  let me: Awaited<ReturnType<typeof whoAmI>>
  try {
    ;[me, opened] = await Promise.all([whoAmI(draftId, token), openRevision(token, draftId, n)])
  } catch (e) {
    const status = (e as { status?: number }).status
    layout.banner.show(
      'load',
      status === 401 || status === 403
        ? whoAmIFailure(e)
        : { key: 'revision.failed', vars: { message: (e as Error).message }, tone: 'error' },
    )
    return
  }
  layout.banner.hide('load')
  const doc = docFromJSON(opened.doc)
  new EditorView(layout.host, {
    state: EditorState.create({
      doc,
      plugins: [
        readOnlyPlugin({ readOnly: true, reason: 'revision' }),
        numberingPlugin(),
        directionPlugin(),
        notesPlugin(layout.notes),
        printStylePlugin(layout.notes),
      ],
    }),
  })
  const { revision } = opened
  const about = el('section', { class: 'record-panel revision-about' })
  const drawAbout = () => {
    const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long', timeStyle: 'short' })
    about.replaceChildren(
      el(
        'p',
        { class: 'revision-banner' },
        t('revision.banner', {
          n: revision.revision,
          symbol: revision.symbol ? ` (${revision.symbol})` : '',
          date: date.format(new Date(revision.date)),
          by: revision.by,
        }),
      ),
      revision.note ? el('p', { class: 'note' }, t('revision.note', { note: revision.note })) : '',
      el('a', { href: `/d/${encodeURIComponent(draftId)}`, class: 'back' }, t('revision.back')),
    )
  }
  drawAbout()
  layout.side.append(about)
  layout.tools.append(
    exportMenu({
      token,
      draftId,
      delegation: me.delegation,
      role: me.role,
      delegations: () => delegationsOf(opened.records),
      base: revisionPath(draftId, n),
    }),
  )
  const name = revision.symbol || `${draftId} Rev.${revision.revision}`
  document.title = `${name} · ${t('app.name')}`
  document.querySelector('.doc-name')!.textContent = name
  onUILanguage(() => {
    layout.banner.render()
    drawAbout()
  })
}
