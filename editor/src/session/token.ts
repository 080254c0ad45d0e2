const PREFIX = 'penholder.token:'

/** The token in a URL fragment such as `#token=abc` (other fragment parameters are ignored), or null. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const token = params.get('token')
  return token?.trim() ? token.trim() : null
}

/**
 * The token of this page: taken from the address's fragment (`#token=...`) when there is one, kept in
 * sessionStorage for the rest of the session under `scope` (the draft id, or "home"), and removed from the
 * address bar at once, so that it is neither bookmarked with the page nor shown over a shoulder. A fragment never
 * reaches the server; the token goes to it only in the WebSocket parameters and `Authorization` headers.
 */
export function takeToken(scope: string): string | null {
  const fromHash = tokenFromHash(location.hash)
  if (fromHash) {
    try {
      sessionStorage.setItem(PREFIX + scope, fromHash)
    } catch {
      // Storage may be disabled; the token still serves this page.
    }
    history.replaceState(history.state, '', location.pathname + location.search)
    return fromHash
  }
  try {
    return sessionStorage.getItem(PREFIX + scope)
  } catch {
    return null
  }
}

/** Keeps a token for a scope for the rest of the session (the home page, when one is pasted in). */
export function keepToken(scope: string, token: string): void {
  try {
    sessionStorage.setItem(PREFIX + scope, token)
  } catch {
    // As above: without storage the token lasts as long as the page.
  }
}

/** The draft id of a draft page's path (`/d/ID`), or null on any other page. */
export function draftIdFromPath(path: string): string | null {
  const match = /^\/d\/([^/]+)\/?$/.exec(path)
  return match ? decodeURIComponent(match[1]!) : null
}
