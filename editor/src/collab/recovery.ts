import * as Y from 'yjs'
import type { StatusOf } from '../../../schema/index.ts'
import type { Banner, BannerMessage } from '../view/banner.ts'
import type { LocalCopy } from './local-copy.ts'
import { type RecoveredPart, recoveredLine, recoverRefused } from './recover.ts'
import { forgetRecovered, keepRecovered, keptRecovered } from './recovered-store.ts'
import { fetchServerCopy } from './server-copy.ts'

/** What {@link startOver} may be told besides the page's draft. */
export interface StartOverOptions {
  /** The statuses of the amendments as this page knew them, to number paragraphs as its editor did. */
  statusOf?: StatusOf
  /** This browser's Yjs clients: this page's, and those of earlier pages whose changes it sent (see `UnsentLedger`). */
  own?: Iterable<number>
  /** The browser's copy of the draft, replaced by the server's text so that the next page does not send it again. */
  localCopy?: LocalCopy | null
}

/**
 * Starts the draft page over after the server refused one of its changes in a race (close codes marked
 * `recoverable`): fetches the server's current text, keeps what this browser holds that the server did not take
 * (see `recoverRefused`) for the next page in this tab, replaces the local copy with the server's text, and
 * reloads, so that every part of the page (editor, amendments, sponsors, people, undo history) is built afresh
 * on the server's text; the page that loads shows the kept words with {@link recoveredMessage}. Resolves to null
 * as the page reloads, or to the parts when storage refuses to keep them (the page must then show them where it
 * is). Rejects when the server's text cannot be fetched (the invitation expired meanwhile).
 */
export async function startOver(
  draftId: string,
  token: string,
  local: Y.Doc,
  options: StartOverOptions = {},
): Promise<RecoveredPart[] | null> {
  const copy = await fetchServerCopy(draftId, token)
  let parts: RecoveredPart[]
  let state: Uint8Array
  try {
    parts = recoverRefused(local, copy, options.statusOf, options.own)
    state = Y.encodeStateAsUpdate(copy)
  } finally {
    copy.destroy()
  }
  if (!keepRecovered(draftId, parts)) return parts
  // Replaced, not deleted: the next page opens from it should the network drop again before it syncs.
  await options.localCopy?.replace(state).catch(() => options.localCopy?.discard())
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
