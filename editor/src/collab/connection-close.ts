import type { EditorView } from 'prosemirror-view'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import type { StatusOf } from '../../../schema/index.ts'
import { readOnlyKey } from '../plugins/readonly.ts'
import type { Banner } from '../view/banner.ts'
import { closeOutcome } from './close-codes.ts'
import { type RecoveredPart, recoveredLine } from './recover.ts'
import { recoveredLately } from './recovered-store.ts'
import { startOver } from './recovery.ts'
import type { SaveTracker } from './status.ts'

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
}

/**
 * Follows the server's closes of the page's connection (close codes of `schema/contract.ts`, read by
 * `closeOutcome`): shows why, stops the save tracker when the session is over and makes the editor read-only
 * when the server will take no more changes. When it refused a change in a race (a delegation typing into its
 * amendment as the facilitator accepts it), the page starts over from the server's text, keeping the delegate's
 * words (`startOver`); a second refusal soon after a recovery stops instead, so that a change refused over and
 * over cannot loop. The close's message goes once the connection has synced again.
 */
export function followConnectionClose(options: ConnectionCloseOptions): void {
  const { provider, tracker, banner, draftId } = options
  provider.on('connection-close', (event) => {
    const outcome = event ? closeOutcome(event.code) : null
    if (!outcome) return
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
    startOver(draftId, options.token, options.ydoc, options.statusOf()).then(
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
