// The export pool (issue 16): exports written in worker threads are the files the event loop would write, errors
// come back as the same errors (and HTTP answers), a crashed thread is replaced, a full queue is refused.
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { compareDrafts } from '../../schema/index.ts'
import { clause, draft, ins, w } from '../../schema/test/amendment-drafts.ts'
import { writeComparisonDocx } from '../formats/docx/compare.ts'
import { ExportBusy, ExportPool, exportFile, PdfPrinter } from '../formats/index.ts'
import { openZip } from '../formats/zip/unzip.ts'
import { connect, draftWithTokens, eventually, firstText, tempDir, testServer } from './helpers.ts'

const doc = draft('en', [
  clause('operative', 'o1', ['Decides to act', w(' promptly', ins('a1'))]),
  clause('operative', 'o2', 'Decides to remain seized.'),
])

describe('the export pool', () => {
  const pool = new ExportPool({ threads: 1, queueLimit: 2 })
  const printer = new PdfPrinter()
  after(async () => {
    await pool.close()
    await printer.close()
  })

  it('writes every format but PDF as exportFile writes it on the event loop', async () => {
    for (const format of ['md', 'txt', 'html', 'akn'] as const) {
      for (const view of ['clean', 'compilation'] as const) {
        const request = { format, view }
        assert.equal(
          await pool.write({ doc, records: [] }, request),
          await exportFile({ doc, records: [] }, request, { pdf: printer }),
          `${format} ${view}`,
        )
      }
    }
    const docx = await pool.write({ doc, records: [] }, { format: 'docx', view: 'compilation' })
    assert.ok(docx instanceof Uint8Array && docx.length > 1000, 'a Word file')
    assert.equal(Buffer.from(docx.subarray(0, 2)).toString(), 'PK', 'a zip')
  })

  it('compares two versions and writes the Word file with tracked changes as the event loop writes it', async () => {
    const later = draft('en', [
      clause('operative', 'o1', 'Decides to act promptly'),
      clause('operative', 'o2', 'Decides to remain seized.'),
    ])
    const options = { defaultAuthor: 'Facilitator', fromLabel: 'L.1', toLabel: 'L.1/Rev.1' }
    const documentXml = async (docx: Uint8Array) => {
      const zip = await openZip(docx, 'the comparison')
      try {
        // Without dates: a revision with no known date may be stamped with the time it was written.
        return new TextDecoder()
          .decode((await zip.read('word/document.xml'))!)
          .replace(/ w:date="[^"]*"/g, '')
      } finally {
        zip.close()
      }
    }
    const pooled = await documentXml(await pool.writeComparison(doc, later, options))
    assert.match(pooled, /<w:ins [^>]*w:author="Facilitator"[\s\S]*?promptly/, 'the inserted word, tracked')
    assert.equal(pooled, await documentXml(await writeComparisonDocx(compareDrafts(doc, later, options))))
  })

  it('gives back the RangeError of a view that cannot be written', async () => {
    await assert.rejects(
      pool.write({ doc, records: [] }, { format: 'md', view: 'amendments', delegation: 'Chile' }),
      RangeError,
    )
  })

  it('refuses an export beyond its queue, and a PDF', async () => {
    const request = { format: 'docx', view: 'clean' } as const
    const runs = [pool.write({ doc, records: [] }, request), pool.write({ doc, records: [] }, request)]
    await assert.rejects(pool.write({ doc, records: [] }, request), ExportBusy)
    await Promise.all(runs)
    await assert.rejects(pool.write({ doc, records: [] }, { format: 'pdf', view: 'clean' }), /Chromium/)
  })

  it('replaces a thread that crashed: the export under way fails, the next one is written', async () => {
    const request = { format: 'html', view: 'clean' } as const
    const under = pool.write({ doc, records: [] }, request)
    await pool.crashForTest()
    await assert.rejects(under, /export worker thread stopped/)
    assert.match(String(await pool.write({ doc, records: [] }, request)), /Decides to act/)
  })
})

describe('exports over HTTP go through the pool', () => {
  it('a draft being edited is exported with the words just typed; a stored one as stored; errors as before', async () => {
    const data = tempDir()
    const server = await testServer(data.dir, { exportThreads: 1 })
    const { id, tokens } = await draftWithTokens(server, { chair: ['Facilitator', 'chair'] })
    const exported = (format: string, extra = '') =>
      fetch(`${server.url}/api/drafts/${id}/export?format=${format}${extra}&token=${tokens.chair}`)
    try {
      const stored = await exported('md')
      assert.equal(stored.status, 200)
      assert.match(await stored.text(), /Decides to remain seized/)
      const chair = connect(server, id, tokens.chair!)
      try {
        await chair.synced
        firstText(chair.fragment)!.insert(0, 'Typed just now ')
        assert.ok(
          await eventually(
            async () => (await (await exported('txt')).text()).includes('Typed just now'),
            5000,
          ),
          'the export shows the live words',
        )
      } finally {
        chair.destroy()
      }
      const word = await exported('docx', '&view=compilation')
      assert.equal(word.status, 200)
      assert.equal(
        Buffer.from(await word.arrayBuffer())
          .subarray(0, 2)
          .toString(),
        'PK',
      )
      const none = await exported('md', '&view=amendments&delegation=Chile')
      assert.equal(none.status, 422, 'a delegation without amendments')
    } finally {
      await server.close()
      data.remove()
    }
  })
})
