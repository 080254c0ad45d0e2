/** The address of a past revision's read-only page. */
export const revisionPagePath = (draftId: string, n: number): string =>
  `/d/${encodeURIComponent(draftId)}/rev/${n}`

/** The draft and revision of a revision page's path (`/d/ID/rev/N`), or null on any other page. */
export function revisionOfPath(path: string): { draftId: string; revision: number } | null {
  const match = /^\/d\/([^/]+)\/rev\/([1-9]\d*)\/?$/.exec(path)
  return match ? { draftId: decodeURIComponent(match[1]!), revision: Number(match[2]) } : null
}
