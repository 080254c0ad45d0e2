import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { Me } from '../session/me.ts'
import type { Banner } from '../view/banner.ts'
import { colorFor } from '../view/delegation-colors.ts'
import { connect } from './connection.ts'
import { LocalCopy, localCopyName } from './local-copy.ts'
import { type OpenedFrom, whenOpenable } from './opening.ts'
import { Reconnection } from './reconnect.ts'
import { SaveTracker } from './status.ts'
import type { StatusIndicator } from './status-indicator.ts'
import { UnsentLedger } from './unsent.ts'

/** A draft page's link to the draft: its Y.Doc, the local copy, the connection, and what follows them. */
export interface DraftSession {
  ydoc: Y.Doc
  /** This browser's copy of the draft; null where the browser has no IndexedDB. */
  localCopy: LocalCopy | null
  provider: WebsocketProvider
  tracker: SaveTracker
  ledger: UnsentLedger
  /** Resolves when the draft can be shown, saying where it came from (see `whenOpenable`). */
  opened: Promise<OpenedFrom>
}

/** What {@link openSession} needs: the draft, the token, who it speaks for, and where to say how things stand. */
export interface SessionOptions {
  draftId: string
  token: string
  me: Me
  /** Whether the server answered as the page opened (false: the page works from the local copy). */
  reachable: boolean
  status: StatusIndicator
  banner: Banner
}

/**
 * Opens a draft page's session: the Y.Doc, its local copy (started before the connection, so that what an
 * earlier page left unsent goes out with the first sync), the connection to the server, the ledger of unsent
 * changes and the save tracker, all shown by the status indicator ("Offline — 3 changes not yet sent ·
 * Reconnecting in 2 s…"), and a message while the draft shown is the local copy's.
 */
export function openSession(options: SessionOptions): DraftSession {
  const { me, status, banner } = options
  const ydoc = new Y.Doc({ gc: false })
  const localCopy = LocalCopy.open(localCopyName(options.draftId, me), ydoc)
  const provider = connect(options.draftId, options.token, ydoc, {
    delegation: me.delegation,
    role: me.role,
    color: colorFor(me.delegation),
  })
  const fromCopy = localCopy ? [localCopy.origin] : []
  const ledger = new UnsentLedger(ydoc, localCopy, [provider, ...fromCopy])
  const tracker = new SaveTracker(provider, ydoc, (s) => status.set(s), {
    foreign: fromCopy,
    onConfirmed: () => ledger.confirm(),
  })
  const reconnection = new Reconnection(provider)
  ledger.onChange(() => status.setUnsent(ledger.count))
  reconnection.onChange(() => status.setRetry(reconnection.nextAttempt, reconnection.attempting))
  void localCopy?.loaded.then(async (held) => {
    if (!held) return
    await ledger.load()
    // What earlier pages left unsent went out with the sync: the tracker asks the server to confirm it.
    if (ledger.earlierUnsent) tracker.markUnsent()
  })

  const opened = whenOpenable(provider, localCopy, options.reachable).then((from) => {
    if (from === 'local') {
      tracker.markUnreachable()
      if (!provider.synced)
        banner.show('offline', { key: 'offline.fromCopy', tone: 'info', dismissible: true })
    }
    return from
  })
  if (!options.reachable) {
    const noCopy = () => {
      if (!provider.synced) banner.show('offline', { key: 'offline.noCopy', tone: 'warning' })
    }
    if (localCopy) void localCopy.loaded.then((held) => held || noCopy())
    else noCopy()
  }
  provider.on('sync', (synced) => {
    if (synced) banner.hide('offline')
  })
  return { ydoc, localCopy, provider, tracker, ledger, opened }
}
