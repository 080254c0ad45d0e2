// Two `penholder serve --store postgres://… --redis redis://…` processes behind a load balancer, with clients
// typing on both: one process killed with SIGKILL loses nothing any client typed, and its clients reconnect to
// the other and converge; Redis killed and restarted mid-session, the processes reconnect, catch up from the
// store, and no update is lost.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { SHARED } from '../../schema/index.ts'
import { Authority } from '../auth/index.ts'
import { type ChildServer, startPenholder } from '../bench/child-server.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import type { RunningServer } from '../index.ts'
import { PgStorage } from '../storage/index.ts'
import { connect, draftWithTokens, firstText, sleep, until } from './helpers.ts'
import { postgresSkip, startPostgres, type TestPostgres } from './postgres.ts'
import { redisSkip, startRedis, type TestRedis } from './redis.ts'
import { startBalancer, type TcpBalancer } from './tcp-balancer.ts'

// Every y-websocket provider adds a listener to the process's 'exit' event.
process.setMaxListeners(40)

type Client = ReturnType<typeof connect>

/** Clients typing their own marks (`‹client.n›`) into the first text, each every `every` ms, until stopped. */
function typing(clients: Client[], every: number) {
  const typed: string[] = []
  let running = true
  const loops = clients.map(async (c, i) => {
    for (let k = 0; running; k++) {
      const mark = `‹${i}.${k}›`
      firstText(c.fragment)!.insert(0, mark)
      typed.push(mark)
      await sleep(every)
    }
  })
  return {
    typed,
    async stop() {
      running = false
      await Promise.all(loops)
    },
  }
}

describe('cluster processes killed and cut off', { skip: postgresSkip() || redisSkip() }, () => {
  let postgres: TestPostgres
  let redis: TestRedis
  let store: string
  let storage: PgStorage
  const servers: ChildServer[] = []
  let balancer: TcpBalancer | null = null
  const clients: Client[] = []

  before(async () => {
    ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
    store = await postgres.database()
    storage = await PgStorage.open(store)
    // Two processes (one after the other: the first start creates the demo draft) for both tests, and a balancer.
    for (let i = 0; i < 2; i++) servers.push(await startPenholder({ store, redis: redis.url }))
    balancer = await startBalancer(servers.map((s) => s.port))
  })
  after(async () => {
    for (const c of clients) c.destroy()
    await balancer?.close()
    await Promise.all(servers.map((s) => s.stop('SIGKILL')))
    await storage?.close()
    await redis?.stop()
    await postgres?.stop()
  })

  /** A draft and six clients on it, three on each process. */
  async function cluster() {
    balancer!.taken.clear()
    const authority = await Authority.open(storage)
    const draft = await draftWithTokens({ storage, authority } as unknown as RunningServer, {
      chair: ['Chair', 'chair'],
    })
    // Six clients, three on each process (the balancer takes turns).
    const six = Array.from({ length: 6 }, () => connect(balancer!, draft.id, draft.tokens.chair!))
    clients.push(...six)
    await Promise.all(six.map((c) => c.synced))
    assert.deepEqual([...balancer!.taken.values()], [3, 3])
    return { draft, six }
  }

  /** Waits until every client shows the same text holding every mark typed, and the store holds that text. */
  async function convergedAndStored(six: Client[], typed: string[], id: string): Promise<void> {
    const first = () => six[0]!.text()
    const done = () => six.every((c) => c.text() === first()) && typed.every((m) => first().includes(m))
    const ok = await until(done, 30_000)
    const missing = typed.filter((m) => !first().includes(m))
    assert.ok(ok, `every client has every mark; missing ${missing.length}: ${missing.slice(0, 5).join(' ')}`)
    const stored = async () =>
      draftDocFromStore((await storage.loadDraft(id))!)
        .getXmlFragment(SHARED.document)
        .toString()
    assert.equal(await stored(), first(), 'the store holds what the clients show')
  }

  function leave(six: Client[]): void {
    for (const c of six) c.destroy()
    clients.length = 0
  }

  it('catches up after Redis is restarted mid-session, losing no update', async () => {
    const { draft, six } = await cluster()
    const typist = typing(six, 15)
    await sleep(500)
    await redis.kill()
    await sleep(800)
    await redis.restart()
    await sleep(800)
    await typist.stop()
    await convergedAndStored(six, typist.typed, draft.id)
    for (const c of six) assert.deepEqual(c.closes, [], 'no client was refused or dropped')
    for (const s of servers) {
      assert.match(s.output(), /cluster\.lost/, 'the process noticed Redis was gone')
      assert.match(s.output(), /cluster\.resumed/, 'and came back to it')
    }
    leave(six)
  })

  it('loses nothing when one process is killed while clients type on both; its clients move to the other', async () => {
    const { draft, six } = await cluster()
    const typist = typing(six, 15)
    await sleep(800)
    await servers[0]!.stop('SIGKILL')
    await sleep(800)
    await typist.stop()
    assert.ok(typist.typed.length > 60, `typed ${typist.typed.length} marks`)
    await convergedAndStored(six, typist.typed, draft.id)
    assert.equal(
      balancer!.taken.get(servers[1]!.port),
      6,
      "the killed process's clients reconnected to the other",
    )
    leave(six)
  })
})
