import type { WebsocketProvider } from 'y-websocket'
import { firstSync } from './connection.ts'
import type { LocalCopy } from './local-copy.ts'

/** Where the draft the page shows first came from: the server's first sync, or this browser's local copy. */
export type OpenedFrom = 'server' | 'local'

/**
 * Resolves when the page can show the draft: at the first sync with the server; or, when the server cannot be
 * reached (it could not say who the token speaks for, or the first connection attempt failed), as soon as the
 * local copy has loaded a draft into the Y.Doc. A local copy never stands in for a server that answers: the
 * page would show an older text for the moment it takes to sync.
 */
export function whenOpenable(
  provider: WebsocketProvider,
  copy: LocalCopy | null,
  reachable: boolean,
): Promise<OpenedFrom> {
  const synced = firstSync(provider).then(() => 'server' as const)
  if (!copy) return synced
  const unreachable = reachable
    ? new Promise<void>((resolve) => {
        const failed = () => {
          if (provider.synced) return
          provider.off('connection-close', failed)
          resolve()
        }
        provider.on('connection-close', failed)
      })
    : Promise.resolve()
  const local = Promise.all([copy.loaded, unreachable]).then(([held]) =>
    held ? ('local' as const) : new Promise<never>(() => {}),
  )
  return Promise.race([synced, local])
}
