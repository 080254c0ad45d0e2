import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { closeOutcome } from './close-codes.ts'
import { collabURL } from './connection.ts'

/** The server ended the connection that was fetching its copy of the draft, for good (code from the contract). */
export class ServerCopyError extends Error {
  constructor(readonly code: number) {
    super(`the server closed the connection that fetched the draft (code ${code})`)
  }
}

/**
 * The draft's Y.Doc as the server holds it now, fetched over a connection of its own that sends nothing: an
 * empty document has no changes to offer, and no awareness state is set, so nobody sees this page twice. It
 * retries while the network is down, like the page's own connection; it rejects when the server closes it for
 * good (an expired invitation). Used after a refusal, when this page's copy holds a change the server will not
 * take and cannot be trusted to show the current text.
 */
export function fetchServerCopy(draftId: string, token: string, url: string = collabURL()): Promise<Y.Doc> {
  const doc = new Y.Doc({ gc: false })
  const provider = new WebsocketProvider(url, draftId, doc, {
    params: { token },
    connect: false,
    disableBc: true,
    shouldReconnect: (event) => !(closeOutcome(event.code)?.terminal ?? false),
  })
  provider.awareness.setLocalState(null)
  return new Promise((resolve, reject) => {
    // Closed after the handler that reported the event has returned: the provider is still inside it.
    const finish = (settle: () => void) => {
      setTimeout(() => provider.destroy(), 0)
      settle()
    }
    provider.on('sync', (synced) => {
      if (synced) finish(() => resolve(doc))
    })
    provider.on('connection-close', (event) => {
      if (event && closeOutcome(event.code)?.terminal) {
        finish(() => {
          doc.destroy()
          reject(new ServerCopyError(event.code))
        })
      }
    })
    provider.connect()
  })
}
