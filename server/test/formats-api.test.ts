// The HTTP API writes every format and takes every format in: exports as Word, PDF and Akoma Ntoso with their
// media types and file names; uploads of Word and Akoma Ntoso files (base64) previewed and created; PDFs refused
// with 503 while Chromium is missing or the print queue is full.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { importDraftText } from '../drafts/import.ts'
import { exportFile, PdfPrinter, sniffFile } from '../formats/index.ts'
import { createDraft } from '../index.ts'
import { aknSkip, scratch, toolSkip, validateAkn } from './external-tools.ts'
import { fixtureText, proposalsDraft } from './format-fixtures.ts'
import { homeToken, tempDir, testServer } from './helpers.ts'

describe('exports and uploads in every format over HTTP', () => {
  const data = tempDir()
  const files = scratch()
  let server: Awaited<ReturnType<typeof testServer>>
  let home: string
  let id: string
  let token: string

  before(async () => {
    server = await testServer(data.dir)
    home = await homeToken(server)
    const draft = proposalsDraft()
    id = (await createDraft(server.storage, draft.doc)).id
    token = (
      await server.authority.issue({ draft: id, delegation: 'Press', role: 'observer', lifetime: null })
    ).token
  })
  after(async () => {
    await server.close()
    data.remove()
    files.remove()
  })

  const get = (path: string, bearer = token) =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } })
  const post = (path: string, body: unknown, bearer = home) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  it('exports a Word file with its media type and a file name that says what it is', async () => {
    const res = await get(`/api/drafts/${id}/export?format=docx&view=compilation`)
    assert.equal(res.status, 200)
    assert.equal(
      res.headers.get('content-type'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    assert.match(res.headers.get('content-disposition')!, /filename="A-C.3-71-L.23_compilation\.docx"/)
    assert.equal(sniffFile(new Uint8Array(await res.arrayBuffer())), 'zip')
  })

  it('exports Akoma Ntoso that validates', { skip: aknSkip() }, async () => {
    const res = await get(`/api/drafts/${id}/export?format=akn&view=compilation`)
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type')!, /^application\/akn\+xml/)
    validateAkn(files.file('compilation.xml', await res.text()))
  })

  it('exports a PDF', { skip: toolSkip('chromium', 'chromium') }, async () => {
    const res = await get(`/api/drafts/${id}/export?format=pdf`)
    assert.equal(res.status, 200, await res.clone().text())
    assert.equal(res.headers.get('content-type'), 'application/pdf')
    assert.equal(sniffFile(new Uint8Array(await res.arrayBuffer())), 'pdf')
  })

  it('names the formats it knows when asked for another', async () => {
    const res = await get(`/api/drafts/${id}/export?format=odt`)
    assert.equal(res.status, 400)
    const body = (await res.json()) as { detail: string }
    assert.match(body.detail, /md, txt, html, docx, pdf, akn/)
  })

  it('previews and creates a draft from an uploaded Word file and an Akoma Ntoso file', async () => {
    const { doc } = importDraftText(fixtureText('fr_A-RES-71-194.md'))
    const printer = new PdfPrinter()
    try {
      for (const format of ['docx', 'akn'] as const) {
        const out = await exportFile({ doc, records: [] }, { view: 'clean', format }, { pdf: printer })
        const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out
        const upload = { data: Buffer.from(bytes).toString('base64') }
        const preview = await post('/api/import/preview', upload)
        assert.equal(preview.status, 200, await preview.clone().text())
        const seen = (await preview.json()) as { outline: { counts: unknown }; format: string }
        assert.equal(seen.format, format)
        assert.deepEqual(seen.outline.counts, {
          preambular: 12,
          operative: 15,
          subparagraphs: 0,
          footnotes: 5,
          annex: { annexes: 0, sections: 0, paragraphs: 0, subparagraphs: 0 },
        })
        const created = await post('/api/drafts', { ...upload, title: `From ${format}` })
        assert.equal(created.status, 201, await created.clone().text())
      }
    } finally {
      await printer.close()
    }
  })
})

describe('PDF exports when Chromium is missing or busy', () => {
  const data = tempDir()
  after(() => data.remove())

  it('answers 503 naming the Debian package when Chromium is missing', async () => {
    const server = await testServer(data.dir, { chromium: '/nonexistent/chromium' })
    try {
      const id = (await createDraft(server.storage, proposalsDraft().doc)).id
      const { token } = await server.authority.issue({
        draft: id,
        delegation: 'P',
        role: 'observer',
        lifetime: null,
      })
      const res = await fetch(`${server.url}/api/drafts/${id}/export?format=pdf`, {
        headers: { authorization: `Bearer ${token}` },
      })
      assert.equal(res.status, 503)
      const body = (await res.json()) as { error: string; detail: string }
      assert.match(body.detail, /apt-get install chromium/)
      const health = await fetch(`${server.url}/healthz`)
      assert.equal(health.status, 200)
    } finally {
      await server.close()
    }
  })

  it('answers 503 with Retry-After when the print queue is full', {
    skip: toolSkip('chromium', 'chromium'),
  }, async () => {
    const server = await testServer(data.dir, { pdfConcurrency: 1, pdfQueue: 0 })
    try {
      const id = (await createDraft(server.storage, proposalsDraft().doc)).id
      const { token } = await server.authority.issue({
        draft: id,
        delegation: 'P',
        role: 'observer',
        lifetime: null,
      })
      const answers = await Promise.all(
        Array.from({ length: 4 }, () =>
          fetch(`${server.url}/api/drafts/${id}/export?format=pdf`, {
            headers: { authorization: `Bearer ${token}` },
          }),
        ),
      )
      const statuses = answers.map((a) => a.status).sort()
      assert.ok(statuses.includes(200), `one was printed: ${statuses}`)
      const busy = answers.filter((a) => a.status === 503)
      assert.ok(busy.length > 0, `some were refused: ${statuses}`)
      for (const answer of busy) assert.match(answer.headers.get('retry-after') ?? '', /^\d+$/)
    } finally {
      await server.close()
    }
  })
})
