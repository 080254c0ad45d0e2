// What the home page and its new-draft form share.
import type { Lang, Organ } from '../../../schema/index.ts'
import { el } from '../view/element.ts'

/** A draft as GET /api/drafts lists it. */
export interface DraftSummary {
  id: string
  title?: string | null
  symbol?: string | null
  organ?: Organ
  lang?: Lang
  updated?: string | null
  /** When the facilitator archived it (ISO 8601), or null while it is open. */
  archived?: string | null
}

/** The link that opens a draft with the facilitator's own token, kept in the fragment. */
export const draftLink = (id: string, token: string) =>
  `/d/${encodeURIComponent(id)}#token=${encodeURIComponent(token)}`

/** A message line under a form. */
export function note(text: string, tone: 'ok' | 'error' = 'ok'): HTMLElement {
  return el('p', { class: `note ${tone}`, role: tone === 'error' ? 'alert' : 'status' }, text)
}
