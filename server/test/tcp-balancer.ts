// A load balancer for the cluster tests, as nginx's stream proxy would be: each new connection goes to the next
// upstream in turn that accepts it, and is cut when its upstream goes away, so a client of a killed process
// reconnects (y-websocket does it by itself) to another.
import { createConnection, createServer, type Server, type Socket } from 'node:net'

/** A running balancer. */
export interface TcpBalancer {
  /** `http://127.0.0.1:PORT`, for the test helpers' `connect`. */
  url: string
  /** How many connections each upstream took, by port. */
  readonly taken: Map<number, number>
  close(): Promise<void>
}

/** Starts a balancer on a free loopback port in front of the upstream ports. */
export async function startBalancer(upstreams: number[]): Promise<TcpBalancer> {
  let next = 0
  const sockets = new Set<Socket>()
  const taken = new Map<number, number>()
  const forward = (client: Socket, tries: number): void => {
    const port = upstreams[next++ % upstreams.length]!
    const upstream = createConnection({ host: '127.0.0.1', port })
    sockets.add(upstream)
    upstream.once('connect', () => {
      taken.set(port, (taken.get(port) ?? 0) + 1)
      client.pipe(upstream).pipe(client)
      client.resume()
    })
    upstream.once('error', () => {
      // This upstream is down: the next one, unless every one was tried.
      if (upstream.connecting && tries + 1 < upstreams.length) forward(client, tries + 1)
      else client.destroy()
    })
    upstream.once('close', () => {
      sockets.delete(upstream)
      if (!upstream.connecting) client.destroy()
    })
    client.once('close', () => upstream.destroy())
  }
  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client)
    client.once('close', () => sockets.delete(client))
    client.on('error', () => client.destroy())
    forward(client, 0)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    taken,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
