// A worker thread holding raw readers (raw-reader.ts) of a room: it opens them, then lets them read in short
// bursts, and reports how many are synced and closed.
import { parentPort } from 'node:worker_threads'
import { RawReader } from './raw-reader.ts'

/** Messages from the pool to a reader worker. */
export type ToReaderWorker =
  | {
      type: 'connect'
      /** Where each reader connects. */
      addresses: { host: string; port: number; path: string }[]
      batch: number
      periodMs: number
    }
  | { type: 'report' }
  | { type: 'close' }

/** A reader worker's answer to each message. */
export type FromReaderWorker =
  | { type: 'report'; open: number; closed: number[]; receivedBytes: number }
  | { type: 'done' }
  | { type: 'error'; message: string }

const port = parentPort!
let readers: RawReader[] = []
let cycle: NodeJS.Timeout | null = null

/** Every `periodMs`, every reader reads what waits in its socket for a moment, then stops again. */
function readInBursts(periodMs: number): void {
  for (const reader of readers) reader.pause()
  cycle = setInterval(() => {
    for (const reader of readers) reader.resume()
    setTimeout(() => {
      for (const reader of readers) reader.pause()
    }, 20)
  }, periodMs)
}

async function handle(message: ToReaderWorker): Promise<FromReaderWorker> {
  switch (message.type) {
    case 'connect': {
      for (let start = 0; start < message.addresses.length; start += message.batch) {
        const group = message.addresses
          .slice(start, start + message.batch)
          .map(({ host, port, path }) => new RawReader(host, port, path))
        readers.push(...group)
        await Promise.all(group.map((r) => r.synced))
      }
      readInBursts(message.periodMs)
      return { type: 'done' }
    }
    case 'report':
      return {
        type: 'report',
        open: readers.filter((r) => r.closeCode === null).length,
        closed: readers.flatMap((r) => (r.closeCode === null ? [] : [r.closeCode])),
        receivedBytes: readers.reduce((sum, r) => sum + r.received, 0),
      }
    case 'close':
      if (cycle) clearInterval(cycle)
      await Promise.all(readers.map((r) => r.close()))
      readers = []
      return { type: 'done' }
  }
}

port.on('message', (message: ToReaderWorker) => {
  handle(message).then(
    (answer) => port.postMessage(answer),
    (error: Error) => port.postMessage({ type: 'error', message: error.message }),
  )
})
