import * as sha256 from 'lib0/hash/sha256'

// The id of a new amendment the server makes for the leftovers of a decided one (sweep.ts). The server is the
// only peer that makes these, so the id need not be random: it follows from what it is for and from the
// server's update that writes it, which keeps a replayed sweep's id the same and two sweeps' ids apart.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** Where the server's update starts: its client id and the clock of the first item it writes. */
export interface UpdateStart {
  client: number
  clock: number
}

/**
 * The id of the new amendment that takes a decided amendment's leftovers in a delegation's name: "a" and nine
 * characters, like the ids editors make, from a SHA-256 of the decided id, the delegation and where the
 * server's update starts. An id `taken` already (a record holds it) moves on to the next in the sequence.
 */
export function rehomedId(
  decided: string,
  delegation: string,
  start: UpdateStart,
  taken: (id: string) => boolean,
): string {
  for (let n = 0; ; n++) {
    const seed = new TextEncoder().encode(`${decided}\n${delegation}\n${start.client}:${start.clock}\n${n}`)
    const digest = sha256.digest(seed)
    let id = 'a'
    for (let i = 0; i < 9; i++) id += ALPHABET[digest[i]! % ALPHABET.length]
    if (!taken(id)) return id
  }
}
