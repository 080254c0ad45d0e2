// What the facilitator's editor held of an amendment's words when she decided it. Yjs names every change by
// the client that made it and a counter (its clock) that grows with each change of that client; "client 7,
// clock 120" means the first 120 changes of client 7. A decision records, for each client that wrote words of
// the amendment, how many of that client's changes the editor held, so that the server can tell the words the
// delegation typed into the amendment while she decided (which crossed her decision and which she never saw)
// from those she saw (server/room/sweep.ts). Kept in the record's `seen` as "client:clock client:clock".

import { insertedWords, type WalkTypes } from './inserted-words.ts'

/** For each Yjs client, how many of its changes the deciding editor held. */
export type Seen = ReadonlyMap<number, number>

const ENTRY = /^(\d+):(\d+)$/

/** The text of a record's `seen`: "client:clock" entries, by client, separated by spaces. */
export function formatSeen(seen: Seen): string {
  return [...seen]
    .sort(([a], [b]) => a - b)
    .map(([client, clock]) => `${client}:${clock}`)
    .join(' ')
}

/**
 * Reads a record's `seen`. Throws a RangeError naming `where` for anything but "client:clock" entries with
 * whole numbers, each client once.
 */
export function parseSeen(value: string, where: string): Map<number, number> {
  const out = new Map<number, number>()
  for (const entry of value === '' ? [] : value.split(' ')) {
    const match = ENTRY.exec(entry)
    const client = Number(match?.[1])
    const clock = Number(match?.[2])
    if (!match || !Number.isSafeInteger(client) || !Number.isSafeInteger(clock)) {
      throw new RangeError(
        `${where}: expected "client:clock" entries separated by spaces, got ${JSON.stringify(entry)}`,
      )
    }
    if (out.has(client)) throw new RangeError(`${where}: client ${client} is listed twice`)
    out.set(client, clock)
  }
  return out
}

/** Whether the deciding editor held the change `clock` of `client` (see {@link Seen}). */
export const held = (seen: Seen, client: number, clock: number): boolean => clock < (seen.get(client) ?? 0)

/**
 * What an editor holds of the words the insertions of each amendment cover, for the record of a decision: the
 * Yjs clients that wrote those words (found by {@link insertedWords} in the shared document's fragment), each
 * with `clockOf(client)`, how many of its changes the editor's document holds. Read before the decision
 * changes the words. An amendment that inserts no words gets nothing.
 */
export function seenOf(
  fragment: { toArray(): unknown[] },
  ids: readonly string[],
  Y: WalkTypes,
  clockOf: (client: number) => number,
): Map<string, string> {
  const out = new Map<string, string>()
  for (const [id, { ranges }] of insertedWords(fragment, new Set(ids), Y)) {
    out.set(id, formatSeen(new Map([...ranges.keys()].map((client) => [client, clockOf(client)]))))
  }
  return out
}
