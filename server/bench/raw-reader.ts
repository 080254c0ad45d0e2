// A reader of a room that costs its load generator almost nothing: a WebSocket opened by hand on a plain TCP
// socket, which asks for the draft (sync step 1 with an empty state vector) and then only walks the frame
// headers of what it receives: it answers pings, notes its sync step 2 and a close, and decodes nothing. Reads go
// into one static buffer shared by every reader of a thread (`onread`), and a pool pauses and resumes them in
// bulk, so that a thousand of them cost a few reads a second each instead of one per message.
import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'

/** The buffer every reader of a thread reads into; each read is walked before the next one starts. */
const READ_BUFFER = Buffer.alloc(256 * 1024)

const OPCODE = { binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const

/** A frame from this client: FIN, the opcode, masked (as a client must), with a zero mask for simplicity. */
function clientFrame(opcode: number, payload: Uint8Array): Buffer {
  if (payload.byteLength > 125)
    throw new RangeError('raw reader: control and request frames stay under 126 bytes')
  const frame = Buffer.alloc(6 + payload.byteLength)
  frame[0] = 0x80 | opcode
  frame[1] = 0x80 | payload.byteLength
  // Mask bytes 2..5 are zero, so the payload goes as it is.
  frame.set(payload, 6)
  return frame
}

/** Sync step 1 with an empty state vector: message type sync (0), step 1 (0), a state vector of 0 clients. */
const SYNC_STEP1 = clientFrame(OPCODE.binary, Uint8Array.of(0, 0, 1, 0))

/** One raw reader: its socket, and where the frame walk stands. */
export class RawReader {
  readonly synced: Promise<void>
  /** The close code the server sent, or -1 if the socket ended without one; null while open. */
  closeCode: number | null = null
  /** Payload bytes received. */
  received = 0
  private readonly socket: Socket
  private handshake = ''
  private upgraded = false
  // The frame being walked: its header bytes gathered so far, then how much of its payload is still to come.
  private header: number[] = []
  private opcode = 0
  private remaining = 0
  private payloadStart: number[] = []
  private isSynced = false
  private resolveSynced!: () => void

  constructor(host: string, port: number, path: string) {
    let rejectSynced!: (error: Error) => void
    this.synced = new Promise((resolve, reject) => {
      this.resolveSynced = resolve
      rejectSynced = reject
    })
    this.synced.catch(() => {})
    this.socket = connect({
      host,
      port,
      onread: { buffer: READ_BUFFER, callback: (n: number) => this.read(n) },
    })
    this.socket.setNoDelay(true)
    this.socket.on('connect', () => {
      const key = randomBytes(16).toString('base64')
      this.socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      )
    })
    const room = path.split('?')[0]
    this.socket.on('error', (e) => rejectSynced(new Error(`${room}: ${e.message}`)))
    this.socket.on('close', () => {
      this.closeCode ??= -1
      if (!this.isSynced) rejectSynced(new Error(`${room}: closed with ${this.closeCode} before syncing`))
    })
  }

  /** Stops reading from the kernel (what arrives meanwhile waits in the socket's receive buffer). */
  pause(): void {
    this.socket.pause()
  }

  resume(): void {
    this.socket.resume()
  }

  close(): Promise<void> {
    if (this.socket.destroyed) return Promise.resolve()
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve())
      this.socket.destroy()
    })
  }

  // Returning false would stop reading; the pool decides that.
  private read(n: number): boolean {
    let at = 0
    if (!this.upgraded) {
      this.handshake += READ_BUFFER.toString('latin1', 0, n)
      const end = this.handshake.indexOf('\r\n\r\n')
      if (end < 0) return true
      if (!this.handshake.startsWith('HTTP/1.1 101')) {
        this.closeCode = -Number(this.handshake.slice(9, 12))
        this.socket.destroy(new Error(`upgrade refused: ${this.handshake.split('\r\n')[0]}`))
        return true
      }
      this.upgraded = true
      at = n - (this.handshake.length - end - 4)
      this.handshake = ''
      this.socket.write(SYNC_STEP1)
    }
    while (at < n) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, n - at)
        for (let i = 0; this.payloadStart.length < 2 && i < take; i++)
          this.payloadStart.push(READ_BUFFER[at + i]!)
        this.received += take
        at += take
        this.remaining -= take
        if (this.remaining === 0) this.frameDone()
        continue
      }
      this.header.push(READ_BUFFER[at++]!)
      const length = this.headerLength()
      if (length === null) continue
      this.header = []
      if (this.remaining === 0) this.frameDone()
    }
    return true
  }

  /** Once the header is whole: sets the opcode and payload length and answers true; null while incomplete. */
  private headerLength(): true | null {
    const h = this.header
    if (h.length < 2) return null
    const short = h[1]! & 0x7f
    const size = short === 126 ? 4 : short === 127 ? 10 : 2
    if (h.length < size) return null
    this.opcode = h[0]! & 0x0f
    this.remaining =
      short === 126
        ? (h[2]! << 8) | h[3]!
        : short === 127
          ? Number(Buffer.from(h.slice(2)).readBigUInt64BE())
          : short
    this.payloadStart = []
    return true
  }

  private frameDone(): void {
    const [first, second] = this.payloadStart
    if (this.opcode === OPCODE.ping) {
      // A pong echoes the ping's data; both servers ping with none (only the first two bytes are kept).
      this.socket.write(clientFrame(OPCODE.pong, Uint8Array.from(this.payloadStart)))
    } else if (this.opcode === OPCODE.close) {
      this.closeCode = first === undefined ? 1005 : (first << 8) | (second ?? 0)
    } else if (this.opcode === OPCODE.binary && !this.isSynced && first === 0 && second === 1) {
      this.isSynced = true
      this.resolveSynced()
    }
  }
}
