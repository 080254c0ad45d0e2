// The warm printer behind every PDF request: Chromium started once and again after it dies, at most N documents
// at once and a bounded queue (PrinterBusy with Retry-After beyond it), a timeout per document, a clear error
// where Chromium is missing, and no Chromium process left behind by close().
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { ChromiumMissing, PdfPrinter, PrinterBusy, PrintFailed, pdfPage } from '../formats/pdf/index.ts'
import { type Log, silentLog } from '../log.ts'
import { formatFixtures } from './format-fixtures.ts'
import { alive, pdfSkip, processTree, readingText } from './pdf-readers.ts'

const skip = pdfSkip()
const fixtures = formatFixtures()
const english = fixtures.find((f) => f.lang === 'en')!
const chinese = fixtures.find((f) => f.lang === 'zh')!
const page = (text: string) => `<!doctype html><html lang="en"><body><p>${text}</p></body></html>`

/** The Chromium processes under this test process. */
const chromiumProcesses = () => processTree().filter((p) => /chrom/i.test(p.command))

/** The browser process of the one printer running: the Chromium this process started itself. */
function browserPid(): number {
  const browsers = chromiumProcesses().filter((p) => p.ppid === process.pid)
  assert.equal(browsers.length, 1, 'one Chromium runs under this process')
  return browsers[0]!.pid
}

/** Waits until `check` holds, polling, up to `ms`. */
async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}

describe('PDF printer without Chromium', () => {
  it('fails with ChromiumMissing, whose message names the Debian package', async () => {
    const printer = new PdfPrinter({ executablePath: '/nonexistent/chromium' })
    try {
      await assert.rejects(printer.print(page('Hello')), (e: Error) => {
        assert.ok(e instanceof ChromiumMissing, `got ${e.name}: ${e.message}`)
        assert.match(e.message, /apt-get install chromium/)
        assert.match(e.message, /\/nonexistent\/chromium/)
        return true
      })
    } finally {
      await printer.close()
    }
  })

  it('refuses nonsense limits with a RangeError', () => {
    assert.throws(() => new PdfPrinter({ concurrency: 0 }), RangeError)
    assert.throws(() => new PdfPrinter({ queueLimit: -1 }), RangeError)
    assert.throws(() => new PdfPrinter({ timeout: 0 }), RangeError)
  })
})

describe('PDF printer', { skip }, () => {
  const events: string[] = []
  const log: Log = (event) => events.push(event)
  let printer: PdfPrinter
  before(async () => {
    printer = new PdfPrinter({ concurrency: 1, queueLimit: 1, log })
    await printer.warm()
  })
  after(() => printer?.close())

  it('prints one document at a time here, queues one more, and refuses the next at once with a Retry-After', async () => {
    const html = pdfPage(english, { view: 'clean' })
    const first = printer.print(html)
    const second = printer.print(html)
    assert.deepEqual(printer.load, { running: 1, waiting: 1 })
    await assert.rejects(printer.print(html), (e: Error) => {
      assert.ok(e instanceof PrinterBusy, `got ${e.name}: ${e.message}`)
      assert.ok(Number.isInteger(e.retryAfter) && e.retryAfter >= 1, `retryAfter ${e.retryAfter}`)
      return true
    })
    for (const pdf of await Promise.all([first, second]))
      assert.match(readingText(pdf), /Aggression against Ukraine/)
    assert.deepEqual(printer.load, { running: 0, waiting: 0 })
  })

  it('fetches nothing a page names: no image, style sheet, font or frame', async () => {
    const asked: string[] = []
    const server = createServer((request, response) => {
      asked.push(request.url ?? '')
      response.end('')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const html = [
        '<!doctype html><html lang="en"><head>',
        `<link rel="stylesheet" href="${base}/style.css">`,
        `<style>@font-face { font-family: Remote; src: url(${base}/font.woff2); } p { font-family: Remote; }</style>`,
        `</head><body><p>Nothing fetched</p><img src="${base}/image.png"><iframe src="${base}/frame"></iframe>`,
        `<img src="http://example.org/image.png"></body></html>`,
      ].join('')
      const pdf = await printer.print(html)
      assert.match(readingText(pdf), /Nothing fetched/)
      assert.deepEqual(asked, [], 'the page asked the local server for nothing')
    } finally {
      server.close()
    }
  })

  it('starts Chromium again after it was killed: the job in flight fails clearly, the next one prints', async () => {
    const before = browserPid()
    const inFlight = printer.print(pdfPage(chinese, { view: 'clean' }))
    // The Chinese page takes Chromium seconds to print; kill it in the middle.
    await new Promise((r) => setTimeout(r, 300))
    process.kill(before, 'SIGKILL')
    await assert.rejects(inFlight, (e: Error) => {
      assert.ok(e instanceof PrintFailed, `got ${e.name}: ${e.message}`)
      assert.match(e.message, /Chromium exited while printing/)
      return true
    })
    const pdf = await printer.print(page('Printed after the crash'))
    assert.match(readingText(pdf), /Printed after the crash/)
    assert.notEqual(browserPid(), before, 'a new Chromium prints')
    assert.ok(events.includes('pdf.browser.exit'), 'the exit is logged')
  })

  it('gives up a document that takes longer than the timeout and frees its slot', async () => {
    const hasty = new PdfPrinter({ concurrency: 1, timeout: 200, log: silentLog })
    try {
      await hasty.warm()
      await assert.rejects(hasty.print(pdfPage(chinese, { view: 'clean' })), (e: Error) => {
        assert.ok(e instanceof PrintFailed, `got ${e.name}: ${e.message}`)
        assert.match(e.message, /did not print within 0.2 s/)
        return true
      })
      assert.deepEqual(hasty.load, { running: 0, waiting: 0 })
    } finally {
      await hasty.close()
    }
  })

  it('leaves no Chromium process behind when closed, and prints nothing after', async () => {
    const others = new Set(chromiumProcesses().map((p) => p.pid))
    const own = new PdfPrinter({ log: silentLog })
    await own.print(page('One page'))
    const started = chromiumProcesses().filter((p) => !others.has(p.pid))
    assert.ok(started.length > 1, 'a browser and its helper processes')
    await own.close()
    assert.ok(
      await eventually(() => started.every((p) => !alive(p.pid)), 5000),
      `still running: ${started.filter((p) => alive(p.pid)).map((p) => `${p.pid} ${p.command}`)}`,
    )
    await assert.rejects(own.print(page('Too late')), PrintFailed)
  })
})
