import type { OwnUpdate, RoomHook } from '../room/index.ts'
import { writeSponsorLine } from './header-field.ts'

/**
 * Keeps the header's sponsor line made from the sponsor list: after an accepted update that changed the
 * `sponsors` map, the room writes the line again as its own update, so that the stored document (and with it
 * every export, revision and comparison, and every editor) shows the line of the list, in the draft's
 * language. The server is the one place the line is made: two editors with different data for names would
 * write different lines.
 */
export const sponsorLineHook: RoomHook = {
  afterAccept(room, change): OwnUpdate | null {
    if (change.sponsors.length === 0) return null
    let line: string | null = null
    return {
      write(staging) {
        line = writeSponsorLine(staging)
      },
      written() {
        if (line !== null) room.log('sponsors.line', { draft: room.id, line })
      },
      failed(error) {
        room.log('room.error', { draft: room.id, error: `sponsor line: ${error.message}` })
        return null
      },
    }
  },
}
