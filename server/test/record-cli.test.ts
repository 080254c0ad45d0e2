import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createDraft, SqliteStorage } from '../index.ts'
import { pmDoc } from './amendments-fixture.ts'
import { connect, tempDir, testServer, until } from './helpers.ts'
import { negotiationDoc, penholder } from './record-fixture.ts'

describe('penholder draft revise, revisions and history', () => {
  const data = tempDir()
  let id: string

  before(async () => {
    const storage = new SqliteStorage(data.dir)
    id = (await createDraft(storage, negotiationDoc())).id
    await storage.close()
  })
  after(() => data.remove())

  it('issues a revision on the store while no server runs', async () => {
    const r = await penholder('draft', 'revise', id, '--note', 'After the first reading', '--data', data.dir)
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /^revision 1: A\/C\.3\/71\/L\.23\/Rev\.1, \d{4}-/)
  })

  it('asks the running server to issue one, so that everyone connected sees the symbol move on', async () => {
    const server = await testServer(data.dir)
    try {
      const { token } = await server.authority.issue({
        draft: id,
        delegation: 'Press',
        role: 'observer',
        lifetime: 60_000,
      })
      const press = connect(server, id, token)
      await press.synced
      const r = await penholder(
        'draft',
        'revise',
        id,
        '--note',
        'After the informals',
        '--json',
        '--data',
        data.dir,
      )
      assert.equal(r.status, 0, r.stderr)
      assert.deepEqual(
        (({ revision, symbol, note, by }) => ({ revision, symbol, note, by }))(JSON.parse(r.stdout)),
        { revision: 2, symbol: 'A/C.3/71/L.23/Rev.2', note: 'After the informals', by: 'Facilitator' },
      )
      assert.ok(server.log.has('revision.issue'), 'the server issued it')
      assert.ok(await until(() => pmDoc(press.doc).textContent.includes('A/C.3/71/L.23/Rev.2')))
      press.destroy()
    } finally {
      await server.close()
    }
  })

  it('lists the revisions and prints the history as CSV', async () => {
    const [list, csv] = await Promise.all([
      penholder('draft', 'revisions', id, '--json', '--data', data.dir),
      penholder('draft', 'history', id, '--format', 'csv', '--data', data.dir),
    ])
    assert.equal(list.status, 0, list.stderr)
    assert.deepEqual(
      JSON.parse(list.stdout).map((r: { revision: number; symbol: string }) => [r.revision, r.symbol]),
      [
        [1, 'A/C.3/71/L.23/Rev.1'],
        [2, 'A/C.3/71/L.23/Rev.2'],
      ],
    )
    assert.equal(csv.status, 0, csv.stderr)
    const lines = csv.stdout.split('\r\n')
    assert.equal(lines[0], 'seq,at,delegation,role,action,amendment,clause,paragraph,summary,detail')
    assert.match(
      lines[1]!,
      /^1,[^,]+,Facilitator,chair,revision\.issued,,,,"?issued revision 1, A\/C\.3\/71\/L\.23\/Rev\.1/,
    )
    assert.match(lines[2]!, /^2,.*issued revision 2/)
  })

  it('says what is wrong, on one line, for a draft that does not exist or a bad format', async () => {
    const [none, format] = await Promise.all([
      penholder('draft', 'revise', 'nope', '--data', data.dir),
      penholder('draft', 'history', id, '--format', 'xml', '--data', data.dir),
    ])
    assert.equal(none.status, 1)
    assert.match(none.stderr, /^penholder: there is no draft 'nope'/)
    assert.equal(format.status, 2)
    assert.match(format.stderr, /--format must be text, json or csv/)
  })
})
