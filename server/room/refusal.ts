import type { CloseCode } from '../../schema/index.ts'

/** A message the room will not take: the connection that sent it is closed with `code` (from CLOSE). */
export class Refusal extends Error {
  constructor(
    readonly code: CloseCode,
    readonly reason: string,
  ) {
    super(reason)
    this.name = 'Refusal'
  }

  /** The reason as a WebSocket close frame carries it: at most 123 bytes, so cut, and never mid-character. */
  get closeReason(): string {
    return Buffer.from(this.reason)
      .subarray(0, 120)
      .toString()
      .replace(/\uFFFD$/, '')
  }
}
