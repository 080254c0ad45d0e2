import type * as Y from 'yjs'
import type { StatusOf } from '../../../schema/index.ts'
import type { Banner, BannerMessage } from '../view/banner.ts'
import { type RecoveredPart, recoveredLine, recoverRefused } from './recover.ts'
import { forgetRecovered, keepRecovered, keptRecovered } from './recovered-store.ts'
import { fetchServerCopy } from './server-copy.ts'

/**
 * Starts the draft page over after the server refused one of its changes in a race (close codes marked
 * `recoverable`): fetches the server's current text, keeps what this page holds that the server did not take
 * (see `recoverRefused`) for the next page in this tab, and reloads, so that every part of the page (editor,
 * amendments, sponsors, people, undo history) is built afresh on the server's text; the page that loads shows
 * the kept words with {@link recoveredMessage}. Resolves to null as the page reloads, or to the parts when
 * storage refuses to keep them (the page must then show them where it is). Rejects when the server's text
 * cannot be fetched (the invitation expired meanwhile).
 */
export async function startOver(
  draftId: string,
  token: string,
  local: Y.Doc,
  statusOf?: StatusOf,
): Promise<RecoveredPart[] | null> {
  const copy = await fetchServerCopy(draftId, token)
  let parts: RecoveredPart[]
  try {
    parts = recoverRefused(local, copy, statusOf)
  } finally {
    copy.destroy()
  }
  if (!keepRecovered(draftId, parts)) return parts
  location.reload()
  return null
}

/**
 * The banner that tells the delegate, after {@link startOver}, that the last change could not be kept because
 * the text changed meanwhile, with the kept words and a button to copy them; dismissing it forgets them.
 */
export function recoveredMessage(draftId: string, parts: readonly RecoveredPart[]): BannerMessage {
  return {
    key: parts.length > 0 ? 'recover.done' : 'recover.none',
    tone: 'warning',
    dismissible: true,
    items: () => parts.map(recoveredLine),
    copy: true,
    onDismiss: () => forgetRecovered(draftId),
  }
}

/** Shows the words a recovery kept from the page before this one (see {@link startOver}), if it kept any. */
export function showRecovered(banner: Banner, draftId: string): void {
  const recovered = keptRecovered(draftId)
  if (recovered) banner.show('recovered', recoveredMessage(draftId, recovered))
}
