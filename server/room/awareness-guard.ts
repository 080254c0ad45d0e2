import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { CLOSE } from '../../schema/index.ts'
import type { Identity } from '../policy/index.ts'
import { Refusal } from './refusal.ts'

/** One client's entry in an awareness update. */
export interface AwarenessEntry {
  clientID: number
  clock: number
  state: Record<string, unknown> | null
}

/** An awareness update a connection may send (re-encoded, identity filled in), or why it is dropped. */
export type GuardedAwareness = { update: Uint8Array; entries: AwarenessEntry[] } | { dropped: string }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Checks an awareness update from a connection. Each state must be the connection's own: its client ids must
 * not belong to another connection (`ownerIsOther`), and its `user` must not name another delegation or role
 * than the token's. The token's delegation and role are written into `user`, so others always see who it is.
 * Throws a Refusal (malformed) for bytes that are not an awareness update.
 */
export function guardAwareness(
  update: Uint8Array,
  who: Identity,
  ownerIsOther: (clientID: number) => boolean,
): GuardedAwareness {
  let entries: AwarenessEntry[]
  try {
    entries = readAwarenessEntries(update)
  } catch (e) {
    throw new Refusal(CLOSE.malformed, `awareness update: ${(e as Error).message}`)
  }
  for (const entry of entries) {
    if (ownerIsOther(entry.clientID))
      return { dropped: `client ${entry.clientID} belongs to another connection` }
    if (entry.state) {
      const user = entry.state.user
      if (user !== undefined && !isRecord(user)) return { dropped: 'user is not an object' }
      if (user?.delegation !== undefined && user.delegation !== who.delegation) {
        return { dropped: `claims delegation ${JSON.stringify(user.delegation)}` }
      }
      if (user?.role !== undefined && user.role !== who.role)
        return { dropped: `claims role ${JSON.stringify(user.role)}` }
      entry.state.user = { ...user, delegation: who.delegation, role: who.role }
    }
  }
  return { update: writeAwarenessEntries(entries), entries }
}

/** The entries of an awareness update; throws, saying what is wrong, for bytes that are not one. */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const entries: AwarenessEntry[] = []
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const state: unknown = JSON.parse(decoding.readVarString(decoder))
    if (state !== null && !isRecord(state)) throw new Error('a state is neither an object nor null')
    entries.push({ clientID, clock, state })
  }
  return entries
}

/** An awareness update holding `entries`, encoded as y-protocols does. */
export function writeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientID)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, JSON.stringify(entry.state))
  }
  return encoding.toUint8Array(encoder)
}
