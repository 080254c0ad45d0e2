// Scenario 2: many idle connections spread over many drafts, as when every delegation keeps its drafts open
// in a tab; what matters is the memory the server holds for them.
import * as Y from 'yjs'
import type { ChildServer } from './child-server.ts'
import { connectAll, type LightClient } from './light-client.ts'

/** What {@link idleConnections} measured. */
export interface IdleResult {
  connections: number
  rooms: number
  /** RSS of the server before the first connection, in MB. */
  rssBeforeMB: number
  /** RSS of the server with every connection open and synced, in MB. */
  rssMB: number
  /** Time to open and sync every connection, in milliseconds. */
  connectMs: number
}

const MB = 1024 * 1024

/**
 * Opens the connections of each room (`rooms`: the address of each connection, room by room) and reads the
 * server's RSS once they are synced and idle. `seed`, when given, is written into each room by its first client
 * (for a server that starts rooms empty).
 */
export async function idleConnections(
  server: ChildServer,
  rooms: readonly (readonly string[])[],
  seed?: Uint8Array,
): Promise<IdleResult> {
  const rssBeforeMB = server.rssBytes() / MB
  const clients: LightClient[] = []
  const started = performance.now()
  try {
    for (const urls of rooms) {
      const [first] = await connectAll(urls.slice(0, 1), 1)
      clients.push(first!)
      if (seed) {
        first!.sendLocalUpdates()
        Y.applyUpdate(first!.doc, seed)
      }
      clients.push(...(await connectAll(urls.slice(1), urls.length)))
    }
    const connectMs = performance.now() - started
    // Let the server finish the work the connections caused (buffers, timers) before reading its memory.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const dropped = clients.filter((c) => c.closeCode !== null).length
    if (dropped > 0) throw new Error(`${server.name}: the server closed ${dropped} idle connections`)
    return {
      connections: clients.length,
      rooms: rooms.length,
      rssBeforeMB: Math.round(rssBeforeMB),
      rssMB: Math.round(server.rssBytes() / MB),
      connectMs: Math.round(connectMs),
    }
  } finally {
    await Promise.all(clients.map((c) => c.close()))
  }
}
