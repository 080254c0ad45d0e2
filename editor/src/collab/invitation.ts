import type { EditorView } from 'prosemirror-view'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { StatusOf } from '../../../schema/index.ts'
import { readOnlyKey } from '../plugins/readonly.ts'
import { hasExpired, isRefusedToken, type Me, whoAmI } from '../session/me.ts'
import type { BannerMessage } from '../view/banner.ts'
import { LocalCopy, localCopyName } from './local-copy.ts'
import { recoveredLine, unsentParts } from './recover.ts'
import type { SaveTracker } from './status.ts'
import { UnsentLedger } from './unsent.ts'

/**
 * How often, at most, a page whose connection keeps failing asks the server whether its invitation still holds
 * (ms): the server refuses the WebSocket of an expired or revoked token with an HTTP status the browser does not
 * show, so only the API can tell that apart from a network that is down.
 */
export const INVITATION_CHECK_MS = 30_000

/**
 * The message for a delegate whose invitation ended (`expired`: by its date; else refused by the server, expired
 * or revoked): ask the facilitator for a new link, with the words the server has not stored and a Copy button.
 * The words stay in this browser's local copy too: opening the new link sends them.
 */
export function invitationEndedMessage(
  ydoc: Y.Doc,
  ledger: UnsentLedger,
  statusOf: StatusOf | undefined,
  expired: boolean,
): BannerMessage {
  const parts = ledger.count > 0 ? unsentParts(ydoc, ledger.confirmed, statusOf) : []
  if (parts.length === 0) return { key: expired ? 'offline.expired' : 'close.4401', tone: 'error' }
  return {
    key: expired ? 'offline.expired.unsent' : 'offline.ended.unsent',
    tone: 'error',
    items: () => parts.map(recoveredLine),
    copy: true,
  }
}

/**
 * The message for a page opened with an invitation that has ended, from this browser's local copy of the draft:
 * the words an earlier page left unsent, if any, with a Copy button. The copy is only read.
 */
export async function invitationEndedFromCopy(draftId: string, me: Me): Promise<BannerMessage> {
  const ydoc = new Y.Doc({ gc: false })
  const copy = LocalCopy.open(localCopyName(draftId, me), ydoc)
  try {
    const ledger = new UnsentLedger(ydoc, copy, [copy?.origin])
    if (copy && (await copy.loaded)) await ledger.load()
    return invitationEndedMessage(ydoc, ledger, undefined, hasExpired(me))
  } finally {
    await copy?.close()
    ydoc.destroy()
  }
}

/** What {@link endSession} stops and where it says so. */
export interface SessionParts {
  provider: WebsocketProvider
  tracker: SaveTracker
  ydoc: Y.Doc
  ledger: UnsentLedger
  banner: { show(name: string, message: BannerMessage): void }
  /** The editor, once there is one: it becomes read-only. */
  view: () => EditorView | null
  statusOf: () => StatusOf
}

/**
 * Ends the page's session after the invitation of `me` ended (by its date, or refused by the server): no more
 * reconnecting, a read-only editor, the message with the unsent words.
 */
export function endSession(parts: SessionParts, me: Me): void {
  parts.provider.disconnect()
  parts.tracker.stop()
  const view = parts.view()
  if (view) view.dispatch(view.state.tr.setMeta(readOnlyKey, { readOnly: true, reason: 'closed' }))
  parts.banner.show(
    'close',
    invitationEndedMessage(parts.ydoc, parts.ledger, parts.statusOf(), hasExpired(me)),
  )
}

/**
 * Watches the attempts to reconnect for an invitation that ended while the page was offline: one past its date
 * ends at the next failed attempt; otherwise, at most every {@link INVITATION_CHECK_MS} while the browser says it
 * is online, the server is asked, and a refused token ends the session (`onEnded`, with `endSession`).
 */
export function watchInvitation(
  provider: WebsocketProvider,
  draftId: string,
  token: string,
  me: Me,
  onEnded: () => void,
): void {
  let lastCheck = 0
  let ended = false
  const end = () => {
    if (ended) return
    ended = true
    onEnded()
  }
  provider.on('connection-close', (event) => {
    // The server's own closes (4401 and the others) are followed by `followConnectionClose`.
    if (ended || (event && event.code >= 4000 && event.code < 5000)) return
    if (hasExpired(me)) return end()
    if (globalThis.navigator?.onLine === false || Date.now() - lastCheck < INVITATION_CHECK_MS) return
    lastCheck = Date.now()
    whoAmI(draftId, token).catch((e: unknown) => {
      if (isRefusedToken(e)) end()
    })
  })
}
