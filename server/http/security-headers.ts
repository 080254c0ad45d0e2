import { randomBytes } from 'node:crypto'

/**
 * The WebSocket origin matching a base URL (`http://h:p` → `ws://h:p`, `https:` → `wss:`), named in
 * `connect-src` beside 'self' for browsers that do not yet count ws: as 'self' (CSP Level 3 does).
 */
export function socketOrigin(baseUrl: string): string {
  const url = new URL(baseUrl)
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`
}

/** Headers that keep a page from being framed or told how to leak: sent with every page. */
const FRAMING = {
  // For browsers without CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/**
 * The security headers of the editor's pages: a Content-Security-Policy that lets in only the server's own
 * scripts, style sheets and WebSocket (no inline script or style: the editor sets styles through the CSSOM,
 * which the policy does not govern), never framed, with no `<base>` and forms posted only here.
 */
export function editorPageHeaders(baseUrl: string): Record<string, string> {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // The page's icon is `data:,` (an empty one, so that the browser asks the server for none).
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${socketOrigin(baseUrl)}`,
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ')
  return { 'Content-Security-Policy': policy, ...FRAMING }
}

/**
 * The security headers of a plain page (shown while the editor is not built) and the nonce its one inline
 * script carries. Its styles stay inline: it shows the HTML export in a `srcdoc` frame, which inherits the
 * page's policy and brings its own `<style>`.
 */
export function plainPageHeaders(baseUrl: string): { nonce: string; headers: Record<string, string> } {
  const nonce = randomBytes(16).toString('base64')
  const policy = [
    "default-src 'self'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self' ${socketOrigin(baseUrl)}`,
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ')
  return { nonce, headers: { 'Content-Security-Policy': policy, ...FRAMING } }
}
