import { CLOSE } from '../../schema/index.ts'
import { Refusal } from './refusal.ts'

/** How often, at most, the draft is encoded to measure it exactly: once per this share of the maximum added. */
const REMEASURE_SHARE = 256

const sizeOf = (updates: readonly Uint8Array[]) => updates.reduce((sum, u) => sum + u.byteLength, 0)

/** Bytes as a person reads them: "7.9 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
  return `${Math.ceil(bytes / 1024)} KB`
}

/**
 * The size of a draft's encoded state, kept against the server's maximum without encoding the draft for every
 * update: it is the last exact measure plus the sizes of the updates accepted since, which is close to the
 * truth and most often above it (an update encoded alone carries framing the merged state shares). Only when that estimate
 * would pass the maximum is the draft measured exactly, at most once per 1/256 of the maximum added.
 */
export class DraftSize {
  private exact: number
  private since: number

  constructor(
    /** The maximum size in bytes. */
    private readonly max: number,
    /** A known size (of a stored snapshot), and the sizes of updates applied on top of it. */
    known: number,
    addedSince: number,
    /** Encodes the draft as it is and answers its size in bytes. */
    private readonly measure: () => number,
  ) {
    this.exact = known
    this.since = addedSince
  }

  /**
   * Throws a Refusal (CLOSE.draftTooLarge) if `updates`, not yet applied, would take the draft past the
   * maximum; the caller then stores nothing of them.
   */
  admit(updates: readonly Uint8Array[]): void {
    const adding = sizeOf(updates)
    if (this.exact + this.since + adding <= this.max) return
    if (this.since > this.max / REMEASURE_SHARE) {
      this.measured(this.measure())
      if (this.exact + adding <= this.max) return
    }
    throw new Refusal(
      CLOSE.draftTooLarge,
      `the draft would grow to ${formatBytes(this.exact + this.since + adding)}, over the server's maximum ` +
        `of ${formatBytes(this.max)}; the change was not saved`,
    )
  }

  /** Notes updates the draft took (accepted, or made by the room itself). */
  added(updates: readonly Uint8Array[]): void {
    this.since += sizeOf(updates)
  }

  /** Notes an exact measure of the whole state (after a compaction, for instance). */
  measured(bytes: number): void {
    this.exact = bytes
    this.since = 0
  }
}
