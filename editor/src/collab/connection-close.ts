import type { EditorView } from 'prosemirror-view'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { CLOSE, type StatusOf } from '../../../schema/index.ts'
import { readOnlyKey } from '../plugins/readonly.ts'
import type { Banner } from '../view/banner.ts'
import { closeOutcome } from './close-codes.ts'
import type { LocalCopy } from './local-copy.ts'
import { type RecoveredPart, recoveredLine } from './recover.ts'
import { recoveredLately } from './recovered-store.ts'
import { startOver } from './recovery.ts'
import type { SaveTracker } from './status.ts'
import type { UnsentLedger } from './unsent.ts'

/** What the page's connection is, and where closing it shows. */
export interface ConnectionCloseOptions {
  provider: WebsocketProvider
  tracker: SaveTracker
  ydoc: Y.Doc
  draftId: string
  token: string
  /** Where the reason of a close is shown. */
  banner: Banner
  /** The editor, once there is one: it becomes read-only when the server will take no more changes. */
  view: () => EditorView | null
  /** Whether a change refused in a race may be recovered: not for an observer, who makes no changes. */
  mayRecover: boolean
  /** The status of each amendment, to name the kept words as the editor numbers them. */
  statusOf: () => StatusOf
  /** This browser's copy of the draft, if it keeps one: replaced or deleted when the server refuses its changes. */
  localCopy: LocalCopy | null
  /** This browser's unsent changes: whose they are (its Yjs clients), to recover them after a refusal. */
  ledger: UnsentLedger
  /** Called when the server ends the session because the invitation expired or was revoked (4401). */
  onInvitationEnded: () => void
}

/**
 * Follows the server's closes of the page's connection (close codes of `schema/contract.ts`, read by
 * `closeOutcome`): shows why, stops the save tracker when the session is over and makes the editor read-only
 * when the server will take no more changes. When it refused a change in a race (a delegation typing into its
 * amendment as the facilitator accepts it, or changes made offline that crossed a decision), the page starts
 * over from the server's text, keeping the delegate's words (`startOver`); a second refusal soon after a
 * recovery stops instead, so that a change refused over and over cannot loop. A refused change is never sent
 * again from the local copy: the copy is replaced by the server's text, or deleted. An invitation that ended
 * (4401) keeps the copy, whose unsent words the new link will send. The close's message goes once the
 * connection has synced again.
 */
export function followConnectionClose(options: ConnectionCloseOptions): void {
  const { provider, tracker, banner, draftId } = options
  provider.on('connection-close', (event) => {
    const outcome = event ? closeOutcome(event.code) : null
    if (!outcome) return
    if (event!.code === CLOSE.unauthorized) {
      options.onInvitationEnded()
      return
    }
    // The page stops and asks for a reload; with the words a recovery kept but could not carry over, if any.
    const stop = (kept: readonly RecoveredPart[] = []) => {
      banner.show('close', {
        key: outcome.message,
        vars: { code: event!.code },
        tone: outcome.terminal ? 'error' : 'warning',
        reload: outcome.terminal,
        dismissible: !outcome.terminal,
        ...(kept.length > 0 ? { items: () => kept.map(recoveredLine), copy: true } : {}),
      })
      if (outcome.terminal) tracker.stop()
      if (outcome.readOnly) void options.localCopy?.discard()
      const view = options.view()
      if (outcome.readOnly && view) {
        view.dispatch(view.state.tr.setMeta(readOnlyKey, { readOnly: true, reason: 'closed' }))
      }
    }
    const view = options.view()
    if (!outcome.recoverable || !view || !options.mayRecover || recoveredLately(draftId)) {
      stop()
      return
    }
    tracker.stop()
    view.dispatch(view.state.tr.setMeta(readOnlyKey, { readOnly: true, reason: 'closed' }))
    banner.show('close', { key: 'recover.working', tone: 'info' })
    startOver(draftId, options.token, options.ydoc, {
      statusOf: options.statusOf(),
      own: options.ledger.clients,
      localCopy: options.localCopy,
    }).then(
      (unkept) => {
        if (unkept) stop(unkept)
      },
      () => stop(),
    )
  })
  provider.on('sync', (synced) => {
    if (synced) banner.hide('close')
  })
}
