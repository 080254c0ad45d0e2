import { partKey } from './parts.ts'
import type { RecoveredPart } from './recover.ts'

/** What the recovery keeps between a page and its reload: sessionStorage, or a stand-in in tests. */
export type RecoveryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const PARTS = 'penholder.recovered:'
const AT = 'penholder.recoveredAt:'

/**
 * How long after a recovery a second refusal ends the session as before (the banner that asks for a reload),
 * rather than recovering again: a change the server refuses over and over must not reload the page in a loop.
 */
export const RECOVERY_PAUSE_MS = 30_000

/** The page's sessionStorage, or null where storage is disabled. */
function sessionStore(): RecoveryStorage | null {
  try {
    return globalThis.sessionStorage ?? null
  } catch {
    return null
  }
}

/** Whether this tab recovered from a refusal of this draft less than {@link RECOVERY_PAUSE_MS} ago. */
export function recoveredLately(
  draftId: string,
  now: number = Date.now(),
  storage: RecoveryStorage | null = sessionStore(),
): boolean {
  try {
    const at = Number(storage?.getItem(AT + draftId))
    return Number.isFinite(at) && at > 0 && now - at < RECOVERY_PAUSE_MS
  } catch {
    return false
  }
}

/**
 * Keeps the recovered parts of a draft for the page that will load next in this tab, with the time, and with
 * those of an earlier recovery the delegate has not dismissed (a part recovered again replaces its older copy).
 * False when storage refuses: a reload would then lose them, and the page must show them where it is.
 */
export function keepRecovered(
  draftId: string,
  parts: readonly RecoveredPart[],
  now: number = Date.now(),
  storage: RecoveryStorage | null = sessionStore(),
): boolean {
  if (!storage) return false
  const fresh = new Set(parts.map((p) => p.key))
  const earlier = (keptRecovered(draftId, storage) ?? []).filter((p) => !fresh.has(p.key))
  try {
    storage.setItem(PARTS + draftId, JSON.stringify([...earlier, ...parts]))
    storage.setItem(AT + draftId, String(now))
    return true
  } catch {
    return false
  }
}

/** The recovered parts kept for this draft and not yet dismissed (possibly none), or null if there was no recovery. */
export function keptRecovered(
  draftId: string,
  storage: RecoveryStorage | null = sessionStore(),
): RecoveredPart[] | null {
  let value: unknown
  try {
    const raw = storage?.getItem(PARTS + draftId)
    if (raw === null || raw === undefined) return null
    value = JSON.parse(raw)
  } catch {
    return null
  }
  return Array.isArray(value) ? value.filter(isRecoveredPart) : null
}

/** Forgets the recovered parts of a draft, once the delegate has dismissed them. */
export function forgetRecovered(draftId: string, storage: RecoveryStorage | null = sessionStore()): void {
  try {
    storage?.removeItem(PARTS + draftId)
  } catch {
    // Nothing kept, nothing to forget.
  }
}

function isRecoveredPart(value: unknown): value is RecoveredPart {
  if (typeof value !== 'object' || value === null) return false
  const { key, kind, number, text } = value as Record<string, unknown>
  return (
    typeof key === 'string' &&
    typeof kind === 'string' &&
    partKey(kind, key) !== null &&
    typeof number === 'string' &&
    typeof text === 'string'
  )
}
