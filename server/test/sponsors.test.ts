import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import * as Y from 'yjs'
import { CLOSE, importResolution, SHARED, sponsorFieldText } from '../../schema/index.ts'
import { createDraft, draftDocFromStore, proseMirrorDoc, type RunningServer } from '../index.ts'
import { connect, draftWithTokens, rawClient, tempDir, testServer, until, updateMessage } from './helpers.ts'

type Client = ReturnType<typeof connect>

/** The header's sponsor line in a client's copy of the draft. */
const lineOf = (ydoc: Y.Doc) => sponsorFieldText(proseMirrorDoc(ydoc))

/** What the server has stored of a draft: its sponsor list and its header's sponsor line. */
async function stored(server: RunningServer, id: string) {
  const ydoc = draftDocFromStore((await server.storage.loadDraft(id))!)
  return { sponsors: ydoc.getMap(SHARED.sponsors).toJSON(), line: lineOf(ydoc) }
}

/** Sends an update made on a raw socket's copy of the draft, as a tampered client would; resolves to its close. */
async function forge(server: RunningServer, id: string, token: string, change: (ydoc: Y.Doc) => void) {
  const raw = await rawClient(server, id, token)
  const known = Y.encodeStateVector(raw.doc)
  change(raw.doc)
  raw.send(updateMessage(Y.encodeStateAsUpdate(raw.doc, known)))
  return raw.closed
}

describe('sponsors over real sockets', () => {
  const folder = tempDir()
  let server: RunningServer
  let id: string
  let tokens: Record<string, string>
  const clients: Client[] = []
  const open = async (token: string) => {
    const client = connect(server, id, token)
    clients.push(client)
    await client.synced
    return client
  }

  before(async () => {
    server = await testServer(folder.dir)
    ;({ id, tokens } = await draftWithTokens(server, {
      chair: ['Chair', 'chair'],
      egypt: ['Egypt', 'delegate'],
      brazil: ['Brazil', 'delegate'],
      press: ['Press', 'observer'],
    }))
  })
  after(async () => {
    for (const c of clients) c.destroy()
    await server.close()
    folder.remove()
  })

  it('a delegation joins and withdraws itself, the facilitator marks a main sponsor, and the server writes the line for everyone', async () => {
    const [chair, egypt, brazil] = [
      await open(tokens.chair!),
      await open(tokens.egypt!),
      await open(tokens.brazil!),
    ]
    egypt.doc.getMap(SHARED.sponsors).set('Egypt', { since: 1_000, role: 'co' })
    assert.ok(await until(() => lineOf(chair.doc) === 'Egypt: draft resolution'), String(lineOf(chair.doc)))
    brazil.doc.getMap(SHARED.sponsors).set('Brazil', { since: 2_000, role: 'co', onBehalfOf: 'G77' })
    const both =
      'Brazil (on behalf of the States Members of the United Nations that are members of the Group of 77 and China) and Egypt: draft resolution'
    assert.ok(await until(() => lineOf(egypt.doc) === both), String(lineOf(egypt.doc)))
    chair.doc.getMap(SHARED.sponsors).set('Egypt', { since: 1_000, role: 'main' })
    chair.doc.getMap(SHARED.sponsors).set('Chile', { since: 3_000, role: 'co' })
    const egyptSees = () =>
      (egypt.doc.getMap(SHARED.sponsors).get('Egypt') as { role?: string })?.role === 'main'
    assert.ok(await until(egyptSees), 'Egypt sees itself a main sponsor')
    egypt.doc.getMap(SHARED.sponsors).set('Egypt', { since: 1_000, role: 'main', until: 4_000 })
    const withdrawn =
      'Brazil (on behalf of the States Members of the United Nations that are members of the Group of 77 and China) and Chile: draft resolution'
    assert.ok(await until(() => lineOf(brazil.doc) === withdrawn), String(lineOf(brazil.doc)))
    assert.deepEqual([chair.closes, egypt.closes, brazil.closes], [[], [], []])
    const after = await stored(server, id)
    assert.equal(after.line, withdrawn)
    assert.deepEqual(
      after.sponsors.Egypt,
      { since: 1_000, role: 'main', until: 4_000 },
      'the withdrawal keeps its times',
    )
  })

  const refused: {
    name: string
    who: string
    code: number
    reason: RegExp
    change: (ydoc: Y.Doc) => void
  }[] = [
    {
      name: 'a delegation adds another delegation as sponsor',
      who: 'egypt',
      code: CLOSE.forbidden,
      reason: /Egypt: sponsors\.Peru: only Peru may change its sponsorship/,
      change: (ydoc) => ydoc.getMap(SHARED.sponsors).set('Peru', { since: 5_000, role: 'co' }),
    },
    {
      name: "a delegation withdraws another delegation's sponsorship",
      who: 'egypt',
      code: CLOSE.forbidden,
      reason: /only Brazil may change its sponsorship/,
      change: (ydoc) =>
        ydoc.getMap(SHARED.sponsors).set('Brazil', { since: 2_000, role: 'co', until: 5_000 }),
    },
    {
      name: 'a delegation makes itself a main sponsor',
      who: 'brazil',
      code: CLOSE.forbidden,
      reason: /only the facilitator makes a delegation a main sponsor/,
      change: (ydoc) => ydoc.getMap(SHARED.sponsors).set('Brazil', { since: 2_000, role: 'main' }),
    },
    {
      name: 'a delegation deletes its entry and its times',
      who: 'brazil',
      code: CLOSE.forbidden,
      reason: /a delegation withdraws by setting 'until'/,
      change: (ydoc) => ydoc.getMap(SHARED.sponsors).delete('Brazil'),
    },
    {
      name: 'an observer co-sponsors',
      who: 'press',
      code: CLOSE.forbidden,
      reason: /an observer may not change the draft/,
      change: (ydoc) => ydoc.getMap(SHARED.sponsors).set('Press', { since: 5_000, role: 'co' }),
    },
    {
      name: 'a delegation sets its own entry in a shape nobody reads',
      who: 'brazil',
      code: CLOSE.invalidDocument,
      reason: /sponsors\.Brazil: 'role' must be 'main' or 'co'/,
      change: (ydoc) => ydoc.getMap(SHARED.sponsors).set('Brazil', { since: 2_000, role: 'leader' }),
    },
    {
      name: 'the facilitator sets an entry without a time',
      who: 'chair',
      code: CLOSE.invalidDocument,
      reason: /sponsors\.Peru: 'since' must be a time/,
      change: (ydoc) => ydoc.getMap(SHARED.sponsors).set('Peru', { role: 'main' }),
    },
    {
      name: 'the facilitator sets an entry with a field of its own',
      who: 'chair',
      code: CLOSE.invalidDocument,
      reason: /sponsors\.Peru: an entry has no field 'colour'/,
      change: (ydoc) => ydoc.getMap(SHARED.sponsors).set('Peru', { since: 5_000, role: 'co', colour: 'red' }),
    },
    {
      name: 'the facilitator sets a withdrawal before the joining',
      who: 'chair',
      code: CLOSE.invalidDocument,
      reason: /'until' must be a time not before 'since'/,
      change: (ydoc) => ydoc.getMap(SHARED.sponsors).set('Chile', { since: 3_000, role: 'co', until: 10 }),
    },
  ]
  for (const attempt of refused) {
    it(`refuses, and changes nothing, when ${attempt.name}`, async () => {
      const before = await stored(server, id)
      const closed = await forge(server, id, tokens[attempt.who]!, attempt.change)
      assert.equal(closed.code, attempt.code)
      assert.match(closed.reason, attempt.reason)
      assert.deepEqual(await stored(server, id), before)
    })
  }
})

