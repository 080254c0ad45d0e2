// A headless collaboration client that speaks the y-websocket protocol directly on a `ws` socket: a Y.Doc,
// sync step 1 on open, updates both ways, awareness ignored. It does what y-websocket's WebsocketProvider does
// for the document without its timers, broadcast channel and awareness bookkeeping, so that one process can
// hold the thousands of clients a benchmark needs and the measurement reflects the server.
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

const MESSAGE_SYNC = 0

/** The transaction origin of updates that came from the server, to tell them from local edits. */
export const REMOTE = Symbol('remote')

/** Called when a remote update has been applied and an author's clock advanced in this client's document. */
export type AdvanceListener = (client: LightClient, author: number, clock: number) => void

/** A y-websocket client without a provider: one socket, one document. */
export class LightClient {
  readonly doc = new Y.Doc()
  readonly socket: WebSocket
  /** Resolves when the server's sync step 2 has been applied; rejects if the socket closes before. */
  readonly synced: Promise<void>
  /** The close code, once the socket has closed. */
  closeCode: number | null = null
  private isSynced = false
  private sending = false

  constructor(url: string, onAdvance?: AdvanceListener) {
    this.socket = new WebSocket(url, { perMessageDeflate: false })
    // Errors name the room without the query, which holds the token.
    const room = url.split('?')[0]
    this.synced = new Promise((resolve, reject) => {
      this.socket.on('message', (data: Buffer) => {
        if (this.receive(data)) resolve()
      })
      this.socket.on('close', (code, reason) => {
        this.closeCode = code
        reject(new Error(`${room}: closed with ${code} ${reason.toString()} before syncing`))
      })
      this.socket.on('error', (error) => reject(new Error(`${room}: ${error.message}`)))
    })
    // A rejection nobody awaits (a client closed after syncing) must not end the process.
    this.synced.catch(() => {})
    this.socket.on('open', () => {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      syncProtocol.writeSyncStep1(encoder, this.doc)
      this.socket.send(encoding.toUint8Array(encoder))
    })
    if (onAdvance) {
      this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
        if (transaction.origin !== REMOTE) return
        for (const [author, clock] of transaction.afterState) {
          if (clock > (transaction.beforeState.get(author) ?? 0)) onAdvance(this, author, clock)
        }
      })
    }
  }

  /**
   * Sends this client's own edits from now on. Only writing clients call it: Yjs encodes an update for every
   * transaction, remote ones included, as soon as a document has an update listener, and for the hundreds of
   * readers of a benchmark that encoding would cost more than applying.
   */
  sendLocalUpdates(): void {
    if (this.sending) return
    this.sending = true
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE || this.socket.readyState !== WebSocket.OPEN) return
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      syncProtocol.writeUpdate(encoder, update)
      this.socket.send(encoding.toUint8Array(encoder))
    })
  }

  /** Handles one message; true when it was the sync step 2 that completes the first sync. */
  private receive(data: Buffer): boolean {
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    // Awareness (1), auth (2) and awareness queries (3) do not concern the document; a refusal comes as a close.
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return false
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    const syncType = syncProtocol.readSyncMessage(decoder, encoder, this.doc, REMOTE)
    if (encoding.length(encoder) > 1) this.socket.send(encoding.toUint8Array(encoder))
    if (syncType === syncProtocol.messageYjsSyncStep2 && !this.isSynced) {
      this.isSynced = true
      return true
    }
    return false
  }

  /** Closes the socket and resolves once it is closed. */
  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve()
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve())
      this.socket.close()
    })
  }
}

/** Opens one client of each address in `urls`, `batch` at a time, each batch synced before the next. */
export async function connectAll(
  urls: readonly string[],
  batch: number,
  onAdvance?: AdvanceListener,
): Promise<LightClient[]> {
  const clients: LightClient[] = []
  for (let start = 0; start < urls.length; start += batch) {
    const group = urls.slice(start, start + batch).map((url) => new LightClient(url, onAdvance))
    clients.push(...group)
    try {
      await Promise.all(group.map((c) => c.synced))
    } catch (error) {
      await Promise.all(clients.map((c) => c.close()))
      throw error
    }
  }
  return clients
}
