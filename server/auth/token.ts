import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { isRole } from '../../schema/index.ts'
import type { Claims } from './claims.ts'
import { TokenError } from './token-error.ts'

// A token is `PAYLOAD.SIGNATURE`: the claims as compact JSON in base64url, and the HMAC-SHA256 of that text
// under the server's secret, in base64url. The same claims always give the same token, so a stored invitation
// can print its link again without keeping the token itself.

const VERSION = 1
const SAFE = /^[A-Za-z0-9_-]+$/

interface Payload {
  v: number
  i: string
  d: string
  g: string
  r: string
  e: number | null
}

/**
 * Decodes base64url strictly: only its one canonical spelling. A last character whose unused low bits are not
 * zero, or a length no bytes can have, gives null, so that no two strings are the same token.
 */
export function decodeBase64url(text: string): Buffer | null {
  if (!SAFE.test(text)) return null
  const bytes = Buffer.from(text, 'base64url')
  return bytes.toString('base64url') === text ? bytes : null
}

const mac = (secret: Uint8Array, text: string) => createHmac('sha256', secret).update(text).digest()

/** A fresh random token id: 16 URL-safe characters. */
export const newTokenId = (): string => randomBytes(12).toString('base64url')

/** Signs claims into a token. */
export function signToken(claims: Claims, secret: Uint8Array): string {
  const payload: Payload = {
    v: VERSION,
    i: claims.id,
    d: claims.draft,
    g: claims.delegation,
    r: claims.role,
    e: claims.expires === null ? null : Math.floor(claims.expires / 1000),
  }
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return `${body}.${mac(secret, body).toString('base64url')}`
}

/**
 * Reads and checks a token: its form, its signature, its expiry. Throws a {@link TokenError} naming what failed
 * (missing, malformed, bad signature, expired). Whether it opens a given draft and whether it was revoked are
 * checked by the caller, who knows the draft and the store.
 */
export function verifyToken(token: string | null | undefined, secret: Uint8Array, now = Date.now()): Claims {
  if (!token) throw new TokenError('missing')
  const dot = token.indexOf('.')
  const body = token.slice(0, dot)
  const signature = token.slice(dot + 1)
  if (token.length > 2048) throw new TokenError('malformed')
  const bodyBytes = dot < 1 ? null : decodeBase64url(body)
  const given = dot < 1 ? null : decodeBase64url(signature)
  if (!bodyBytes || !given) throw new TokenError('malformed')
  const expected = mac(secret, body)
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new TokenError('bad-signature')
  let payload: Payload
  try {
    payload = JSON.parse(bodyBytes.toString('utf8')) as Payload
  } catch {
    throw new TokenError('malformed')
  }
  const { v, i, d, g, r, e } = payload ?? {}
  if (
    v !== VERSION ||
    typeof i !== 'string' ||
    typeof d !== 'string' ||
    typeof g !== 'string' ||
    !isRole(r) ||
    (e !== null && typeof e !== 'number')
  ) {
    throw new TokenError('malformed')
  }
  const expires = e === null ? null : e * 1000
  if (expires !== null && expires <= now) throw new TokenError('expired')
  return { id: i, draft: d, delegation: g, role: r, expires }
}
