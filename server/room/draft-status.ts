/**
 * A change of a draft's standing that every process serving the draft applies as soon as it is made: archived
 * (read-only: changes are refused with CLOSE.archived) or opened again (`archived: null`), or deleted (its
 * connections are closed with CLOSE.deleted). The process that makes it applies it to its own room and
 * announces it on the bus (`RoomRegistry.changeStatus`); the others apply it to theirs when it arrives.
 */
export type DraftStatus = { archived: number | null } | { deleted: true }

/** The bytes of a status message on the bus. */
export function encodeDraftStatus(status: DraftStatus): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(status))
}

/** Reads a status message from the bus; throws, saying what is wrong, for bytes that are not one. */
export function decodeDraftStatus(bytes: Uint8Array): DraftStatus {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (e) {
    throw new Error(`a draft status message is not JSON: ${(e as Error).message}`)
  }
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>
    if (v.deleted === true) return { deleted: true }
    if (v.archived === null || (typeof v.archived === 'number' && Number.isFinite(v.archived)))
      return { archived: v.archived }
  }
  throw new Error(`a draft status message holds neither "archived" nor "deleted": ${JSON.stringify(value)}`)
}
