// Issue 16, "Long work never freezes": while a 5 MB upload (an import, a preview) or a large Word export runs
// through the API, a room where a facilitator types stays responsive, because each runs in a worker thread (the
// upload thread, the export pool). The same work done on the event loop blocks it far longer, which is what this
// would catch: each measure is compared with that, in the same run (no bound in ms: a shared machine).
// The import-dictionary test checks only that a timer runs during an import; this one measures the delays.
import assert from 'node:assert/strict'
import { performance } from 'node:perf_hooks'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import type { Lang } from '../../schema/index.ts'
import { clause, del, draft, ins, w } from '../../schema/test/amendment-drafts.ts'
import { largeResolutionText, loopDelayDuring } from '../bench/large-upload.ts'
import { storeNewDraft } from '../drafts/create.ts'
import { importDraftText } from '../drafts/import.ts'
import { exportFile, PdfPrinter, uploadedDraft, uploadPreview } from '../formats/index.ts'
import { spellingDictionaries, spellingDictionary } from '../import/dictionary.ts'
import { createDraft } from '../index.ts'
import type { DraftMeta } from '../storage/index.ts'
import { connect, draftWithTokens, firstText, homeToken, sleep, tempDir, testServer } from './helpers.ts'

/** A long compilation: `count` operative paragraphs, each with words Egypt proposes to insert and delete. */
function longCompilation(count: number): Node {
  const words = 'the international community and all Member States to strengthen cooperation'
  const body = Array.from({ length: count }, (_, i) =>
    clause('operative', `o${i + 1}`, [
      `Calls upon ${words} in paragraph ${i + 1}, `,
      w('with full respect for human rights, ', ins(`a${i}`)),
      w('where appropriate, ', del(`a${i}`)),
      `and requests the Secretary-General to report thereon;`,
    ]),
  )
  return draft('en', body)
}

