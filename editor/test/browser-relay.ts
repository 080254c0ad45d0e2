// A relay between a browser and the penholder server for the browser tests: it forwards HTTP requests and
// WebSocket upgrades, and can cut every connection through it (and refuse new ones) until it is restored, which is
// how a test takes one browser off the network. Playwright's `context.setOffline(true)` does not close a
// WebSocket that is already open in Chromium: the socket stays up and keeps carrying updates. The relay stands in
// for the network, not for a proxy with an address of its own: the server sees the browser's requests as if it
// had opened the server's own address (its `Origin` is the server's), as it checks the WebSocket's origin.
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http'
import { type AddressInfo, connect, type Socket } from 'node:net'

/** A running relay: its address, and the switch that cuts it. */
export class Relay {
  private readonly sockets = new Set<Socket>()
  private down = false

  private constructor(
    private readonly server: Server,
    private readonly target: URL,
  ) {}

  /** Starts a relay on a free port of 127.0.0.1 to the server at `target` (`http://HOST:PORT`). */
  static async start(target: string): Promise<Relay> {
    const server = createServer()
    const relay = new Relay(server, new URL(target))
    server.on('connection', (socket) => relay.track(socket))
    server.on('request', (req, res) => relay.forward(req, res))
    server.on('upgrade', (req, socket, head) => relay.upgrade(req, socket as Socket, head))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return relay
  }

  /** `http://127.0.0.1:PORT`, to open in the browser instead of the server's address. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** Cuts the network: destroys every connection through the relay, and every new one until {@link restore}. */
  cut(): void {
    this.down = true
    for (const socket of this.sockets) socket.destroy()
    this.sockets.clear()
  }

  /** Lets connections through again. */
  restore(): void {
    this.down = false
  }

  /** Cuts everything and stops listening. */
  async close(): Promise<void> {
    this.cut()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private track(socket: Socket): void {
    if (this.down) {
      socket.destroy()
      return
    }
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const upstream = request(
      {
        host: this.target.hostname,
        port: this.target.port,
        method: req.method,
        path: req.url,
        headers: req.headers.origin ? { ...req.headers, origin: this.target.origin } : req.headers,
        // A connection of its own per request, not one from a pool, so that each is tracked and can be cut.
        agent: false,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('socket', (socket) => this.track(socket))
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  }

  private upgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
    const upstream = connect(Number(this.target.port), this.target.hostname)
    this.track(upstream)
    upstream.on('connect', () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`]
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i]!
        const value = name.toLowerCase() === 'origin' ? this.target.origin : req.rawHeaders[i + 1]
        lines.push(`${name}: ${value}`)
      }
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`)
      if (head.length) upstream.write(head)
      socket.pipe(upstream).pipe(socket)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
    upstream.on('close', () => socket.destroy())
    socket.on('close', () => upstream.destroy())
  }
}
