/**
 * A room's queue: every message, compaction and change of the server's own runs after the one before it has
 * finished, so that each sees the draft as the one before left it, and updates are stored in the order they came.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve()

  /** Runs `task` once everything queued before it has finished; resolves or rejects as it does. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const done = this.tail.then(task)
    this.tail = done.then(
      () => {},
      () => {},
    )
    return done
  }
}
