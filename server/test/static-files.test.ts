import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { EDITOR_DIST } from '../index.ts'
import { tempDir, testServer } from './helpers.ts'

interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A request with exactly the headers given (fetch would add its own Accept-Encoding and decode the body). */
function raw(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

const SCRIPT = `console.log(${JSON.stringify('a draft resolution '.repeat(200))})`

describe('the editor assets, precompressed', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  before(async () => {
    const dist = join(data.dir, 'dist')
    mkdirSync(join(dist, 'assets'), { recursive: true })
    const write = (path: string, text: string) => {
      writeFileSync(path, text)
      writeFileSync(`${path}.gz`, gzipSync(text))
      writeFileSync(`${path}.br`, brotliCompressSync(text))
    }
    write(join(dist, 'home.html'), '<!doctype html><title>home</title>')
    writeFileSync(join(dist, 'draft.html'), '<!doctype html><title>draft</title>')
    write(join(dist, 'assets', 'draft-5X2KQ3ZB.js'), SCRIPT)
    writeFileSync(join(dist, 'assets', 'plain-7Y3KQ3ZB.js'), SCRIPT)
    server = await testServer(data.dir, { editorDir: dist })
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  const asset = () => `${server.url}/assets/draft-5X2KQ3ZB.js`

  it('sends brotli to a browser that accepts it, with Vary and immutable caching', async () => {
    const res = await raw(asset(), { 'accept-encoding': 'gzip, deflate, br, zstd' })
    assert.equal(res.status, 200)
    assert.equal(res.headers['content-encoding'], 'br')
    assert.equal(res.headers.vary, 'Accept-Encoding')
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8')
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable')
    assert.equal(Number(res.headers['content-length']), res.body.length)
    assert.ok(res.body.length < SCRIPT.length / 5, 'the compressed copy is what was sent')
    assert.equal(brotliDecompressSync(res.body).toString(), SCRIPT)
  })

  it('sends gzip when brotli is not accepted, or refused with q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.5', 'x-gzip', 'br;q=0, *']) {
      const res = await raw(asset(), { 'accept-encoding': accept })
      assert.equal(res.headers['content-encoding'], 'gzip', accept)
      assert.equal(gunzipSync(res.body).toString(), SCRIPT, accept)
    }
  })

  it('sends the plain file when no coding is accepted or there is no compressed copy', async () => {
    for (const accept of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0', '*;q=0']) {
      const res = await raw(asset(), accept ? { 'accept-encoding': accept } : {})
      assert.equal(res.headers['content-encoding'], undefined, String(accept))
      assert.equal(res.headers.vary, 'Accept-Encoding')
      assert.equal(res.body.toString(), SCRIPT)
    }
    const plain = await raw(`${server.url}/assets/plain-7Y3KQ3ZB.js`, { 'accept-encoding': 'br, gzip' })
    assert.equal(plain.headers['content-encoding'], undefined)
    assert.equal(plain.body.toString(), SCRIPT)
  })

  it('gives each coding its own ETag, revalidated with 304', async () => {
    const br = await raw(asset(), { 'accept-encoding': 'br' })
    const gz = await raw(asset(), { 'accept-encoding': 'gzip' })
    assert.notEqual(br.headers.etag, gz.headers.etag)
    const again = await raw(asset(), { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) })
    assert.equal(again.status, 304)
    const other = await raw(asset(), { 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) })
    assert.equal(other.status, 200)
  })

  it('compresses the pages too, which are revalidated on every visit', async () => {
    const home = await raw(`${server.url}/`, { 'accept-encoding': 'br' })
    assert.equal(home.headers['content-encoding'], 'br')
    assert.equal(home.headers['cache-control'], 'no-cache')
    assert.equal(brotliDecompressSync(home.body).toString(), '<!doctype html><title>home</title>')
  })
})

describe('the built editor bundle', () => {
  it('has a gzip and a brotli copy of every script, style sheet and page, each the same bytes', (t) => {
    if (!existsSync(join(EDITOR_DIST, 'draft.html'))) {
      if (process.env.CI) assert.fail('editor/dist is not built: run npm run build')
      return t.skip('editor/dist is not built (npm run build)')
    }
    const files = [
      ...['home.html', 'draft.html'].map((f) => join(EDITOR_DIST, f)),
      ...readdirSync(join(EDITOR_DIST, 'assets'))
        .filter((f) => /\.(js|css)$/.test(f))
        .map((f) => join(EDITOR_DIST, 'assets', f)),
    ]
    assert.ok(files.some((f) => f.endsWith('.js')))
    for (const file of files) {
      const bytes = readFileSync(file)
      assert.deepEqual(gunzipSync(readFileSync(`${file}.gz`)), bytes, `${file}.gz`)
      assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), bytes, `${file}.br`)
    }
  })
})
