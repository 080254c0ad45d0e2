// The facilitator's archive and delete controls of a draft on the home page (issue 16).
import { api } from '../api/client.ts'
import { t } from '../i18n/i18n.ts'
import { busyWhile } from '../view/busy.ts'
import { el } from '../view/element.ts'
import { type DraftSummary, note } from './home-parts.ts'

/** The drafts as the home page lists them: open ones first, archived ones apart. */
export function splitArchived(items: DraftSummary[]): { open: DraftSummary[]; archived: DraftSummary[] } {
  return { open: items.filter((d) => !d.archived), archived: items.filter((d) => Boolean(d.archived)) }
}

/**
 * The buttons that archive (or open again) and delete a draft. Delete asks first, in a modal `<dialog>` naming the
 * draft and what goes with it; `done` redraws the list after a change, `message` shows a failure.
 */
export function archiveControls(
  token: string,
  draft: DraftSummary,
  message: HTMLElement,
  done: () => Promise<void>,
): HTMLElement[] {
  const path = `/api/drafts/${encodeURIComponent(draft.id)}`
  const name = draft.title || draft.id
  const act = async (button: HTMLButtonElement, request: () => Promise<unknown>) => {
    try {
      await busyWhile(message, [button], request)
      await done()
    } catch (e) {
      message.replaceChildren(note((e as Error).message, 'error'))
    }
  }
  const archive: HTMLButtonElement = el(
    'button',
    {
      type: 'button',
      class: 'archive',
      onclick: () =>
        void act(archive, () =>
          api(token, `${path}/${draft.archived ? 'unarchive' : 'archive'}`, { method: 'POST' }),
        ),
    },
    draft.archived ? t('home.archive.unarchive') : t('home.archive.archive'),
  )
  const remove: HTMLButtonElement = el(
    'button',
    {
      type: 'button',
      class: 'danger delete',
      onclick: () => confirmDelete(name, () => act(remove, () => api(token, path, { method: 'DELETE' }))),
    },
    t('home.archive.delete'),
  )
  return [archive, remove]
}

/** Asks in a modal dialog whether to delete the draft named `name`; `yes` runs only on the explicit answer. */
function confirmDelete(name: string, yes: () => Promise<void>): void {
  const dialog: HTMLDialogElement = el(
    'dialog',
    { class: 'confirm-dialog', 'aria-labelledby': 'confirm-delete-title' },
    el('h2', { id: 'confirm-delete-title' }, t('home.archive.confirmTitle', { title: name })),
    el('p', {}, t('home.archive.confirmText')),
    el(
      'form',
      { method: 'dialog', class: 'dialog-actions' },
      // The safe answer first, and focused: Enter or Escape keeps the draft.
      el('button', { type: 'submit', value: 'cancel', autofocus: true }, t('home.archive.cancel')),
      el('button', { type: 'submit', value: 'delete', class: 'danger' }, t('home.archive.confirmDelete')),
    ),
  )
  dialog.addEventListener('close', () => {
    dialog.remove()
    if (dialog.returnValue === 'delete') void yes()
  })
  document.body.append(dialog)
  dialog.showModal()
}
