import type { RoomHook } from '../room/index.ts'
import type { Storage } from '../storage/index.ts'
import { historyEntriesOf, mayConcernHistory } from './history-entries.ts'

/**
 * The hook that keeps a draft's history: from each accepted update, what it did to amendments, sponsors and
 * paragraph statuses, appended to the history once the update is stored (so the history never tells of a
 * change the draft does not have). An update of plain text is passed over at once.
 */
export function historyHook(storage: Storage, now: () => number = Date.now): RoomHook {
  return {
    afterAccept(room, change, sender) {
      if (!mayConcernHistory(change)) return null
      try {
        const entries = historyEntriesOf(change, sender, now())
        if (entries.length > 0) room.afterStored(() => storage.appendHistory(room.id, entries))
      } catch (e) {
        room.log('room.error', { draft: room.id, error: `history: ${(e as Error).message}` })
      }
      return null
    },
  }
}
