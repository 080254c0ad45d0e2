import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import type { AwarenessUser } from '../../../schema/index.ts'
import { closeOutcome } from './close-codes.ts'
import { RECONNECT_MAX_MS } from './reconnect.ts'

/** The WebSocket address of the collaboration endpoint on the server that served the page. */
export function collabURL(loc: { protocol: string; host: string } = location): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/collab`
}

/**
 * Connects a draft's Y.Doc to the server: y-websocket's provider at `/collab/DRAFT_ID`, the token in its
 * parameters (which the server reads when it upgrades the connection), the awareness state carrying exactly the
 * delegation and role of the token (the server drops any other). Tabs do not share updates over a
 * BroadcastChannel: each tab speaks to the server with its own token, so the server checks every change.
 */
export function connect(
  draftId: string,
  token: string,
  ydoc: Y.Doc,
  user: AwarenessUser,
  url: string = collabURL(),
): WebsocketProvider {
  const provider = new WebsocketProvider(url, draftId, ydoc, {
    params: { token },
    connect: false,
    disableBc: true,
    maxBackoffTime: RECONNECT_MAX_MS,
    shouldReconnect: (event) => !(closeOutcome(event.code)?.terminal ?? false),
  })
  provider.awareness.setLocalStateField('user', user)
  provider.connect()
  return provider
}

/** Resolves once the provider has synced with the server for the first time. */
export function firstSync(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve) => {
    const done = (synced: boolean) => {
      if (!synced) return
      provider.off('sync', done)
      resolve()
    }
    provider.on('sync', done)
  })
}
