// Keystroke delivery, as seen by the clients of one thread. A keystroke is identified by its author's Yjs
// client id and the clock its author reached with it (each keystroke adds one to the clock); a client has
// applied it once its state vector holds that clock for the author. The tracker notes when the first and the
// last of the thread's clients (other than the author) applied each keystroke; the load's coordinator takes
// the earliest and the latest of these times over all threads and subtracts the time the keystroke was sent.
import { now } from './clock.ts'
import type { LightClient } from './light-client.ts'

/** For one author: how many clients of the thread must apply its keystrokes, and when the first and last did. */
export interface AuthorDelivery {
  author: number
  receivers: number
  /** `firstAt[endClock]`: when a first receiver had applied the keystroke ending at that clock (or null). */
  firstAt: (number | null)[]
  /** `doneAt[endClock]`: when every receiver had applied it (or null). */
  doneAt: (number | null)[]
}

interface Following {
  receivers: number
  counts: number[]
  firstAt: number[]
  doneAt: number[]
}

/** Follows the keystrokes of some authors through the clients of one thread. */
export class ApplyTracker {
  private readonly following = new Map<number, Following>()
  private readonly seen = new Map<LightClient, Map<number, number>>()

  /** Starts following `author`, whose keystrokes `receivers` clients of this thread must apply. */
  follow(author: number, receivers: number): void {
    this.following.set(author, { receivers, counts: [], firstAt: [], doneAt: [] })
  }

  /** Records that `client` has applied `author`'s keystrokes up to `clock` (its new state for the author). */
  applied(client: LightClient, author: number, clock: number, at = now()): void {
    const following = this.following.get(author)
    if (!following) return
    let byAuthor = this.seen.get(client)
    if (!byAuthor) {
      byAuthor = new Map()
      this.seen.set(client, byAuthor)
    }
    const { counts, firstAt, doneAt, receivers } = following
    for (let endClock = (byAuthor.get(author) ?? 0) + 1; endClock <= clock; endClock++) {
      const count = (counts[endClock] ?? 0) + 1
      counts[endClock] = count
      if (count === 1) firstAt[endClock] = at
      if (count === receivers) doneAt[endClock] = at
    }
    byAuthor.set(author, clock)
  }

  /** What has been delivered so far, per followed author. */
  report(): AuthorDelivery[] {
    return [...this.following].map(([author, { receivers, firstAt, doneAt }]) => ({
      author,
      receivers,
      firstAt: Array.from(firstAt, (at) => at ?? null),
      doneAt: Array.from(doneAt, (at) => at ?? null),
    }))
  }
}
