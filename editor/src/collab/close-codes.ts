import { CLOSE } from '../../../schema/index.ts'
import type { StringKey } from '../i18n/strings.ts'

/** What the page does when the server closes the connection with a code. */
export interface CloseOutcome {
  /** The message shown to the delegate. */
  message: StringKey
  /** Whether to stop reconnecting: the server decided, and trying again cannot change its mind. */
  terminal: boolean
  /** Whether the editor must stop accepting changes (they would be refused, or the local text has diverged). */
  readOnly: boolean
  /**
   * Set for refusals of content that an honest editor meets in a race (its change crossed another that made it
   * forbidden or ill-formed): the page starts over from the server's text and keeps the delegate's words.
   */
  recoverable?: true
}

const OUTCOMES: Record<number, CloseOutcome> = {
  [CLOSE.malformed]: { message: 'close.4400', terminal: true, readOnly: true },
  [CLOSE.unauthorized]: { message: 'close.4401', terminal: true, readOnly: true },
  // The refused change stays in this page's copy; sending it again would be refused again, so the page stops
  // and starts over from the server's text (after a reload it asks for, or by itself for a race it can recover).
  // A delegation typing into its amendment as the facilitator accepts it now changes agreed text: a race.
  [CLOSE.forbidden]: { message: 'close.4403', terminal: true, readOnly: true, recoverable: true },
  [CLOSE.slowConsumer]: { message: 'close.4408', terminal: false, readOnly: false },
  [CLOSE.tooLarge]: { message: 'close.4413', terminal: true, readOnly: true },
  // Two valid changes made at once can merge into a document the schema does not allow (a split operative
  // paragraph ordered before a new preambular one): a race too. Malformed (4400), unauthorised (4401) and
  // too large (4413) are not: sending the same again, or after a reload, would meet the same answer.
  [CLOSE.invalidDocument]: { message: 'close.4422', terminal: true, readOnly: true, recoverable: true },
  [CLOSE.shuttingDown]: { message: 'close.4503', terminal: false, readOnly: false },
  // Sending the change again, or after a reload, would pass the draft's maximum size again.
  [CLOSE.draftTooLarge]: { message: 'close.4507', terminal: true, readOnly: true },
  // The facilitator archived or deleted the draft: no change will be taken again.
  [CLOSE.archived]: { message: 'close.4409', terminal: true, readOnly: true },
  [CLOSE.deleted]: { message: 'close.4410', terminal: true, readOnly: true },
}

/** What a close code means for the page, or null for an ordinary close (network loss, server restart). */
export function closeOutcome(code: number): CloseOutcome | null {
  if (OUTCOMES[code]) return OUTCOMES[code]
  // Other codes of the private range are the server's deliberate decisions: 44xx final, the rest transient.
  if (code >= 4400 && code < 4500) return { message: 'close.other', terminal: true, readOnly: true }
  if (code >= 4000 && code < 5000) return { message: 'close.other', terminal: false, readOnly: false }
  return null
}
