/** The link that opens a draft in the editor: `BASE/d/DRAFT_ID#token=TOKEN` (the token never reaches logs). */
export const draftLink = (baseUrl: string, draftId: string, token: string): string =>
  `${baseUrl.replace(/\/+$/, '')}/d/${encodeURIComponent(draftId)}#token=${encodeURIComponent(token)}`

/** The link to the home page, where a server-wide facilitator lists and creates drafts: `BASE/#token=TOKEN`. */
export const homeLink = (baseUrl: string, token: string): string =>
  `${baseUrl.replace(/\/+$/, '')}/#token=${encodeURIComponent(token)}`
