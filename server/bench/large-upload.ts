// What the long-work test and the upload bench share: a large resolution text to upload, and the event loop's
// worst delay while some work runs.
import { readFileSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * A resolution's text of about `bytes` in UTF-8: a real header and preamble, then numbered operative paragraphs
 * quoting Chinese (3 bytes a character), so that 5 MB stay within the importer's 2 million characters.
 */
export function largeResolutionText(bytes: number): string {
  const real = readFileSync(
    new URL('../../schema/test/fixtures/en_A-RES-ES-11-1.txt', import.meta.url),
    'utf8',
  )
  const head = real.slice(0, real.search(/^1\.\s/m))
  const quote =
    '请秘书长向大会下届会议报告本决议的执行情况，包括在促进和保护人权方面取得的进展以及会员国之间加强合作的情况'
  const lines: string[] = [head]
  let size = head.length
  for (let n = 1; size + 200 < bytes; n++) {
    const line = `${n}. Requests the Secretary-General to report (${quote.repeat(40)});\n\n`
    lines.push(line)
    size += Buffer.byteLength(line)
  }
  return lines.join('')
}

/**
 * The event loop's worst delay, in ms, while `work` runs, with a turn of the loop before and after it (a delay is
 * recorded only when the loop runs again).
 */
export async function loopDelayDuring(work: () => Promise<unknown>): Promise<number> {
  const h = monitorEventLoopDelay({ resolution: 10 })
  h.enable()
  try {
    await new Promise((r) => setTimeout(r, 30))
    await work()
    await new Promise((r) => setTimeout(r, 30))
  } finally {
    h.disable()
  }
  return h.max / 1e6
}
