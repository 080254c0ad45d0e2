// What the facilitator's editor showed of an amendment when she decided it: the words its marks covered there
// (inserted, or proposed for deletion), by their Yjs ids (see marked-words.ts). The server compares them with
// the words the amendment's marks cover on the server when the decision arrives: those she did not see were
// marked by the delegation while she decided, crossing her decision (server/room/sweep.ts). Kept in the
// record's `seen` as "client:from-to,from-to client:from-to", each range of a client's clocks [from, to).

import { addRange, type IdRanges, markedWords, type WalkTypes } from './marked-words.ts'

/** The words a decision's editor showed marked, by Yjs id: for each client, ranges of its clocks [from, to). */
export type Seen = IdRanges

const ENTRY = /^(\d+):(\d+-\d+(?:,\d+-\d+)*)$/

/** The text of a record's `seen`: an entry for each client, "client:from-to,from-to", separated by spaces. */
export function formatSeen(seen: Seen): string {
  return [...seen]
    .sort(([a], [b]) => a - b)
    .map(([client, ranges]) => `${client}:${ranges.map(([from, to]) => `${from}-${to}`).join(',')}`)
    .join(' ')
}

/**
 * Reads a record's `seen`. Throws a RangeError naming `where` for anything but "client:from-to,from-to"
 * entries of whole numbers with each range's start before its end, each client once.
 */
export function parseSeen(value: string, where: string): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>()
  for (const entry of value === '' ? [] : value.split(' ')) {
    const match = ENTRY.exec(entry)
    const client = Number(match?.[1])
    const ranges = (match?.[2] ?? '')
      .split(',')
      .map((range) => range.split('-').map(Number) as [number, number])
    const whole = [client, ...ranges.flat()].every(Number.isSafeInteger)
    if (!match || !whole || ranges.some(([from, to]) => from >= to)) {
      throw new RangeError(
        `${where}: expected "client:from-to,from-to" entries separated by spaces, got ${JSON.stringify(entry)}`,
      )
    }
    if (out.has(client)) throw new RangeError(`${where}: client ${client} is listed twice`)
    out.set(client, ranges)
  }
  return out
}

/**
 * What an editor shows of each amendment, for the record of a decision: the words its marks cover in the
 * shared document's fragment ({@link markedWords}), as the record's `seen` text. Read before the decision
 * changes them.
 */
export function seenOf(
  fragment: { toArray(): unknown[] },
  ids: readonly string[],
  Y: WalkTypes,
): Map<string, string> {
  const seen = new Map<string, Map<number, [number, number][]>>()
  for (const words of markedWords(fragment, new Set(ids), Y).values()) {
    if (!seen.has(words.id)) seen.set(words.id, new Map())
    const ranges = seen.get(words.id)!
    for (const [client, list] of words.ranges)
      for (const [from, to] of list) addRange(ranges, client, from, to - from)
  }
  return new Map([...seen].map(([id, ranges]) => [id, formatSeen(ranges)]))
}