describe('long work runs off the event loop that serves the rooms', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let home: string
  let bigId: string
  let big: Node

  before(async () => {
    server = await testServer(data.dir)
    home = await homeToken(server)
    big = longCompilation(1500)
    bigId = (await createDraft(server.storage, big)).id
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  const exportBig = async () => {
    const res = await fetch(
      `${server.url}/api/drafts/${bigId}/export?format=docx&view=compilation&token=${home}`,
    )
    assert.equal(res.status, 200, await res.clone().text())
    return new Uint8Array(await res.arrayBuffer())
  }

  /** A facilitator types in a small room while `work` runs: each keystroke's echo at a second client, in ms. */
  async function typingDuring(work: () => Promise<void>): Promise<{ echoes: number[]; maxLoop: number }> {
    const room = await draftWithTokens(server, {
      writer: ['Facilitator', 'chair'],
      reader: ['Facilitator', 'chair'],
    })
    const writer = connect(server, room.id, room.tokens.writer!)
    const reader = connect(server, room.id, room.tokens.reader!)
    try {
      await Promise.all([writer.synced, reader.synced])
      const base = firstText(reader.fragment)!.length
      const echoes: number[] = []
      let typing = true
      const type = async () => {
        for (let typed = 1; typing; typed++) {
          const start = performance.now()
          firstText(writer.fragment)!.insert(0, 'x')
          const seen = firstText(reader.fragment)!
          await new Promise<void>((resolve) => {
            const check = () => {
              if (seen.length < base + typed) return
              reader.doc.off('update', check)
              resolve()
            }
            reader.doc.on('update', check)
            check()
          })
          echoes.push(performance.now() - start)
          await sleep(10)
        }
      }
      const maxLoop = await loopDelayDuring(async () => {
        const typist = type()
        try {
          await work()
        } finally {
          typing = false
          await typist
        }
      })
      return { echoes, maxLoop }
    } finally {
      writer.destroy()
      reader.destroy()
    }
  }

  const figures = (what: string, { echoes, maxLoop }: { echoes: number[]; maxLoop: number }) =>
    `${what}: ${echoes.length} keystrokes, echo max ${Math.max(...echoes).toFixed(0)} ms, ` +
    `event loop delay max ${maxLoop.toFixed(0)} ms`

  it('a room keeps echoing keystrokes while large Word exports are written, the loop blocked far less than when they are written on it', async (t) => {
    // Warm: both export threads have started and loaded their code before the measure.
    await Promise.all([exportBig(), exportBig()])
    let fileBytes = 0
    const pooled = await typingDuring(async () => {
      const files = await Promise.all([exportBig(), exportBig()])
      fileBytes = files[0]!.length
    })
    t.diagnostic(figures(`two ${(fileBytes / 1024).toFixed(0)} KB Word exports at once, in the pool`, pooled))
    assert.ok(fileBytes > 50_000, 'the Word file was written')
    assert.ok(pooled.echoes.length >= 5, `the room echoed keystrokes meanwhile (${pooled.echoes.length})`)

    // No bound in ms (a shared machine): the figure is printed, and compared with the same export written on the
    // event loop, as before the pool: it blocks the loop longer (the clients of
    // this test share that loop, so they cannot type while it is blocked: only the loop's delay tells).
    const printer = new PdfPrinter()
    const onLoop = await typingDuring(async () => {
      await sleep(30)
      await exportFile({ doc: big, records: [] }, { view: 'compilation', format: 'docx' }, { pdf: printer })
      await sleep(30)
    })
    await printer.close()
    t.diagnostic(figures('the same Word export on the event loop', onLoop))
    assert.ok(onLoop.maxLoop > pooled.maxLoop, 'on the loop the export blocks it longer than in the pool')
  })

  describe('a 5 MB upload', () => {
    const text = largeResolutionText(5 * 1024 * 1024 - 64 * 1024)
    // Written before the measures: the test's own JSON.stringify of 5 MB would block the loop it shares.
    const body = Buffer.from(JSON.stringify({ file: text }))
    const mb = (Buffer.byteLength(text) / 1048576).toFixed(1)
    const post = async (path: string, expected: number) => {
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${home}`, 'Content-Type': 'application/json' },
        body,
      })
      const answer = await res.text()
      assert.equal(res.status, expected, answer.slice(0, 500))
      return answer
    }
    // The same work as the upload thread's, on the event loop, as before the thread: the comparison that can fail.
    const importHere = (t: string, lang: Lang | undefined) => importDraftText(t, lang, spellingDictionaries)

    before(async () => {
      // Warm, outside the measures: the upload thread started with its code loaded, and this thread's English
      // dictionary loaded, so that both sides do the same work.
      await post('/api/import/preview', 200)
      spellingDictionary('en')
    })

    it('is imported through the API while a room keeps echoing keystrokes, the loop blocked far less than when it is imported on it', async (t) => {
      let created = ''
      const threaded = await typingDuring(async () => {
        created = (JSON.parse(await post('/api/drafts', 201)) as { draft: { id: string } }).draft.id
      })
      t.diagnostic(figures(`a ${mb} MB import through the API, in the upload thread`, threaded))
      const meta = await server.storage.draft(created)
      assert.ok(meta, 'the imported draft was created')
      assert.ok(
        threaded.echoes.length >= 5,
        `the room echoed keystrokes meanwhile (${threaded.echoes.length})`,
      )

      let onLoopMeta: DraftMeta | undefined
      const onLoop = await typingDuring(async () => {
        await sleep(30)
        onLoopMeta = await storeNewDraft(server.storage, await uploadedDraft(body, importHere))
        await sleep(30)
      })
      t.diagnostic(figures('the same import on the event loop', onLoop))
      assert.deepEqual(
        { title: meta.title, symbol: meta.symbol, lang: meta.lang },
        { title: onLoopMeta!.title, symbol: onLoopMeta!.symbol, lang: onLoopMeta!.lang },
        'the thread made the draft the loop makes',
      )
      assert.ok(
        onLoop.maxLoop > threaded.maxLoop,
        'on the loop the import blocks it longer than in the thread',
      )
    })

    it('is previewed through the API while a room keeps echoing keystrokes, the loop blocked far less than when it is previewed on it', async (t) => {
      let answer = ''
      const threaded = await typingDuring(async () => {
        answer = await post('/api/import/preview', 200)
      })
      t.diagnostic(figures(`a ${mb} MB preview through the API, in the upload thread`, threaded))
      assert.ok(
        threaded.echoes.length >= 5,
        `the room echoed keystrokes meanwhile (${threaded.echoes.length})`,
      )

      let onLoopAnswer = ''
      const onLoop = await typingDuring(async () => {
        await sleep(30)
        onLoopAnswer = await uploadPreview(body, importHere)
        await sleep(30)
      })
      t.diagnostic(figures('the same preview on the event loop', onLoop))
      const preview = JSON.parse(answer) as { outline: { counts: { operative: number } }; format: string }
      const operative = preview.outline.counts.operative
      assert.equal(
        operative,
        text.match(/^\d+\. Requests/gm)!.length,
        'every operative paragraph of the file',
      )
      assert.deepEqual(preview, JSON.parse(onLoopAnswer), 'the thread answers as the loop would')
      assert.ok(
        onLoop.maxLoop > threaded.maxLoop,
        'on the loop the preview blocks it longer than in the thread',
      )
    })
  })
})
