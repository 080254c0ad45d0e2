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
}