describe('a draft created from an imported L document', () => {
  const folder = tempDir()
  let server: RunningServer
  before(async () => {
    server = await testServer(folder.dir)
  })
  after(async () => {
    await server.close()
    folder.remove()
  })

  it('starts with the sponsors of its sponsor line, and exports the line made again from the list', async () => {
    const text = readFileSync(
      new URL('../../schema/test/fixtures/en_A-77-L.3-header.txt', import.meta.url),
      'utf8',
    )
    const meta = await createDraft(server.storage, importResolution(text).doc, 1_700_000_000_000)
    const { sponsors, line } = await stored(server, meta.id)
    assert.equal(Object.keys(sponsors).length, 87)
    assert.deepEqual(sponsors.Algeria, { since: 1_700_000_000_000, role: 'main' })
    // Under the directory's key: the Netherlands' name since 2023.
    assert.ok('Netherlands (Kingdom of the)' in sponsors)
    assert.match(line!, /^Algeria, Angola, Antigua and Barbuda, .* Viet Nam and Yemen: draft resolution$/)
    assert.doesNotMatch(line!, /\*/, 'the note marker goes')
    const { token } = await server.authority.issue({
      draft: meta.id,
      delegation: 'Chair',
      role: 'chair',
      lifetime: 60_000,
    })
    for (const format of ['txt', 'md', 'html']) {
      const res = await fetch(`${server.url}/api/drafts/${meta.id}/export?format=${format}`, {
        headers: { authorization: `Bearer ${token}` },
      })
      assert.equal(res.status, 200, format)
      const body = (await res.text()).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')
      assert.ok(body.includes(line!), `${format}: the line made from the list`)
    }
  })
})
