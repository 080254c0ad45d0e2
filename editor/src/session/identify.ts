import type { BannerMessage } from '../view/banner.ts'
import { hasExpired, isRefusedToken, isUnreachable, type Me, whoAmI, whoAmIFailure } from './me.ts'
import { rememberedMe, rememberMe } from './remembered-me.ts'

/**
 * How long the page waits for the server to say who its token speaks for before it opens the draft from its
 * local copy instead (ms): a network that swallows requests must not keep a delegate from the text.
 */
export const IDENTIFY_PATIENCE_MS = 3000

/** Who the page speaks for, and whether the server said so just now or this browser remembered it. */
export type Identified =
  | { me: Me; reachable: boolean }
  /** The page cannot go on; `me`, when this browser remembers it, names the local copy to show words from. */
  | { failure: BannerMessage; me: Me | null }

/**
 * Learns who the token speaks for: from the server, remembered for later; or, when the server cannot be reached
 * (or does not answer within {@link IDENTIFY_PATIENCE_MS}), as this browser last heard it, so the draft opens
 * from its local copy. An invitation the server refuses, or that ended by its date while offline, is a failure
 * that says so (the local copy's unsent words can still be shown).
 */
export async function identify(draftId: string, token: string): Promise<Identified> {
  const remembered = rememberedMe(draftId, token)
  const asked = whoAmI(draftId, token)
  // Handled below, or left to settle after the page went on without it.
  asked.catch(() => {})
  let timer: ReturnType<typeof setTimeout> | undefined
  const patience = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), IDENTIFY_PATIENCE_MS)
  })
  try {
    const answer = await (remembered ? Promise.race([asked, patience]) : asked)
    if (answer !== 'late') {
      rememberMe(draftId, token, answer)
      return { me: answer, reachable: true }
    }
  } catch (e) {
    if (isRefusedToken(e)) {
      const me = remembered
      const expired = me ? hasExpired(me) : false
      return { failure: expired ? { key: 'offline.expired', tone: 'error' } : whoAmIFailure(e), me }
    }
    if (!isUnreachable(e)) return { failure: whoAmIFailure(e), me: null }
    if (!remembered) return { failure: { key: 'offline.unknown', tone: 'error' }, me: null }
  } finally {
    clearTimeout(timer)
  }
  // Unreachable (or slow), and remembered: the page opens from its local copy unless the invitation has ended.
  if (hasExpired(remembered!)) return { failure: { key: 'offline.expired', tone: 'error' }, me: remembered }
  return { me: remembered!, reachable: false }
}
