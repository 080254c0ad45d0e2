import assert from 'node:assert/strict'
import { request } from 'node:http'
import { after, before, describe, it } from 'node:test'
import { draftWithTokens, tempDir, testServer, upgradeStatus } from './helpers.ts'

/** Asks a facilitator's invitation link of the API, naming another Host than the server's. */
function inviteWithHost(url: string, draftId: string, token: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ delegation: 'France', role: 'delegate' })
    const req = request(
      `${url}/api/drafts/${draftId}/invitations`,
      {
        method: 'POST',
        headers: {
          host,
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = ''
        res.on('data', (d) => {
          text += d
        })
        res.on('end', () => resolve((JSON.parse(text) as { link: string }).link))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe("the server's own address: links and WebSocket origins", () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let configured: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>
  before(async () => {
    server = await testServer(data.dir)
    draft = await draftWithTokens(server, { chair: ['Chair', 'chair'] })
    configured = await testServer(data.dir, {
      storage: server.storage,
      baseUrl: 'https://penholder.example.org/',
    })
  })
  after(async () => {
    await configured.close().catch(() => {})
    await server.close().catch(() => {})
    data.remove()
  })

  it('builds invitation links from the base URL, never from the Host header', async () => {
    assert.equal(server.baseUrl, server.url)
    const link = await inviteWithHost(server.url, draft.id, draft.tokens.chair!, 'evil.example')
    assert.ok(link.startsWith(`${server.url}/d/${draft.id}#token=`), link)
    assert.equal(configured.baseUrl, 'https://penholder.example.org')
    const other = await inviteWithHost(configured.url, draft.id, draft.tokens.chair!, 'evil.example')
    assert.ok(other.startsWith(`https://penholder.example.org/d/${draft.id}#token=`), other)
  })

  it("opens a WebSocket from the server's own origin or from no browser, and refuses another site's page", async () => {
    const path = `/collab/${draft.id}?token=${encodeURIComponent(draft.tokens.chair!)}`
    assert.equal(await upgradeStatus(server, path), 'open', 'no Origin: a client outside a browser')
    assert.equal(await upgradeStatus(server, path, { origin: server.url }), 'open')
    const port = new URL(server.url).port
    assert.equal(await upgradeStatus(server, path, { origin: `http://localhost:${port}` }), 'open')
    for (const origin of ['http://evil.example', `http://127.0.0.1:${Number(port) + 1}`, 'null']) {
      assert.equal(await upgradeStatus(server, path, { origin }), 403, origin)
    }
    assert.ok(server.log.has('upgrade.refused', 'evil.example'))
    // Behind its base URL, only that origin's pages are let in.
    assert.equal(await upgradeStatus(configured, path, { origin: 'https://penholder.example.org' }), 'open')
    assert.equal(await upgradeStatus(configured, path, { origin: configured.url }), 403)
  })
})
