/** The API path that says who a token speaks for on a draft (GET /api/drafts/ID/me). */
export const mePath = (draftId: string): string => `/api/drafts/${encodeURIComponent(draftId)}/me`
