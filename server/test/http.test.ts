import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type * as Y from 'yjs'
import { sharedBlocks } from '../../schema/index.ts'
import { ALL_DRAFTS } from '../auth/index.ts'
import { connect, draftWithTokens, eventually, firstText, homeToken, tempDir, testServer } from './helpers.ts'

const SAMPLE = `General Assembly

Strengthening international cooperation in the field of human rights

The General Assembly,

Recalling its resolution 70/1,

1. Decides to remain seized of the matter.
`

interface ErrorBody {
  error: string
  detail: string
}

describe('HTTP API', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>
  let home: string

  before(async () => {
    server = await testServer(data.dir)
    draft = await draftWithTokens(server, {
      chair: ['Chair', 'chair'],
      observer: ['Press', 'observer'],
      france: ['France', 'delegate'],
    })
    home = await homeToken(server)
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
    const type = res.headers.get('content-type') ?? ''
    return {
      status: res.status,
      type,
      body: type.startsWith('application/json') ? await res.json() : await res.text(),
    }
  }

  it('answers /healthz', async () => {
    assert.deepEqual(await call('GET', '/healthz'), {
      status: 200,
      type: 'application/json; charset=utf-8',
      body: { ok: true },
    })
  })

  it("gives a draft's metadata and outline to any of its tokens", async () => {
    const { status, body } = await call('GET', `/api/drafts/${draft.id}`, draft.tokens.observer)
    assert.equal(status, 200)
    assert.equal(body.draft.id, draft.id)
    assert.equal(body.draft.title, 'Cooperation in human rights')
    assert.equal(body.draft.lang, 'en')
    assert.deepEqual(
      body.outline.clauses.map((c: { kind: string; number: number | null }) => [c.kind, c.number]),
      [
        ['preambular', null],
        ['operative', 1],
        ['operative', 2],
      ],
    )
  })

  it('exports the live draft as text and HTML, and refuses an unknown format', async () => {
    const chair = connect(server, draft.id, draft.tokens.chair!)
    await chair.synced
    firstText(sharedBlocks<Y.XmlElement>(chair.fragment)[4]!)!.insert(0, 'Firmly ')
    const exported = () => call('GET', `/api/drafts/${draft.id}/export?format=txt`, draft.tokens.observer)
    let txt = await exported()
    assert.ok(
      await eventually(async () => {
        txt = await exported()
        return String(txt.body).includes('Firmly')
      }),
    )
    assert.equal(txt.status, 200)
    assert.match(txt.type, /^text\/plain/)
    assert.match(String(txt.body), /1\.\s+Firmly Decides to act;/)
    const html = await call('GET', `/api/drafts/${draft.id}/export?format=html`, draft.tokens.france)
    assert.equal(html.status, 200)
    assert.match(html.type, /^text\/html/)
    assert.match(String(html.body), /^<!DOCTYPE html>|^<!doctype html>/i)
    const md = await call('GET', `/api/drafts/${draft.id}/export?format=md`, draft.tokens.france)
    assert.equal(md.status, 200)
    assert.match(md.type, /^text\/markdown/)
    const bad = await call('GET', `/api/drafts/${draft.id}/export?format=odt`, draft.tokens.france)
    assert.equal(bad.status, 400)
    assert.match((bad.body as ErrorBody).detail, /format must be one of md, txt, html, docx, pdf, akn/)
    chair.destroy()
  })

  it('tells a token who it is', async () => {
    const { status, body } = await call('GET', `/api/drafts/${draft.id}/me`, draft.tokens.france)
    assert.equal(status, 200)
    assert.deepEqual(
      [body.draft, body.delegation, body.role, body.scope],
      [draft.id, 'France', 'delegate', draft.id],
    )
    const star = await call('GET', `/api/drafts/${draft.id}/me`, home)
    assert.deepEqual([star.body.draft, star.body.role, star.body.scope], [draft.id, 'chair', ALL_DRAFTS])
  })

  it('lets a facilitator invite, list and revoke; others may not', async () => {
    const created = await call('POST', `/api/drafts/${draft.id}/invitations`, draft.tokens.chair, {
      delegation: 'Brazil',
      role: 'delegate',
      expires: '7d',
    })
    assert.equal(created.status, 201)
    const link = created.body.link as string
    assert.match(link, new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/d/${draft.id}#token=`))
    const token = decodeURIComponent(link.split('#token=')[1]!)
    const me = await call('GET', `/api/drafts/${draft.id}/me`, token)
    assert.deepEqual([me.body.delegation, me.body.role], ['Brazil', 'delegate'])

    const list = await call('GET', `/api/drafts/${draft.id}/invitations`, home)
    assert.equal(list.status, 200)
    assert.ok(list.body.invitations.some((i: { delegation: string }) => i.delegation === 'Brazil'))

    for (const token of [draft.tokens.france, draft.tokens.observer]) {
      const refused = await call('POST', `/api/drafts/${draft.id}/invitations`, token, {
        delegation: 'X',
        role: 'chair',
      })
      assert.equal(refused.status, 403)
      assert.equal((refused.body as ErrorBody).error, 'forbidden')
      assert.equal((await call('GET', `/api/drafts/${draft.id}/invitations`, token)).status, 403)
    }
    const invalid = await call('POST', `/api/drafts/${draft.id}/invitations`, draft.tokens.chair, {
      delegation: 'Chile',
      role: 'president',
    })
    assert.equal(invalid.status, 422)
    assert.match((invalid.body as ErrorBody).detail, /role/)
    const badExpiry = await call('POST', `/api/drafts/${draft.id}/invitations`, draft.tokens.chair, {
      delegation: 'Chile',
      role: 'observer',
      expires: 'tomorrow',
    })
    assert.equal(badExpiry.status, 422)

    const id = created.body.invitation.id as string
    const revoked = await call('DELETE', `/api/drafts/${draft.id}/invitations/${id}`, draft.tokens.chair)
    assert.equal(revoked.status, 200)
    assert.notEqual(revoked.body.invitation.revoked, null)
    assert.equal((await call('GET', `/api/drafts/${draft.id}/me`, token)).status, 401)
    assert.equal(
      (await call('DELETE', `/api/drafts/${draft.id}/invitations/nosuch`, draft.tokens.chair)).status,
      404,
    )
  })

  it('lists drafts for facilitators: all for a server-wide token, its own for a draft token', async () => {
    const all = await call('GET', '/api/drafts', home)
    assert.equal(all.status, 200)
    assert.ok(all.body.drafts.length >= 1)
    const own = await call('GET', '/api/drafts', draft.tokens.chair)
    assert.deepEqual(
      own.body.drafts.map((d: { id: string }) => d.id),
      [draft.id],
    )
    assert.equal((await call('GET', '/api/drafts', draft.tokens.observer)).status, 403)
    assert.equal((await call('GET', '/api/drafts')).status, 401)
  })

  it('creates a blank draft for a server-wide facilitator, and refuses bad requests with JSON errors', async () => {
    const created = await call('POST', '/api/drafts', home, {
      lang: 'fr',
      organ: 'sc',
      title: 'La situation',
    })
    assert.equal(created.status, 201)
    assert.deepEqual(
      [created.body.draft.lang, created.body.draft.organ, created.body.draft.title],
      ['fr', 'sc', 'La situation'],
    )
    const got = await call('GET', `/api/drafts/${created.body.draft.id}`, home)
    assert.equal(got.body.outline.organ, 'sc')
    assert.equal(
      (await call('POST', '/api/drafts', draft.tokens.chair, { lang: 'fr', organ: 'sc' })).status,
      403,
    )
    const bad = await call('POST', '/api/drafts', home, { lang: 'xx', organ: 'sc' })
    assert.equal(bad.status, 422)
    assert.match((bad.body as ErrorBody).detail, /"lang" must be one of/)
    const notJSON = await call('POST', '/api/drafts', home, '{oops')
    assert.equal(notJSON.status, 400)
    assert.equal((notJSON.body as ErrorBody).error, 'bad-request')
  })

  it('imports an uploaded file, and previews an import without storing it', async () => {
    const before = (await call('GET', '/api/drafts', home)).body.drafts.length
    const preview = await call('POST', '/api/import/preview', home, { file: SAMPLE, lang: 'en' })
    assert.equal(preview.status, 200)
    assert.equal(preview.body.outline.counts.operative, 1)
    assert.ok(Array.isArray(preview.body.warnings))
    assert.equal((await call('GET', '/api/drafts', home)).body.drafts.length, before)
    const created = await call('POST', '/api/drafts', home, { file: SAMPLE })
    assert.equal(created.status, 201)
    assert.equal((await call('GET', '/api/drafts', home)).body.drafts.length, before + 1)
    const empty = await call('POST', '/api/import/preview', home, { file: '' })
    assert.equal(empty.status, 422)
  })

  it('answers unknown paths and methods with JSON errors, never a stack trace', async () => {
    const missing = await call('GET', '/api/nothing', home)
    assert.equal(missing.status, 404)
    assert.equal((missing.body as ErrorBody).error, 'not-found')
    const method = await call('PUT', '/api/drafts', home, {})
    assert.equal(method.status, 405)
    const noDraft = await call('GET', '/api/drafts/nosuchdraft', home)
    assert.equal(noDraft.status, 404)
    assert.doesNotMatch(JSON.stringify(noDraft.body), /at .*\.ts:\d+/)
  })

  it('serves a plain page that shows the export while the editor is not built', async () => {
    const page = await call('GET', `/d/${draft.id}`)
    assert.equal(page.status, 200)
    assert.match(page.type, /^text\/html/)
    assert.match(String(page.body), /editor is not built/)
    assert.match(String(page.body), /export\?format=html/)
    const homePage = await call('GET', '/')
    assert.match(String(homePage.body), /\/api\/drafts/)
  })
})

describe('the built editor', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  before(async () => {
    const dist = join(data.dir, 'dist')
    mkdirSync(join(dist, 'assets'), { recursive: true })
    writeFileSync(join(dist, 'home.html'), '<!doctype html><title>home</title>')
    writeFileSync(join(dist, 'draft.html'), '<!doctype html><title>draft</title>')
    writeFileSync(join(dist, 'assets', 'draft-5X2KQ3ZB.js'), 'console.log(1)')
    writeFileSync(join(dist, 'assets', 'style.css'), 'body{}')
    // With a trailing separator, as the default EDITOR_DIST is written.
    server = await testServer(data.dir, { editorDir: `${dist}/` })
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  it('serves home.html at /, draft.html at /d/ID, and assets with their types and caching', async () => {
    const home = await fetch(`${server.url}/`)
    assert.equal(await home.text(), '<!doctype html><title>home</title>')
    assert.equal(home.headers.get('cache-control'), 'no-cache')
    const draft = await fetch(`${server.url}/d/anything`)
    assert.equal(await draft.text(), '<!doctype html><title>draft</title>')
    const js = await fetch(`${server.url}/assets/draft-5X2KQ3ZB.js`)
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8')
    assert.equal(js.headers.get('cache-control'), 'public, max-age=31536000, immutable')
    const css = await fetch(`${server.url}/assets/style.css`)
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8')
    const etag = css.headers.get('etag')!
    const again = await fetch(`${server.url}/assets/style.css`, { headers: { 'if-none-match': etag } })
    assert.equal(again.status, 304)
    assert.equal((await fetch(`${server.url}/assets/..%2Fhome.html`)).status, 404)
    assert.equal((await fetch(`${server.url}/assets/missing.js`)).status, 404)
  })
})
