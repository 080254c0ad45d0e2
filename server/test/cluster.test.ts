// Two server processes on one PostgreSQL store and one Redis serve the same draft (`--redis`): what a client
// types on one reaches the clients of the other, awareness too, and every client and the store end with the
// same document. The store's sequence decides the order of accepted updates: when both processes accept at
// once, the second appends only after catching up and checking again, so two updates that each keep the
// schema but together break it are never both stored. (Two servers in one test process stand for two
// processes: each has its own store connections, its own Redis connections and its own process id.)
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import { CLOSE, forEachBlock, SHARED, schema } from '../../schema/index.ts'
import { draftDocFromStore, proseMirrorDoc } from '../drafts/ydoc.ts'
import type { RunningServer } from '../index.ts'
import { writeAwarenessEntries } from '../room/awareness-guard.ts'
import {
  amendmentsDraft,
  clauseAt,
  del,
  EditingClient,
  ins,
  proposal,
  recordFor,
  snapshot,
  textPos,
} from './amendments-fixture.ts'
import {
  awarenessMessage,
  connect,
  draftWithTokens,
  eventually,
  firstText,
  sleep,
  tempDir,
  testServer,
  until,
} from './helpers.ts'
import { postgresSkip, startPostgres, type TestPostgres } from './postgres.ts'
import { call } from './record-fixture.ts'
import { redisSkip, startRedis, type TestRedis } from './redis.ts'

const { nodes } = schema

/** The draft as the store holds it (compacted state plus log). */
async function storedDoc(server: RunningServer, id: string): Promise<Node> {
  return proseMirrorDoc(draftDocFromStore((await server.storage.loadDraft(id))!))
}

/** The paragraphs of a draft in order, each as its kind and text. */
function paragraphs(doc: Node): string[] {
  const out: string[] = []
  forEachBlock(doc, (n) => {
    if (n.type.name === 'preambular' || n.type.name === 'operative')
      out.push(`${n.type.name}: ${n.textContent}`)
  })
  return out
}

