import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { Redis } from 'ioredis'
import type { Log } from '../log.ts'
import type { ChannelListener, ClusterBus, ClusterKind, DraftChannel } from '../room/index.ts'
import { decodeClusterMessage, encodeClusterMessage } from './message.ts'

/** The Redis channel of a draft's messages. */
const channelOf = (draft: string) => `penholder:draft:${draft}`

/** How long to wait for Redis when the server starts, before saying it cannot be reached. */
const CONNECT_TIMEOUT_MS = 10_000

/** The URL with any password masked, for messages. */
function maskedRedisUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url
  }
}

/** Redis could not be reached when the server started; the message names it (password masked). */
export class BusError extends Error {}

/**
 * The bus between processes serving the same drafts, over Redis pub/sub: one channel per draft, a subscriber
 * connection and a publisher connection. Pub/sub, not streams: every message is also in the store (updates are
 * published only once stored), so a process that missed messages (cut off, restarted, or overtaken) reads them
 * from the store, by sequence number, rather than from a second log kept in Redis. When the subscriber
 * reconnects it subscribes every draft again and only then tells each room to catch up.
 */
export class RedisBus implements ClusterBus {
  /** This process, as named in the messages it sends. */
  readonly origin = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  private readonly listeners = new Map<string, ChannelListener>()
  private connected = true
  private closed = false

  private constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly log: Log,
    /** The URL, password masked. */
    readonly name: string,
  ) {
    sub.on('messageBuffer', (channel: Buffer, data: Buffer) => this.deliver(channel, data))
    sub.on('close', () => this.lost())
    sub.on('ready', () => void this.resume())
  }

  /** Connects to Redis at `url` (`redis://HOST:PORT`); rejects, naming it, if it cannot be reached. */
  static async open(url: string, log: Log): Promise<RedisBus> {
    const name = maskedRedisUrl(url)
    const options = {
      lazyConnect: true,
      autoResubscribe: false, // done by `resume`, which then tells the rooms
      connectTimeout: CONNECT_TIMEOUT_MS,
      retryStrategy: (times: number) => Math.min(times * 50, 1000),
    }
    const pub = new Redis(url, { ...options, enableOfflineQueue: false })
    const sub = new Redis(url, { ...options, maxRetriesPerRequest: null })
    let lastError = ''
    for (const client of [pub, sub])
      client.on('error', (e: Error) => {
        if (e.message === lastError) return // one line per kind of failure, not one per retry
        lastError = e.message
        log('cluster.error', { redis: name, error: e.message })
      })
    try {
      await Promise.all([pub.connect(), sub.connect()])
    } catch (e) {
      pub.disconnect()
      sub.disconnect()
      throw new BusError(`cannot reach Redis at ${name}: ${(e as Error).message}`)
    }
    return new RedisBus(pub, sub, log, name)
  }

  join(draft: string, listener: ChannelListener): DraftChannel {
    const channel = channelOf(draft)
    this.listeners.set(channel, listener)
    const bus = this
    let open = true
    void this.subscribe([channel])
    return {
      get live() {
        return bus.connected && open
      },
      publish: (kind: ClusterKind, after: number, seq: number, bytes: Uint8Array) => {
        if (this.closed) return
        const data = encodeClusterMessage({ origin: this.origin, draft, kind, after, seq, bytes })
        // While cut off the message is dropped: the others catch up from the store when the bus is back.
        this.pub.publish(channel, data).catch(() => {})
      },
      close: () => {
        open = false
        if (this.listeners.get(channel) !== listener) return
        this.listeners.delete(channel)
        if (!this.closed) this.sub.unsubscribe(channel).catch(() => {})
      },
    }
  }

  announce(draft: string, kind: ClusterKind, bytes: Uint8Array): void {
    if (this.closed) return
    const data = encodeClusterMessage({ origin: this.origin, draft, kind, after: 0, seq: 0, bytes })
    // While cut off the message is dropped: a room that missed an archive learns it from the store's refusal.
    this.pub.publish(channelOf(draft), data).catch(() => {})
  }

  /** Closes both connections. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all([this.pub.quit().catch(() => {}), this.sub.quit().catch(() => {})])
  }

  /** Subscribes to channels; once in place, the rooms listening on them catch up from the store. */
  private async subscribe(channels: string[]): Promise<void> {
    try {
      await this.sub.subscribe(...channels)
    } catch (e) {
      // Cut off meanwhile: `resume` subscribes again when the connection is back.
      if (!this.closed)
        this.log('cluster.error', { redis: this.name, error: `subscribe: ${(e as Error).message}` })
      return
    }
    for (const channel of channels) this.listeners.get(channel)?.resumed()
  }

  private deliver(channel: Buffer, data: Buffer): void {
    const listener = this.listeners.get(channel.toString())
    if (!listener) return
    try {
      const message = decodeClusterMessage(data)
      if (message.origin !== this.origin) listener.receive(message)
    } catch (e) {
      this.log('cluster.error', { channel: channel.toString(), error: (e as Error).message })
    }
  }

  private lost(): void {
    if (!this.connected || this.closed) return
    this.connected = false
    this.log('cluster.lost', { redis: this.name })
    for (const listener of this.listeners.values()) listener.lost()
  }

  private async resume(): Promise<void> {
    if (this.connected || this.closed) return
    this.connected = true
    this.log('cluster.resumed', { redis: this.name, drafts: this.listeners.size })
    if (this.listeners.size > 0) await this.subscribe([...this.listeners.keys()])
  }
}
