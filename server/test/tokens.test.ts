import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { CLOSE } from '../../schema/index.ts'
import { ALL_DRAFTS, parseDuration, signToken, TokenError, verifyToken } from '../auth/index.ts'
import { connect, draftWithTokens, tempDir, testServer, until, upgradeStatus } from './helpers.ts'

const secret = new Uint8Array(32).fill(7)
const claims = { id: 'tok1', draft: 'd1', delegation: 'France', role: 'delegate' as const, expires: null }

const failure = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    assert.ok(e instanceof TokenError, String(e))
    return `${e.failure} ${e.status}`
  }
  return 'accepted'
}

/** The token with one character of its signature changed. */
const tamper = (token: string) => token.slice(0, -3) + (token.at(-3) === 'A' ? 'B' : 'A') + token.slice(-2)

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** The four spellings of a token whose signature (32 bytes: 43 characters) leaves 2 bits of its last one unused. */
function spellings(token: string): string[] {
  const last = B64URL.indexOf(token.at(-1)!)
  return [0, 1, 2, 3].map((unused) => token.slice(0, -1) + B64URL[(last & ~3) | unused])
}

describe('tokens', () => {
  it('have one spelling: of the four strings that decode to the same bytes, only the signed one opens', () => {
    const token = signToken(claims, secret)
    const all = spellings(token)
    assert.equal(new Set(all).size, 4)
    assert.ok(all.includes(token))
    assert.equal(new Set(all.map((t) => Buffer.from(t.split('.')[1]!, 'base64url').toString('hex'))).size, 1)
    for (const spelling of all) {
      assert.equal(
        failure(() => verifyToken(spelling, secret)),
        spelling === token ? 'accepted' : 'malformed 401',
      )
    }
  })

  it('round-trip: what is signed is what is read', () => {
    assert.deepEqual(verifyToken(signToken(claims, secret), secret), claims)
    const expiring = { ...claims, expires: Date.UTC(2031, 0, 1) }
    assert.deepEqual(verifyToken(signToken(expiring, secret), secret, Date.UTC(2030, 0, 1)), expiring)
  })

  it('names what failed: missing, malformed, bad signature, expired', () => {
    const token = signToken(claims, secret)
    assert.equal(
      failure(() => verifyToken(undefined, secret)),
      'missing 401',
    )
    assert.equal(
      failure(() => verifyToken('', secret)),
      'missing 401',
    )
    assert.equal(
      failure(() => verifyToken('not a token', secret)),
      'malformed 401',
    )
    assert.equal(
      failure(() => verifyToken('abc.', secret)),
      'malformed 401',
    )
    assert.equal(
      failure(() => verifyToken(tamper(token), secret)),
      'bad-signature 401',
    )
    assert.equal(
      failure(() => verifyToken(token, new Uint8Array(32).fill(8))),
      'bad-signature 401',
    )
    // A payload changed to another role, re-encoded but not re-signed.
    const [body, signature] = token.split('.')
    const forged = Buffer.from(
      Buffer.from(body!, 'base64url').toString().replace('"delegate"', '"chair"'),
    ).toString('base64url')
    assert.equal(
      failure(() => verifyToken(`${forged}.${signature}`, secret)),
      'bad-signature 401',
    )
    const expired = signToken({ ...claims, expires: Date.UTC(2020, 0, 1) }, secret)
    assert.equal(
      failure(() => verifyToken(expired, secret)),
      'expired 401',
    )
  })

  it('reads expiry durations', () => {
    assert.equal(parseDuration('30d'), 30 * 86_400_000)
    assert.equal(parseDuration('12h'), 12 * 3_600_000)
    assert.equal(parseDuration('never'), null)
    assert.throws(() => parseDuration('soon'), /expiry 'soon': expected a number and a unit/)
    assert.throws(() => parseDuration('0d'), /expected a number/)
  })
})

