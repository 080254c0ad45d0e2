import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { type AmendmentRecord, proposalAttr, SHARED, schema } from '../../schema/index.ts'
import { SqliteStorage } from '../storage/index.ts'
import { clauseAt, EditingClient, ins, recordFor, textPos } from './amendments-fixture.ts'
import { eventually, tempDir, testServer, until } from './helpers.ts'
import { call, negotiationDraft } from './record-fixture.ts'

// The shared map of paragraph statuses, once drafts have one (its changes are tested apart, in history-entries).
const STATUSES = (SHARED as Record<string, string>).statuses

/** The entries of the script in order, without the paragraph status where drafts have none. */
const withStatus = <T>(list: T[], status: T): T[] =>
  STATUSES ? [...list.slice(0, 11), status, ...list.slice(11)] : list

interface Entry {
  seq: number
  at: string
  delegation: string
  role: string
  action: string
  amendment: string | null
  clause: string | null
  label: string | null
  detail: Record<string, unknown>
}

describe('the history of a scripted negotiation', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof negotiationDraft>>
  let chair: EditingClient
  let egypt: EditingClient
  let brazil: EditingClient
  let history: Entry[]

  const record = (id: string): AmendmentRecord => {
    const found = chair.records.get(id)
    assert.ok(found, `the chair sees ${id}`)
    return found
  }
  const historyOf = async (token: string, query = '') =>
    (await call(server, token, `/api/drafts/${draft.id}/history${query}`)).body.history as Entry[]
  /** Waits until the server has written `count` entries (each step is stored before the next is taken). */
  const entries = async (count: number) => {
    const reached = await eventually(async () => (await server.storage.history(draft.id)).length >= count)
    const actions = (await server.storage.history(draft.id)).map((e) => e.action)
    assert.ok(
      reached,
      `the history reaches ${count} entries: ${actions.join(', ')}\n${server.log.lines.join('\n')}`,
    )
  }

  before(async () => {
    server = await testServer(data.dir)
    draft = await negotiationDraft(server)
    chair = new EditingClient(server, draft.id, draft.tokens.chair!, 'Facilitator')
    egypt = new EditingClient(server, draft.id, draft.tokens.egypt!, 'Egypt')
    brazil = new EditingClient(server, draft.id, draft.tokens.brazil!, 'Brazil')
    await Promise.all([chair, egypt, brazil].map((c) => c.client.synced))

    // 1. The facilitator invites Chile.
    const invited = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/invitations`, {
      method: 'POST',
      body: { delegation: 'Chile', role: 'delegate', expires: '30d' },
    })
    assert.equal(invited.status, 201)
    // 2. Egypt proposes to insert "and protect" after "promote" in operative paragraph 1.
    egypt.edit(
      (tr) => {
        const at = textPos(tr.doc, 'promote', 'promote'.length)
        tr.insert(at, schema.text(' and protect', [ins('eg1', 'Egypt')]))
      },
      (doc) => [recordFor(doc, { id: 'eg1', delegation: 'Egypt', clause: 'o1', kind: 'insert-words' })],
    )
    await entries(2)
    // 3. Brazil supports it.
    await until(() => brazil.records.has('eg1'))
    const eg1 = brazil.records.get('eg1')!
    brazil.edit(null, () => [{ ...eg1, supporters: ['Brazil'], updated: eg1.updated + 1 }])
    await entries(3)
    // 4. Egypt co-sponsors the draft.
    egypt.client.doc.getMap(SHARED.sponsors).set('Egypt', { since: Date.now() })
    await entries(4)
    // 5. The facilitator accepts Egypt's amendment.
    await until(() => record('eg1').supporters.length === 1)
    chair.decide(record('eg1'), 'accepted', 2)
    await entries(5)
    // 6. Brazil proposes to delete operative paragraph 3, then withdraws the proposal.
    brazil.edit(
      (tr) => {
        const o3 = clauseAt(tr.doc, 'o3')
        tr.setNodeAttribute(
          o3.pos,
          'proposal',
          proposalAttr({ amendment: 'br1', delegation: 'Brazil', kind: 'delete' }),
        )
      },
      (doc) => [recordFor(doc, { id: 'br1', delegation: 'Brazil', clause: 'o3', kind: 'delete-paragraph' })],
    )
    await entries(6)
    brazil.decide(brazil.records.get('br1')!, 'withdrawn', 1)
    await entries(7)
    // 7. Egypt proposes new words in operative paragraph 4; the facilitator rejects them.
    egypt.edit(
      (tr) => {
        const at = textPos(tr.doc, 'share information', 'share'.length)
        tr.insert(at, schema.text(' freely', [ins('eg2', 'Egypt')]))
      },
      (doc) => [recordFor(doc, { id: 'eg2', delegation: 'Egypt', clause: 'o4', kind: 'insert-words' })],
    )
    await entries(8)
    await until(() => chair.records.has('eg2'))
    chair.decide(record('eg2'), 'rejected', 2)
    await entries(9)
    // 8. The facilitator issues Rev.1.
    const issued = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/revisions`, {
      method: 'POST',
      body: { note: 'After the first reading' },
    })
    assert.equal(issued.status, 201)
    // 9. She revises operative paragraph 2 orally, in the text and then in the record.
    await until(() => chair.doc.textContent.includes('Rev.1'))
    chair.edit((tr) => {
      const at = textPos(tr.doc, 'States to cooperate', 'States'.length)
      tr.insert(at, schema.text(', "as appropriate",'))
    })
    const oral = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/oral-revisions`, {
      method: 'POST',
      body: {
        clause: 'o2',
        before: 'Calls upon States to cooperate;',
        after: 'Calls upon States, "as appropriate", to cooperate;',
        note: 'Orally revised at the request of Brazil',
      },
    })
    assert.equal(oral.status, 201, JSON.stringify(oral.body))
    await entries(11)
    // 10. She marks operative paragraph 1 agreed ad referendum, where drafts have paragraph statuses.
    if (STATUSES) {
      chair.client.doc.getMap(STATUSES).set('o1', {
        status: 'agreed-ad-ref',
        note: 'pending consultation in capitals',
        by: 'Facilitator',
        at: Date.now(),
      })
      await entries(12)
    }
    // 11. Egypt stops co-sponsoring.
    const sponsors = egypt.client.doc.getMap(SHARED.sponsors)
    const since = (sponsors.get('Egypt') as { since: number }).since
    sponsors.set('Egypt', { since, until: Math.max(since, Date.now()) })
    await entries(STATUSES ? 13 : 12)
    // 12. The facilitator revokes Chile's link.
    const links = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/invitations`)
    const chile = links.body.invitations.find((i: { delegation: string }) => i.delegation === 'Chile')
    const revoked = await call(
      server,
      draft.tokens.chair!,
      `/api/drafts/${draft.id}/invitations/${chile.id}`,
      {
        method: 'DELETE',
      },
    )
    assert.equal(revoked.status, 200)
    history = await historyOf(draft.tokens.egypt!)
  })
  after(async () => {
    for (const c of [chair, egypt, brazil]) c.client.destroy()
    await server.close()
    data.remove()
  })

  it('lists every action in order, with who did it', () => {
    assert.deepEqual(
      history.map((e) => [e.seq, e.action, e.delegation, e.amendment]),
      withStatus(
        [
          [1, 'invitation.created', 'Facilitator', null],
          [2, 'amendment.proposed', 'Egypt', 'eg1'],
          [3, 'amendment.supported', 'Brazil', 'eg1'],
          [4, 'sponsor.joined', 'Egypt', null],
          [5, 'amendment.accepted', 'Facilitator', 'eg1'],
          [6, 'amendment.proposed', 'Brazil', 'br1'],
          [7, 'amendment.withdrawn', 'Brazil', 'br1'],
          [8, 'amendment.proposed', 'Egypt', 'eg2'],
          [9, 'amendment.rejected', 'Facilitator', 'eg2'],
          [10, 'revision.issued', 'Facilitator', null],
          [11, 'revision.oral', 'Facilitator', null],
          [12, 'sponsor.left', 'Egypt', null],
          [13, 'invitation.revoked', 'Facilitator', null],
        ],
        [12, 'status.changed', 'Facilitator', null],
      ).map(([, ...rest], i) => [i + 1, ...rest]),
    )
    const times = history.map((e) => Date.parse(e.at))
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
      'in the order they happened',
    )
  })

  it('names what each action concerned: the paragraph by its number then and its id, the words, the note', () => {
    const at = (seq: number) => history[seq - 1]!
    assert.deepEqual(
      [at(2).clause, at(2).label, at(2).detail.proposer],
      ['o1', 'operative paragraph 1', 'Egypt'],
    )
    assert.equal(at(3).detail.supporter, 'Brazil')
    assert.equal(at(4).detail.sponsor, 'Egypt')
    assert.deepEqual(
      [at(5).label, at(5).detail.proposer, at(5).detail.inserted, at(5).detail.deleted],
      ['operative paragraph 1', 'Egypt', ['and', 'protect'], []],
    )
    assert.deepEqual([at(6).label, at(7).label], ['operative paragraph 3', 'operative paragraph 3'])
    assert.equal(at(9).label, 'operative paragraph 4')
    assert.deepEqual(at(9).detail.inserted, ['freely'])
    assert.deepEqual(
      [at(10).detail.revision, at(10).detail.symbol, at(10).detail.note],
      [1, 'A/C.3/71/L.23/Rev.1', 'After the first reading'],
    )
    assert.deepEqual(
      [at(11).clause, at(11).label, at(11).detail.inserted, at(11).detail.note],
      [
        'o2',
        'operative paragraph 2',
        ['States,', '"as', 'appropriate",'],
        'Orally revised at the request of Brazil',
      ],
    )
    if (STATUSES) {
      assert.deepEqual(
        [at(12).clause, at(12).label, at(12).detail.to, at(12).detail.note],
        ['o1', 'operative paragraph 1', 'agreed-ad-ref', 'pending consultation in capitals'],
      )
    }
    assert.deepEqual([at(1).detail.invitee, history.at(-1)!.detail.invitee], ['Chile', 'Chile'])
    assert.ok(!JSON.stringify(history).includes(draft.tokens.chair!), 'no token is in the history')
  })

  it('is filtered by delegation and by paragraph', async () => {
    const brazils = await historyOf(draft.tokens.press!, '?delegation=Brazil')
    assert.deepEqual(
      brazils.map((e) => e.seq),
      [3, 6, 7],
    )
    const o1 = await historyOf(draft.tokens.press!, '?clause=o1')
    assert.deepEqual(
      o1.map((e) => e.action),
      withStatus(['amendment.proposed', 'amendment.supported', 'amendment.accepted'], 'status.changed'),
    )
    const both = await historyOf(draft.tokens.press!, '?clause=o1&delegation=Brazil')
    assert.deepEqual(
      both.map((e) => e.seq),
      [3],
    )
  })

  it('exports CSV with a header row and RFC 4180 quoting', async () => {
    const csv = await call(server, draft.tokens.brazil!, `/api/drafts/${draft.id}/history?format=csv`)
    assert.equal(csv.status, 200)
    assert.match(csv.headers.get('content-type')!, /^text\/csv/)
    assert.match(csv.headers.get('content-disposition')!, /attachment; filename=".*history\.csv"/)
    const text = csv.body as string
    assert.ok(text.endsWith('\r\n'))
    const lines = text.split('\r\n').slice(0, -1)
    assert.equal(lines[0], 'seq,at,delegation,role,action,amendment,clause,paragraph,summary,detail')
    assert.equal(lines.length, history.length + 1)
    assert.match(lines[5]!, /^5,[^,]+,Facilitator,chair,amendment\.accepted,eg1,o1,operative paragraph 1,/)
    // The oral revision's words hold quotes and commas: the field is quoted and its quotes doubled.
    assert.match(
      lines[11]!,
      /,"orally revised operative paragraph 2: inserted ""States, ""as appropriate"",""; deleted/,
    )
  })

  it('lets nobody change or delete an entry: no route for it, and the store refuses', async () => {
    const deleted = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/history`, {
      method: 'DELETE',
    })
    assert.equal(deleted.status, 405)
    const store = new SqliteStorage(data.dir)
    try {
      const db = (store as unknown as { db: { exec(sql: string): void } }).db
      assert.throws(
        () => db.exec(`UPDATE history SET action = 'x' WHERE draft = '${draft.id}'`),
        /cannot be changed/,
      )
      assert.throws(() => db.exec(`DELETE FROM history WHERE draft = '${draft.id}'`), /cannot be deleted/)
      assert.throws(() => db.exec(`DELETE FROM revisions WHERE draft = '${draft.id}'`), /cannot be deleted/)
    } finally {
      await store.close()
    }
    assert.equal((await server.storage.history(draft.id)).length, history.length)
  })
})