describe('two processes serving one draft through Redis', { skip: postgresSkip() || redisSkip() }, () => {
  const folder = tempDir()
  let postgres: TestPostgres
  let redis: TestRedis
  let a: Awaited<ReturnType<typeof testServer>>
  let b: Awaited<ReturnType<typeof testServer>>

  before(async () => {
    ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
    const store = await postgres.database()
    ;[a, b] = await Promise.all([
      testServer(folder.dir, { store, redis: redis.url }),
      testServer(folder.dir, { store, redis: redis.url }),
    ])
  })
  after(async () => {
    await a?.close()
    await b?.close()
    await redis?.stop()
    await postgres?.stop()
    folder.remove()
  })

  it('brings what clients type on either process to every client, and the store holds it', async () => {
    const draft = await draftWithTokens(a, { chair: ['Chair', 'chair'] })
    const clients = [a, a, a, b, b, b].map((server) => connect(server, draft.id, draft.tokens.chair!))
    await Promise.all(clients.map((c) => c.synced))
    // Each types its own marks at the start of the first text, all at once, as fast as the loop goes.
    await Promise.all(
      clients.map(async (c, i) => {
        for (let k = 0; k < 15; k++) {
          firstText(c.fragment)!.insert(0, `‹${i}.${k}›`)
          await sleep(2)
        }
      }),
    )
    const every = clients.flatMap((_, i) => Array.from({ length: 15 }, (_, k) => `‹${i}.${k}›`))
    const converged = () =>
      clients.every((c) => c.text() === clients[0]!.text()) &&
      every.every((m) => clients[0]!.text().includes(m))
    assert.ok(await until(converged, 10_000), 'every client has every mark, in the same order')
    for (const c of clients) assert.deepEqual(c.closes, [])
    const text = clients[0]!.text()
    for (const c of clients) c.destroy()
    const stored = draftDocFromStore((await a.storage.loadDraft(draft.id))!)
    assert.equal(
      stored.getXmlFragment(SHARED.document).toString(),
      text,
      'the store holds what the clients show',
    )
  })

  it('shows who is connected and where, across processes', async () => {
    const draft = await draftWithTokens(a, { egypt: ['Egypt', 'delegate'], brazil: ['Brazil', 'delegate'] })
    const egypt = connect(a, draft.id, draft.tokens.egypt!)
    const brazil = connect(b, draft.id, draft.tokens.brazil!)
    await Promise.all([egypt.synced, brazil.synced])
    egypt.provider.awareness.setLocalStateField('cursor', { at: 7 })
    const seen = () => brazil.provider.awareness.getStates().get(egypt.doc.clientID)
    assert.ok(await until(() => (seen()?.cursor as { at: number } | undefined)?.at === 7))
    assert.equal((seen()!.user as { delegation: string }).delegation, 'Egypt', 'as the server stamped it')
    const egyptId = egypt.doc.clientID
    egypt.destroy()
    assert.ok(await until(() => !brazil.provider.awareness.getStates().has(egyptId)), 'gone once it left')
    brazil.destroy()
  })

  it("refuses a client's claim of an awareness id that a connection of the other process holds", async () => {
    const draft = await draftWithTokens(a, { egypt: ['Egypt', 'delegate'], brazil: ['Brazil', 'delegate'] })
    const egypt = connect(a, draft.id, draft.tokens.egypt!)
    const watcherOnA = connect(a, draft.id, draft.tokens.brazil!)
    const brazil = connect(b, draft.id, draft.tokens.brazil!)
    await Promise.all([egypt.synced, watcherOnA.synced, brazil.synced])
    egypt.provider.awareness.setLocalStateField('cursor', { at: 7 })
    const id = egypt.doc.clientID
    const cursorOf = (c: ReturnType<typeof connect>) =>
      (c.provider.awareness.getStates().get(id)?.cursor as { at: number } | undefined)?.at
    assert.ok(await until(() => cursorOf(brazil) === 7), "B's clients see Egypt's cursor")
    // A client on B sends a state for Egypt's id, with a clock far ahead so that it would win everywhere.
    const forged = writeAwarenessEntries([
      { clientID: id, clock: 1000, state: { user: { name: 'Not Egypt' }, cursor: { at: 99 } } },
    ])
    brazil.provider.ws!.send(awarenessMessage(forged))
    assert.ok(await until(() => b.log.has('awareness.dropped', `client ${id} belongs to another connection`)))
    await sleep(150)
    for (const c of [brazil, watcherOnA, egypt])
      assert.equal(cursorOf(c), 7, "Egypt's cursor, not the forged one")
    assert.equal((brazil.provider.awareness.getStates().get(id)!.user as { name?: string }).name, undefined)
    for (const c of [egypt, watcherOnA, brazil]) c.destroy()
  })

  it('takes paragraphs added at once on both sides of the part border on two processes, every round', async () => {
    const draft = await amendmentsDraft(a)
    const chair = new EditingClient(a, draft.id, draft.tokens.chair!, 'Chair')
    const egypt = new EditingClient(b, draft.id, draft.tokens.egypt!, 'Egypt')
    await Promise.all([chair.client.synced, egypt.client.synced])
    const rounds = 8
    for (let round = 0; round < rounds; round++) {
      // Both edits are made before either process hears of the other's: the updates cross between processes.
      chair.edit((tr) => {
        const preamble = paragraphs(tr.doc).filter((p) => p.startsWith('preambular')).length
        let last = clauseAt(tr.doc, 'cpre1')
        if (preamble > 1) last = clauseAt(tr.doc, `cpre-${round - 1}`)
        tr.insert(
          last.pos + last.node.nodeSize,
          nodes.preambular.create(
            { id: `cpre-${round}` },
            nodes.para.create(null, schema.text(`Noting ${round},`)),
          ),
        )
      })
      egypt.edit(
        (tr) => {
          const first = clauseAt(tr.doc, round === 0 ? 'cop1' : `egn${round - 1}`)
          const attrs = {
            id: `egn${round}`,
            proposal: proposal({ amendment: `egn${round}`, delegation: 'Egypt', kind: 'insert' }),
          }
          const text = schema.text(`Welcomes ${round};`, [ins(`egn${round}`, 'Egypt')])
          tr.insert(first.pos, nodes.operative.create(attrs, nodes.para.create(null, text)))
        },
        (doc) => [
          recordFor(doc, {
            id: `egn${round}`,
            delegation: 'Egypt',
            clause: `egn${round}`,
            kind: 'insert-paragraph',
          }),
        ],
      )
      const done = () =>
        snapshot(chair.client.doc) === snapshot(egypt.client.doc) &&
        paragraphs(chair.doc).length === 5 + 2 * round
      assert.ok(await until(done, 5000), `round ${round}: both clients have both paragraphs`)
    }
    assert.deepEqual(chair.client.closes, [], "the chair's connection was never closed")
    assert.deepEqual(egypt.client.closes, [], "Egypt's connection was never closed")
    const stored = await storedDoc(a, draft.id)
    stored.check()
    const ps = paragraphs(stored)
    assert.equal(ps.length, 3 + 2 * rounds)
    assert.deepEqual(
      ps.map((p) => p.split(':')[0]),
      [...Array(1 + rounds).fill('preambular'), ...Array(2 + rounds).fill('operative')],
      'every preambular paragraph before every operative one',
    )
    assert.deepEqual(paragraphs(chair.doc), ps)
    chair.client.destroy()
    egypt.client.destroy()
  })

  it('never stores two updates that each keep the schema but together break it: the second is checked again', async () => {
    for (let round = 0; round < 5; round++) {
      const draft = await amendmentsDraft(a)
      const one = new EditingClient(a, draft.id, draft.tokens.chair!, 'Chair')
      const two = new EditingClient(b, draft.id, draft.tokens.chair!, 'Chair')
      await Promise.all([one.client.synced, two.client.synced])
      // A draft has at most one block of closing lines: each adds one where there was none, at the same moment.
      const closing = (text: string) => (tr: import('prosemirror-transform').Transform) => {
        if (tr.doc.lastChild?.type === nodes.closing)
          tr.delete(tr.doc.content.size - tr.doc.lastChild.nodeSize, tr.doc.content.size)
        tr.insert(
          tr.doc.content.size,
          nodes.closing.createAndFill(null, nodes.para.create(null, schema.text(text)))!,
        )
      }
      one.edit(closing(`Closing by A ${round}`))
      two.edit(closing(`Closing by B ${round}`))
      assert.ok(
        await until(() => one.client.closes.length + two.client.closes.length > 0, 5000),
        `round ${round}: one of the two was refused`,
      )
      // The refused client reconnects and sends its update again, which is refused again: only one is ever refused.
      await sleep(100)
      const refused = [one, two].filter((c) => c.client.closes.length > 0)
      assert.equal(refused.length, 1, `round ${round}: exactly one of the two refused, as on one process`)
      assert.ok(refused[0]!.client.closes.every((code) => code === CLOSE.invalidDocument))
      const stored = await storedDoc(a, draft.id)
      stored.check()
      let closings = 0
      stored.forEach((n) => {
        if (n.type === nodes.closing) closings++
      })
      assert.equal(closings, 1, `round ${round}: one block of closing lines stored`)
      one.client.destroy()
      two.client.destroy()
    }
  })

  it("lets the facilitator on one process accept a delegation's proposal made on the other", async () => {
    const draft = await amendmentsDraft(a)
    const chair = new EditingClient(a, draft.id, draft.tokens.chair!, 'Chair')
    const brazil = new EditingClient(b, draft.id, draft.tokens.brazil!, 'Brazil')
    const egypt = new EditingClient(b, draft.id, draft.tokens.egypt!, 'Egypt')
    const clients = [chair, brazil, egypt]
    await Promise.all(clients.map((c) => c.client.synced))
    // Brazil proposes deleting "seized", as its editor does.
    brazil.edit(
      (tr) => {
        const at = textPos(tr.doc, 'seized')
        tr.addMark(at, at + 'seized'.length, del('br1', 'Brazil'))
      },
      (doc) => [recordFor(doc, { id: 'br1', delegation: 'Brazil', clause: 'cop2', kind: 'delete-words' })],
    )
    assert.ok(
      await until(() => chair.records.get('br1')?.status === 'proposed'),
      'the chair sees the proposal',
    )
    chair.decide(chair.records.get('br1')!, 'accepted')
    const accepted = (c: EditingClient) =>
      c.records.get('br1')?.status === 'accepted' && !c.doc.textContent.includes('seized')
    assert.ok(await until(() => clients.every(accepted)), 'accepted, and the word gone, for everyone')
    for (const c of clients) assert.deepEqual(c.client.closes, [], `${c.delegation} was never refused`)
    // The history the server keeps of the decision is written once, by the process that accepted it.
    const decisions = async () =>
      (await b.storage.history(draft.id)).filter(
        (e) => e.action === 'amendment.accepted' && e.amendment === 'br1',
      )
    assert.ok(await eventually(async () => (await decisions()).length > 0))
    await sleep(100)
    assert.equal((await decisions()).length, 1)
    const stored = await storedDoc(b, draft.id)
    assert.ok(!stored.textContent.includes('seized'))
    assert.equal(snapshot(chair.client.doc), snapshot(brazil.client.doc))
    for (const c of clients) c.client.destroy()
  })

  it("refuses an observer's edit and a delegation's edit of agreed text on either process", async () => {
    for (const [here, there] of [
      [a, b],
      [b, a],
    ] as const) {
      const draft = await amendmentsDraft(a)
      const watcher = new EditingClient(there, draft.id, draft.tokens.chair!, 'Chair')
      const observer = new EditingClient(here, draft.id, draft.tokens.observer!, 'Press')
      const egypt = new EditingClient(here, draft.id, draft.tokens.egypt!, 'Egypt')
      await Promise.all([watcher, observer, egypt].map((c) => c.client.synced))
      const before = snapshot(watcher.client.doc)
      observer.edit((tr) => tr.insert(textPos(tr.doc, 'Decides to act'), schema.text('Leaked ')))
      // Egypt types into the agreed text without a proposal's marks.
      egypt.edit((tr) => tr.insert(textPos(tr.doc, 'remain'), schema.text('never ')))
      assert.ok(await until(() => observer.client.closes.length > 0 && egypt.client.closes.length > 0))
      assert.equal(observer.client.closes[0], CLOSE.forbidden)
      assert.equal(egypt.client.closes[0], CLOSE.forbidden)
      await sleep(100)
      assert.equal(snapshot(watcher.client.doc), before, 'nothing reached the other process')
      const stored = await storedDoc(there, draft.id)
      assert.ok(!/Leaked|never/.test(stored.textContent), 'nothing stored')
      for (const c of [watcher, observer, egypt]) c.client.destroy()
    }
  })
  it('archives, opens again and deletes a draft on every process serving it, at once', async () => {
    const draft = await draftWithTokens(a, { chair: ['Chair', 'chair'], press: ['Press', 'observer'] })
    const path = `/api/drafts/${draft.id}`
    const onA = connect(a, draft.id, draft.tokens.chair!)
    const onB = connect(b, draft.id, draft.tokens.chair!)
    // A reader on B too (it is closed with 4409 after the archive, as noted in the report: its room then reloads).
    const readerOnB = connect(b, draft.id, draft.tokens.press!)
    await Promise.all([onA.synced, onB.synced, readerOnB.synced])
    firstText(onB.fragment)!.insert(0, 'Before ')
    assert.ok(await until(() => onA.text().includes('Before ')))

    assert.equal((await call(a, draft.tokens.chair!, `${path}/archive`, { method: 'POST' })).status, 200)
    // B's room heard of it on the bus: the change is refused there, before it reaches the store.
    await sleep(100)
    firstText(onB.fragment)!.insert(0, 'After ')
    assert.ok(await until(() => onB.closes.includes(CLOSE.archived)), `closes on B: ${onB.closes}`)
    assert.ok(!b.log.has('room.archived'), 'refused by the room, not learned from a refusal of the store')
    assert.doesNotMatch((await storedDoc(a, draft.id)).textContent, /After /)
    assert.ok(!readerOnB.text().includes('After '))
    onA.destroy()
    onB.destroy()

    assert.equal((await call(a, draft.tokens.chair!, `${path}/unarchive`, { method: 'POST' })).status, 200)
    await sleep(100)
    const againOnA = connect(a, draft.id, draft.tokens.chair!)
    const againOnB = connect(b, draft.id, draft.tokens.chair!)
    await Promise.all([againOnA.synced, againOnB.synced])
    firstText(againOnB.fragment)!.insert(0, 'Again ')
    assert.ok(await until(() => againOnA.text().includes('Again '), 10_000), 'B takes changes again')
    assert.deepEqual(againOnB.closes, [])

    assert.equal((await call(a, draft.tokens.chair!, path, { method: 'DELETE' })).status, 200)
    assert.ok(await until(() => againOnB.closes.includes(CLOSE.deleted)), `closes on B: ${againOnB.closes}`)
    for (const c of [againOnA, againOnB, readerOnB]) c.destroy()
    // B's room unloads without trying to compact a draft that is gone.
    await sleep(100)
    const errors = b.log.lines.filter((l) => l.startsWith('room.error') && l.includes(draft.id))
    assert.deepEqual(errors, [])
  })

  it('never stores an update after the archive: the store refuses it, and the room learns the draft is archived', async () => {
    const draft = await draftWithTokens(a, { chair: ['Chair', 'chair'] })
    const onA = connect(a, draft.id, draft.tokens.chair!)
    const onB = connect(b, draft.id, draft.tokens.chair!)
    await Promise.all([onA.synced, onB.synced])
    firstText(onB.fragment)!.insert(0, 'Stored ')
    assert.ok(await until(() => onA.text().includes('Stored ')))
    const before = (await b.storage.loadDraft(draft.id))!.lastSeq
    // Archived in the store by another hand (another process whose message B has not had yet, or
    // `penholder draft archive`), with no message on the bus: B's room still believes the draft open.
    await a.storage.setArchived(draft.id, Date.now())
    firstText(onB.fragment)!.insert(0, 'Late ')
    assert.ok(await until(() => onB.closes.includes(CLOSE.archived)), `closes on B: ${onB.closes}`)
    assert.ok(b.log.has('room.archived', draft.id), 'B learned it from the store')
    assert.equal((await b.storage.loadDraft(draft.id))!.lastSeq, before, 'nothing stored after the archive')
    assert.doesNotMatch((await storedDoc(a, draft.id)).textContent, /Late /)
    assert.match((await storedDoc(a, draft.id)).textContent, /Stored /, 'what was stored before it stays')
    assert.ok(!onA.text().includes('Late '))
    onA.destroy()
    onB.destroy()
  })
})
