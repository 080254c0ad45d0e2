// A worker thread of the load generator: it holds a share of the clients of a room, makes some of them type,
// and reports when its clients applied every keystroke. Several workers apply a broadcast in parallel, as the
// delegations' own machines would, instead of one thread applying it for every client in turn.
import { parentPort } from 'node:worker_threads'
import * as Y from 'yjs'
import { ApplyTracker } from './apply-tracker.ts'
import { now } from './clock.ts'
import { connectAll, type LightClient } from './light-client.ts'
import type { FromWorker, Keystroke, ToWorker } from './room-load.ts'
import { Typist } from './typist.ts'

const port = parentPort!
const tracker = new ApplyTracker()
const sent: Keystroke[] = []
let clients: LightClient[] = []
let typists: { typist: Typist; index: number }[] = []

const reply = (message: FromWorker) => port.postMessage(message)

async function handle(message: ToWorker): Promise<FromWorker> {
  switch (message.type) {
    case 'connect': {
      const onAdvance = (client: LightClient, author: number, clock: number) =>
        tracker.applied(client, author, clock)
      if (message.seed) {
        const [first] = await connectAll(message.urls.slice(0, 1), 1, onAdvance)
        first!.sendLocalUpdates()
        Y.applyUpdate(first!.doc, message.seed)
        clients.push(first!)
      }
      clients.push(...(await connectAll(message.urls.slice(clients.length), 25, onAdvance)))
      typists = message.typists.map((index, i) => ({
        index,
        typist: new Typist(clients[i]!, index, (author, endClock) =>
          sent.push({ author, endClock, sentAt: now() }),
        ),
      }))
      return { type: 'connected', authors: typists.map((_, i) => clients[i]!.doc.clientID) }
    }
    case 'type': {
      const local = new Set(typists.map((_, i) => clients[i]!.doc.clientID))
      for (const author of message.authors)
        tracker.follow(author, clients.length - (local.has(author) ? 1 : 0))
      for (const { typist, index } of typists) {
        typist.start(message.intervalMs, (index * message.intervalMs) / message.typists)
      }
      return { type: 'done' }
    }
    case 'stop':
      for (const { typist } of typists) typist.stop()
      return { type: 'done' }
    case 'report': {
      const vectors = new Set(clients.map((c) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64')))
      return {
        type: 'report',
        sent,
        delivery: tracker.report(),
        vectors: [...vectors],
        waiting: clients.filter((c) => c.doc.store.pendingStructs !== null).length,
        dropped: clients.filter((c) => c.closeCode !== null).length,
      }
    }
    case 'close':
      for (const { typist } of typists) typist.stop()
      await Promise.all(clients.map((c) => c.close()))
      clients = []
      return { type: 'done' }
  }
}

port.on('message', (message: ToWorker) => {
  handle(message).then(reply, (error: Error) => reply({ type: 'error', message: error.message }))
})
