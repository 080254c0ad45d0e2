import { isRole } from '../../../schema/index.ts'
import type { Me } from './me.ts'

/** Where the page remembers who its tokens speak for: localStorage, or a stand-in in tests. */
export type MeStorage = Pick<Storage, 'getItem' | 'setItem'>

const PREFIX = 'penholder.me:'

/**
 * A short fingerprint of a token (cyrb53, 53 bits in hex): enough to tell this browser's tokens apart, and far too
 * little to rebuild the token, which is a secret and is never written to lasting storage.
 */
export function tokenFingerprint(token: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)
}

/** The page's localStorage, or null where storage is disabled. */
function localStore(): MeStorage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

const keyOf = (draftId: string, token: string) => `${PREFIX}${draftId}:${tokenFingerprint(token)}`

/**
 * Remembers who a token speaks for on a draft, so that the page can open the draft's local copy when it is
 * opened again with the same link while the server cannot be reached.
 */
export function rememberMe(draftId: string, token: string, me: Me, storage = localStore()): void {
  try {
    storage?.setItem(keyOf(draftId, token), JSON.stringify(me))
  } catch {
    // Without storage the page opens only while the server can be reached, as before.
  }
}

/** Who the token spoke for on this draft when the server last said so in this browser, or null. */
export function rememberedMe(draftId: string, token: string, storage = localStore()): Me | null {
  let value: unknown
  try {
    const raw = storage?.getItem(keyOf(draftId, token))
    if (!raw) return null
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { delegation, role, draft, expires, archived } = value as Record<string, unknown>
  if (typeof delegation !== 'string' || !isRole(role) || draft !== draftId) return null
  if (expires !== null && typeof expires !== 'number') return null
  return { delegation, role, draft, expires, archived: archived === true }
}
