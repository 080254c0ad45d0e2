import type * as Y from 'yjs'
import type { Log } from '../log.ts'
import type { UpdateChange } from '../model/index.ts'
import type { Identity } from '../policy/index.ts'

/** What a hook is told of the room that calls it. */
export interface HookRoom {
  /** The draft's id, for the log. */
  readonly id: string
  readonly log: Log
  /**
   * Asks the room to run `task` once the update being accepted is stored, applied and sent (and the room's own
   * updates after it made), in the room's queue before its next message: for what must be kept only once the
   * update is (the draft's history). A task that fails is logged; the update stands.
   */
  afterStored(task: () => Promise<void>): void
}

/**
 * A change the room makes of its own after an update it accepted, asked for by a hook. The room makes it on the
 * staging copy once the accepted update is stored and applied, then stores it, applies it to the draft and
 * sends it to every connection, as it does an accepted update; it never passes the checks, so it cannot set off
 * another.
 */
export interface OwnUpdate {
  /** Makes the change on the staging copy, inside one transaction. If it throws, nothing of it is kept. */
  write(staging: Y.Doc): void
  /** Called once the change is stored and sent (not if it changed nothing). */
  written?(): void
  /** Called with what `write` threw, to log it; may answer with a smaller change to make instead. */
  failed(error: Error): OwnUpdate | null
}

/**
 * Code the room runs at a fixed point of an update's path, as Hocuspocus runs its extensions' hooks: the room
 * itself keeps to the queue, the checks and store-then-forward; what a draft's amendments need after a change
 * (`server/follow-up/`) plugs in here.
 */
export interface RoomHook {
  /**
   * Called once an update has passed its role's policy and the schema validation, before it is stored:
   * `change.before` is still the draft without it. Answers the room's own update to make after it, or null. It
   * must not throw: a hook that cannot work something out logs it and answers null.
   */
  afterAccept(room: HookRoom, change: UpdateChange, sender: Identity): OwnUpdate | null
}

/** Runs a task a hook asked for once its update was stored (see `afterStored`): what it throws is logged. */
export async function runStoredTask(room: HookRoom, task: () => Promise<void>): Promise<void> {
  try {
    await task()
  } catch (e) {
    room.log('room.error', { draft: room.id, error: `after storing: ${(e as Error).message}` })
  }
}
