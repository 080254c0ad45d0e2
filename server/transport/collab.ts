import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { type RawData, type WebSocket, WebSocketServer } from 'ws'
import { CLOSE } from '../../schema/index.ts'
import { type Authority, type Claims, TokenError } from '../auth/index.ts'
import type { Log } from '../log.ts'
import { KEEPALIVE_MESSAGE, type Room, type RoomRegistry } from '../room/index.ts'
import { WebSocketPeer } from './connection.ts'
import { ConnectionCounts, type CountRefusal } from './connection-counts.ts'
import type { TransportLimits } from './limits.ts'
import { rejectUpgrade } from './reject.ts'

/** The path prefix of the collaboration endpoint: `/collab/DRAFT_ID?token=TOKEN`. */
export const COLLAB_PATH = '/collab/'

// Messages of one connection waiting in its room's queue; past this the socket stops being read until the
// room catches up, so a flood cannot pile up in memory.
const MAX_IN_FLIGHT = 64

const toBytes = (data: RawData): Uint8Array =>
  Array.isArray(data)
    ? new Uint8Array(Buffer.concat(data))
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)

/**
 * The WebSocket side of the server: checks the token at the upgrade (HTTP 401 or 403 before any WebSocket
 * exists), counts the connection against the process, draft and token limits (HTTP 503 or 429), puts it into
 * its draft's room once the room is loaded, enforces the message-size and send-buffer limits, and keeps
 * connections alive.
 */
export class CollabTransport {
  private readonly wss: WebSocketServer
  private readonly peers = new Set<WebSocketPeer>()
  private readonly counts: ConnectionCounts
  private readonly timer: NodeJS.Timeout
  private lastPing = Date.now()
  private closing = false

  constructor(
    private readonly authority: Authority,
    private readonly registry: RoomRegistry,
    private readonly limits: TransportLimits,
    private readonly log: Log,
  ) {
    this.counts = new ConnectionCounts(limits)
    this.wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrame, perMessageDeflate: false })
    this.timer = setInterval(() => this.tick(), Math.min(limits.keepalive, limits.ping) / 4)
    this.timer.unref()
  }

  /** Handles an HTTP upgrade request of the server (the `upgrade` event of node:http). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => {})
    this.upgrade(request, socket, head).catch((e: unknown) => {
      this.log('upgrade.error', { error: (e as Error).message })
      rejectUpgrade(socket, 503, 'unavailable', 'the draft could not be opened')
    })
  }

  /** Closes every connection opened with a token (after it was revoked); resolves to how many there were. */
  closeToken(tokenId: string): number {
    let count = 0
    for (const peer of this.peers) {
      if (peer.identity.tokenId !== tokenId) continue
      peer.close(CLOSE.unauthorized, 'the token has been revoked')
      count++
    }
    return count
  }

  /** Stops taking connections and closes the open ones with CLOSE.shuttingDown. */
  async close(): Promise<void> {
    this.closing = true
    clearInterval(this.timer)
    const closed = [...this.peers].map(
      (peer) =>
        new Promise<void>((resolve) => (peer.closed ? resolve() : peer.ws.once('close', () => resolve()))),
    )
    for (const peer of this.peers) peer.close(CLOSE.shuttingDown, 'the server is shutting down')
    await Promise.all(closed)
    this.wss.close()
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (this.closing) return rejectUpgrade(socket, 503, 'shutting-down', 'the server is shutting down')
    const full = this.counts.processFull()
    if (full) return this.refuseCount(socket, full, {})
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(COLLAB_PATH)) {
      return rejectUpgrade(socket, 404, 'not-found', `no WebSocket endpoint at ${url.pathname}`)
    }
    let draftId: string
    try {
      draftId = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length))
    } catch {
      return rejectUpgrade(socket, 400, 'bad-request', 'the draft id is not valid URL encoding')
    }
    let claims: Claims
    try {
      claims = await this.authority.check(url.searchParams.get('token'), draftId)
    } catch (e) {
      if (!(e instanceof TokenError)) throw e
      this.log('upgrade.refused', { draft: draftId, status: e.status, reason: e.failure })
      return rejectUpgrade(socket, e.status, e.failure, e.message)
    }
    const counted = this.counts.admit(draftId, claims.id)
    if ('status' in counted) return this.refuseCount(socket, counted, { draft: draftId, token: claims.id })
    let room: Room | null
    try {
      room = await this.registry.reserve(draftId)
    } catch (e) {
      counted.release()
      throw e
    }
    if (!room) {
      counted.release()
      return rejectUpgrade(socket, 404, 'not-found', `there is no draft '${draftId}'`)
    }
    const reserved = room
    let joined = false
    const abandon = () => {
      if (joined) return
      reserved.release()
      counted.release()
    }
    if (socket.destroyed || this.closing) return abandon()
    // If the handshake fails (a malformed request), ws destroys the socket without calling back.
    socket.once('close', abandon)
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      joined = true
      socket.off('close', abandon)
      ws.once('close', counted.release)
      this.accept(ws, reserved, claims, draftId)
    })
  }

  private refuseCount(socket: Duplex, refusal: CountRefusal, who: Record<string, string>): void {
    this.log('upgrade.refused', { ...who, status: refusal.status, reason: refusal.detail })
    rejectUpgrade(socket, refusal.status, refusal.error, refusal.detail)
  }

  private accept(ws: WebSocket, room: Room, claims: Claims, draftId: string): void {
    const identity = { draftId, delegation: claims.delegation, role: claims.role, tokenId: claims.id }
    const peer = new WebSocketPeer(ws, identity, claims.expires, this.limits)
    this.peers.add(peer)
    const who = {
      draft: draftId,
      delegation: identity.delegation,
      role: identity.role,
      token: identity.tokenId,
    }
    this.log('connection.open', who)
    let inFlight = 0
    ws.on('message', (data, isBinary) => {
      if (peer.closed) return
      const bytes = toBytes(data)
      if (!isBinary) return peer.close(CLOSE.malformed, 'y-websocket messages are binary')
      if (bytes.byteLength > this.limits.maxMessage) {
        this.log('connection.refused', { ...who, reason: `a message of ${bytes.byteLength} bytes` })
        return peer.close(CLOSE.tooLarge, `messages are limited to ${this.limits.maxMessage} bytes`)
      }
      if (++inFlight > MAX_IN_FLIGHT) ws.pause()
      room
        .receive(peer, bytes)
        .catch((e: unknown) => this.log('connection.error', { ...who, error: (e as Error).message }))
        .finally(() => {
          if (--inFlight <= MAX_IN_FLIGHT / 2 && ws.isPaused) ws.resume()
        })
    })
    ws.on('pong', () => {
      peer.alive = true
    })
    ws.on('error', (e) => this.log('connection.error', { ...who, error: e.message }))
    ws.on('close', (code) => {
      this.peers.delete(peer)
      room.leave(peer)
      this.log('connection.close', { ...who, code })
    })
    room.join(peer)
  }

  private tick(): void {
    const now = Date.now()
    const ping = now - this.lastPing >= this.limits.ping
    if (ping) this.lastPing = now
    for (const peer of this.peers) {
      if (peer.closed) continue
      if (peer.expires !== null && peer.expires <= now) {
        peer.close(CLOSE.unauthorized, 'the token has expired')
        continue
      }
      if (ping) {
        if (!peer.alive) {
          peer.ws.terminate()
          continue
        }
        peer.alive = false
        peer.ws.ping()
      }
      if (now - peer.lastSent >= this.limits.keepalive) peer.send(KEEPALIVE_MESSAGE)
    }
  }
}
