import { type AmendmentRecord, SHARED } from '../../schema/index.ts'
import { type UpdateChange, writeRecord } from '../model/index.ts'
import type { HookRoom, OwnUpdate, RoomHook } from '../room/index.ts'
import { crossedMarks } from './crossed.ts'
import { outdatedBy } from './outdate.ts'
import { type Crossed, leftoversOf, type Swept, sweepLeftovers } from './sweep.ts'

/** Runs one step of the look before an update is applied; what fails is logged and counts as nothing found. */
function tried<T>(room: HookRoom, what: string, look: () => T, nothing: T): T {
  try {
    return look()
  } catch (e) {
    room.log('room.error', { draft: room.id, error: `${what}: ${(e as Error).message}` })
    return nothing
  }
}

/**
 * The room's own update after an accepted one: the outdated status of amendments (the `outdated` field of
 * their records), and the leftovers of decided amendments given to new proposals of their delegations (see
 * sweep.ts). A sweep whose result the schema would not allow is dropped (and logged), the rest written.
 */
function followUp(
  room: HookRoom,
  records: AmendmentRecord[],
  leftovers: Map<string, boolean>,
  crossed: ReadonlyMap<string, Crossed>,
): OwnUpdate {
  let swept: Swept = { rehomed: [], records: [], emptied: [] }
  return {
    write(staging) {
      const map = staging.getMap(SHARED.amendments)
      for (const record of records) writeRecord(map, record)
      swept = sweepLeftovers(staging, leftovers, Date.now(), crossed)
    },
    failed(error) {
      room.log('room.error', { draft: room.id, error: `sweep: ${error.message}` })
      return records.length > 0 ? followUp(room, records, new Map(), new Map()) : null
    },
    written() {
      if (records.length > 0) {
        room.log('amendments.outdated', { draft: room.id, amendments: records.map((r) => r.id).join(',') })
      }
      const { rehomed, emptied } = swept
      if (rehomed.length === 0 && emptied.length === 0) return
      const decision = (id: string) => (leftovers.get(id) ? 'accepted' : 'not accepted')
      room.log('amendments.swept', {
        draft: room.id,
        amendments: [...new Set([...rehomed.map((r) => r.decided), ...emptied])].join(','),
        rehomed: rehomed
          .map((r) => `${r.decided} (${decision(r.decided)}) -> ${r.id} (${r.delegation})`)
          .join(', '),
        emptied: emptied.join(','),
      })
    },
  }
}

/**
 * The amendment follow-up, the hook the server's rooms run after each accepted update. If the update changed
 * the words a pending amendment of another delegation refers to, it marks that amendment outdated (so that one
 * peer, the server, decides; two facilitators' editors would race); if it left marks or paragraph proposals of
 * an amendment already decided (its delegation edited it while the facilitator decided), it gives them to a new
 * proposal of the same delegation. It changes marks, attributes and records only, never the agreed text.
 */
export const amendmentFollowUp: RoomHook = {
  afterAccept(room: HookRoom, change: UpdateChange, sender): OwnUpdate | null {
    const outdated = tried(
      room,
      'outdated amendments',
      () => outdatedBy(change, sender.delegation, Date.now()),
      [],
    )
    const leftovers = tried(room, 'decided amendments', () => leftoversOf(change), new Map<string, boolean>())
    // Read now: the words a decided amendment's marks cover before the update takes them away.
    const crossed = tried(
      room,
      'crossed decisions',
      () => crossedMarks(change, leftovers),
      new Map<string, Crossed>(),
    )
    if (outdated.length === 0 && leftovers.size === 0) return null
    return followUp(room, outdated, leftovers, crossed)
  },
}