describe('tokens at the WebSocket upgrade and on the HTTP API', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>
  let other: Awaited<ReturnType<typeof draftWithTokens>>
  let expired: string
  let everyDraft: string
  let everyDraftObserver: string

  before(async () => {
    server = await testServer(data.dir)
    draft = await draftWithTokens(server, { chair: ['Chair', 'chair'], observer: ['Press', 'observer'] })
    other = await draftWithTokens(server, { chair: ['Chair', 'chair'] })
    const issued = await server.authority.issue(
      { draft: draft.id, delegation: 'France', role: 'delegate', lifetime: 1000 },
      Date.now() - 60_000,
    )
    expired = issued.token
    everyDraft = (
      await server.authority.issue({ draft: ALL_DRAFTS, delegation: 'Chair', role: 'chair', lifetime: null })
    ).token
    // Signed with the right secret for '*', but not a facilitator: opens nothing.
    everyDraftObserver = signToken(
      { id: 'forged-star', draft: ALL_DRAFTS, delegation: 'Press', role: 'observer', expires: null },
      await server.storage.signingSecret(),
    )
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  const api = (path: string, token?: string) =>
    fetch(`${server.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {})

  it('refuses a missing, tampered or expired token with 401 and one for another draft with 403', async () => {
    const path = `/collab/${draft.id}`
    assert.equal(await upgradeStatus(server, path), 401)
    assert.equal(
      await upgradeStatus(server, `${path}?token=${encodeURIComponent(tamper(draft.tokens.chair!))}`),
      401,
    )
    assert.equal(await upgradeStatus(server, `${path}?token=${encodeURIComponent(expired)}`), 401)
    assert.equal(await upgradeStatus(server, `${path}?token=${encodeURIComponent(other.tokens.chair!)}`), 403)
    assert.equal(await upgradeStatus(server, `${path}?token=${encodeURIComponent(everyDraftObserver)}`), 403)
    assert.equal(
      await upgradeStatus(server, `${path}?token=${encodeURIComponent(draft.tokens.chair!)}`),
      'open',
    )
    assert.equal(await upgradeStatus(server, `${path}?token=${encodeURIComponent(everyDraft)}`), 'open')
    assert.equal(
      await upgradeStatus(server, `/collab/nosuchdraft?token=${encodeURIComponent(everyDraft)}`),
      404,
    )
    assert.equal(await upgradeStatus(server, `/elsewhere?token=${encodeURIComponent(everyDraft)}`), 404)

    const cases: [string | undefined, number, string][] = [
      [undefined, 401, 'missing'],
      [tamper(draft.tokens.chair!), 401, 'bad-signature'],
      [expired, 401, 'expired'],
      [other.tokens.chair!, 403, 'other-draft'],
      ['garbage', 401, 'malformed'],
    ]
    for (const [token, status, error] of cases) {
      const res = await api(`/api/drafts/${draft.id}`, token)
      assert.equal(res.status, status, `${error}: ${res.status}`)
      const body = (await res.json()) as { error: string; detail: string }
      assert.equal(body.error, error)
      assert.equal(typeof body.detail, 'string')
    }
    assert.equal((await api(`/api/drafts/${draft.id}`, draft.tokens.observer)).status, 200)
    assert.equal(
      (await api(`/api/drafts/${draft.id}?token=${encodeURIComponent(draft.tokens.observer!)}`)).status,
      200,
    )
    assert.equal((await api(`/api/drafts/${draft.id}`, everyDraft)).status, 200)
  })

  it('opens a draft with the token as signed and refuses its three other spellings, over HTTP and WebSocket', async () => {
    const token = draft.tokens.chair!
    for (const spelling of spellings(token)) {
      const expected = spelling === token
      assert.equal((await api(`/api/drafts/${draft.id}`, spelling)).status, expected ? 200 : 401)
      assert.equal(
        await upgradeStatus(server, `/collab/${draft.id}?token=${encodeURIComponent(spelling)}`),
        expected ? 'open' : 401,
      )
    }
  })

  it('refuses a revoked token at the next upgrade and HTTP call, and closes its open connections', async () => {
    const { invitation, token } = await server.authority.issue({
      draft: draft.id,
      delegation: 'Brazil',
      role: 'observer',
      lifetime: 86_400_000,
    })
    const client = connect(server, draft.id, token)
    await client.synced
    const res = await fetch(`${server.url}/api/drafts/${draft.id}/invitations/${invitation.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${draft.tokens.chair}` },
    })
    assert.equal(res.status, 200)
    assert.equal(((await res.json()) as { closed: number }).closed, 1)
    assert.ok(await until(() => client.closes.includes(CLOSE.unauthorized)))
    client.destroy()
    assert.equal(await upgradeStatus(server, `/collab/${draft.id}?token=${encodeURIComponent(token)}`), 401)
    const again = await api(`/api/drafts/${draft.id}`, token)
    assert.equal(again.status, 401)
    assert.equal(((await again.json()) as { error: string }).error, 'revoked')
  })
})
