import { type DraftStatus, encodeDraftStatus } from './draft-status.ts'
import { Room, type RoomOptions } from './room.ts'

/**
 * The rooms of loaded drafts. It never holds two copies of a draft: connections that arrive while a draft is
 * loading wait for the same load, and one that arrives while an idle room is being compacted for unloading
 * keeps that room. A room is unloaded after its last connection has left and its state has been compacted.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room | null>>()

  constructor(private readonly options: RoomOptions) {}

  /**
   * The room of a draft, loaded if need be, with a reservation for a connection that is about to join (`join`
   * or `release` it); null if there is no such draft.
   */
  async reserve(id: string): Promise<Room | null> {
    for (;;) {
      let entry = this.rooms.get(id)
      if (!entry) {
        entry = this.load(id)
        this.rooms.set(id, entry)
      }
      const room = await entry
      if (!room) return null
      if (room.destroyed) continue // unloaded while we waited: load it again
      room.reserve()
      return room
    }
  }

  /** The room of a draft if it is loaded (and not loading), to read its live document. */
  async loaded(id: string): Promise<Room | null> {
    const room = await this.rooms.get(id)
    return room && !room.destroyed ? room : null
  }

  /**
   * Applies a change of a draft's standing made by this process (archived, opened again, deleted) to its room if
   * it is loaded here, and announces it to the other processes serving the draft, which apply it to theirs.
   */
  async changeStatus(id: string, status: DraftStatus): Promise<void> {
    ;(await this.loaded(id).catch(() => null))?.statusChanged(status)
    this.options.cluster?.announce(id, 'status', encodeDraftStatus(status))
  }

  /** Every loaded room. */
  async all(): Promise<Room[]> {
    const rooms = await Promise.all(this.rooms.values())
    return rooms.filter((room): room is Room => room !== null && !room.destroyed)
  }

  /** Compacts and unloads every room; their connections must have been closed. */
  async close(): Promise<void> {
    for (const room of await this.all()) await this.unload(room, true)
  }

  private load(id: string): Promise<Room | null> {
    return Room.load(id, this.options).then(
      (room) => {
        if (!room) this.rooms.delete(id)
        else room.onIdle = (r) => void this.unload(r, false)
        return room
      },
      (error: unknown) => {
        this.rooms.delete(id)
        throw error
      },
    )
  }

  private readonly unloading = new Map<Room, Promise<void>>()

  private unload(room: Room, force: boolean): Promise<void> {
    const running = this.unloading.get(room)
    if (running) return force ? running.then(() => this.unload(room, true)) : running
    if (room.destroyed) return Promise.resolve()
    const done = this.compactAndUnload(room, force).finally(() => this.unloading.delete(room))
    this.unloading.set(room, done)
    return done
  }

  private async compactAndUnload(room: Room, force: boolean): Promise<void> {
    try {
      await room.compact()
    } catch (e) {
      this.options.log('room.error', { draft: room.id, error: `compaction failed: ${(e as Error).message}` })
    }
    // Someone joined while the state was being stored: the room stays, and unloads when they leave.
    if (!force && !room.idle) return
    this.rooms.delete(room.id)
    room.destroy()
    this.options.log('room.unload', { draft: room.id })
  }
}
