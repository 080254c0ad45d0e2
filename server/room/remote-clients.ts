import type { Awareness } from 'y-protocols/awareness'
import { readAwarenessEntries, writeAwarenessEntries } from './awareness-guard.ts'

/**
 * The awareness client ids that connections of other processes hold in a room, each with the process that holds
 * it, learned from their awareness messages on the bus. The room's guard refuses a local connection's claim of
 * one of them (as of another local connection's), and a process's message that claims an id held here or by a
 * third process is not applied: no client overwrites another's cursor and name, on any process. An id is let go
 * when its state is removed: its process said so (the connection left), or the state timed out (y-protocols
 * removes a state not renewed for 30 s, so the clients of a process that died go from every other process).
 */
export class RemoteClients {
  private readonly owners = new Map<number, string>()

  constructor(private readonly awareness: Awareness) {
    awareness.on('update', this.onUpdate)
  }

  /** Whether a connection of another process holds the client id. */
  heldElsewhere(clientID: number): boolean {
    return this.owners.has(clientID)
  }

  /**
   * What of an awareness update from process `origin` may be applied: the entries of ids no connection of this
   * process (`heldHere`) nor of a third process holds, or null if none. Throws for bytes that are not an update.
   */
  admit(origin: string, update: Uint8Array, heldHere: (clientID: number) => boolean): Uint8Array | null {
    const entries = readAwarenessEntries(update)
    const kept = entries.filter((entry) => {
      const owner = this.owners.get(entry.clientID)
      if (heldHere(entry.clientID) || (owner !== undefined && owner !== origin)) return false
      if (entry.state === null) this.owners.delete(entry.clientID)
      else this.owners.set(entry.clientID, origin)
      return true
    })
    if (kept.length === 0) return null
    return kept.length === entries.length ? update : writeAwarenessEntries(kept)
  }

  /** Stops listening to the room's awareness. */
  close(): void {
    this.awareness.off('update', this.onUpdate)
  }

  // A state removed, whoever removed it (its process, or the timeout of a process that died): the id is free.
  private readonly onUpdate = ({ removed }: Record<string, number[]>): void => {
    for (const client of removed!) this.owners.delete(client)
  }
}
