// Rev.1 of a draft, then a negotiation (Egypt's accepted replacement of a word, Brazil's accepted deletion of
// operative paragraph 3 so that every later one is renumbered, a paragraph the facilitator moved, a new one she
// added as an oral revision, a footnote), compared over the API and the command line: the JSON names each change
// with its old and new numbers and who made it, the HTML says "formerly", the Word file's tracked changes are
// read back by pandoc and LibreOffice with their authors.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { proposalAttr, schema } from '../../schema/index.ts'
import { parseXml, type XmlElement } from '../formats/xml/parse.ts'
import { clauseAt, del, EditingClient, ins, recordFor, textPos } from './amendments-fixture.ts'
import { pandocChanges, pandocJson } from './docx-export-readers.ts'
import { libreOfficeFile, scratch, toolSkip } from './external-tools.ts'
import { eventually, tempDir, testServer, until } from './helpers.ts'
import { call, negotiationDraft, penholder } from './record-fixture.ts'

const NEW_TEXT = 'Requests a report on the implementation of the present resolution;'
const ORAL_NOTE = 'Orally revised at the request of Chile'

interface Place {
  number: number
  label: string
}
interface Change {
  kind: string
  clause: string | null
  author: string
  oral?: string
  from?: Place | null
  to?: Place | null
  deleted?: string
  inserted?: string
  change?: string
}

describe('comparing revisions', () => {
  const data = tempDir()
  const files = scratch()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof negotiationDraft>>
  let chair: EditingClient
  let egypt: EditingClient
  let brazil: EditingClient
  let json: { from: { label: string }; to: { label: string }; changes: Change[] }

  const compare = (query: string, token = draft.tokens.egypt!) =>
    call(server, token, `/api/drafts/${draft.id}/compare?${query}`)
  const historyLength = async () => (await server.storage.history(draft.id)).length

  before(async () => {
    server = await testServer(data.dir)
    draft = await negotiationDraft(server)
    chair = new EditingClient(server, draft.id, draft.tokens.chair!, 'Facilitator')
    egypt = new EditingClient(server, draft.id, draft.tokens.egypt!, 'Egypt')
    brazil = new EditingClient(server, draft.id, draft.tokens.brazil!, 'Brazil')
    await Promise.all([chair, egypt, brazil].map((c) => c.client.synced))

    const issued = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/revisions`, {
      method: 'POST',
      body: { note: 'After the first reading' },
    })
    assert.equal(issued.status, 201, JSON.stringify(issued.body))
    await until(() => chair.doc.textContent.includes('Rev.1') && egypt.doc.textContent.includes('Rev.1'))

    // Egypt proposes "protect" for "promote" in operative paragraph 1; the facilitator accepts.
    egypt.edit(
      (tr) => {
        const at = textPos(tr.doc, 'promote')
        tr.addMark(at, at + 'promote'.length, del('eg1', 'Egypt'))
        tr.insert(at + 'promote'.length, schema.text('protect', [ins('eg1', 'Egypt')]))
      },
      (doc) => [recordFor(doc, { id: 'eg1', delegation: 'Egypt', clause: 'o1', kind: 'replace-words' })],
    )
    await until(() => chair.records.has('eg1'))
    chair.decide(chair.records.get('eg1')!, 'accepted', 2)
    // Brazil proposes to delete operative paragraph 3; the facilitator accepts.
    await until(() => brazil.records.get('eg1')?.status === 'accepted')
    brazil.edit(
      (tr) => {
        tr.setNodeAttribute(
          clauseAt(tr.doc, 'o3').pos,
          'proposal',
          proposalAttr({ amendment: 'br1', delegation: 'Brazil', kind: 'delete' }),
        )
      },
      (doc) => [recordFor(doc, { id: 'br1', delegation: 'Brazil', clause: 'o3', kind: 'delete-paragraph' })],
    )
    await until(() => chair.records.has('br1'))
    chair.decide(chair.records.get('br1')!, 'accepted', 2)
    assert.ok(
      await eventually(async () => (await historyLength()) >= 5),
      'the history holds the revision, both proposals and both decisions',
    )
    // The facilitator moves operative paragraph 2 after paragraph 5, adds a paragraph at the end and a
    // footnote to paragraph 6.
    await until(() => !chair.doc.textContent.includes('Requests the Secretary-General'))
    chair.edit((tr) => {
      const o2 = clauseAt(tr.doc, 'o2')
      tr.delete(o2.pos, o2.pos + o2.node.nodeSize)
      const o5 = clauseAt(tr.doc, 'o5')
      tr.insert(o5.pos + o5.node.nodeSize, o2.node)
      const o6 = clauseAt(tr.doc, 'o6')
      const para = o6.node.firstChild!
      tr.insert(
        o6.pos + 1 + para.nodeSize - 1,
        schema.nodes.footnote.create({ id: 'fn-new' }, schema.text('See A/71/484.')),
      )
      const end = clauseAt(tr.doc, 'o6')
      tr.insert(
        end.pos + end.node.nodeSize,
        schema.nodes.operative.create({ id: 'n1' }, schema.nodes.para.create(null, schema.text(NEW_TEXT))),
      )
    })
    await until(() => egypt.doc.textContent.includes(NEW_TEXT))
    const oral = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/oral-revisions`, {
      method: 'POST',
      body: { clause: 'n1', before: '', after: NEW_TEXT, note: ORAL_NOTE },
    })
    assert.equal(oral.status, 201, JSON.stringify(oral.body))

    const answer = await compare('from=1&to=current&format=json')
    assert.equal(answer.status, 200, JSON.stringify(answer.body))
    json = answer.body
  })
  after(async () => {
    for (const c of [chair, egypt, brazil]) c.client.destroy()
    await server.close()
    data.remove()
    files.remove()
  })

  const find = (kind: string, clause: string) => {
    const found = json.changes.find((c) => c.kind === kind && c.clause === clause)
    assert.ok(found, `a ${kind} change of ${clause} in ${JSON.stringify(json.changes, null, 1)}`)
    return found
  }
  const numbers = (c: Change) => [c.from?.number ?? null, c.to?.number ?? null]

  it('names each change in JSON with the old and new numbers and who made it', () => {
    assert.equal(json.from.label, 'A/C.3/71/L.23/Rev.1')
    assert.match(json.to.label, /current text/)
    const replaced = find('words', 'o1')
    assert.deepEqual([replaced.deleted, replaced.inserted, replaced.author], ['promote', 'protect', 'Egypt'])
    assert.deepEqual(numbers(replaced), [1, 1])
    const deleted = find('deleted', 'o3')
    assert.deepEqual([...numbers(deleted), deleted.author], [3, null, 'Brazil'])
    const moved = find('moved', 'o2')
    assert.deepEqual([...numbers(moved), moved.author], [2, 4, 'Facilitator'])
    const inserted = find('inserted', 'n1')
    assert.deepEqual(
      [...numbers(inserted), inserted.author, inserted.oral],
      [null, 6, 'Facilitator', ORAL_NOTE],
    )
    for (const [id, from, to] of [
      ['o4', 4, 2],
      ['o5', 5, 3],
      ['o6', 6, 5],
    ] as const) {
      assert.deepEqual(numbers(find('renumbered', id)), [from, to], `${id} renumbered`)
    }
    const note = json.changes.find((c) => c.kind === 'footnote')
    assert.ok(note && note.change === 'inserted' && note.clause === 'o6', 'the new footnote is listed')
  })

  it('shows "formerly" beside renumbered paragraphs in the HTML, inline and side by side', async () => {
    for (const layout of ['inline', 'side-by-side']) {
      const html = await compare(`from=1&to=current&format=html&layout=${layout}`)
      assert.equal(html.status, 200)
      assert.match(html.headers.get('content-type') ?? '', /^text\/html/)
      assert.match(html.body, /formerly/)
      assert.match(html.body, /<!DOCTYPE html>/i)
      assert.match(html.body, /protect/)
    }
  })

  it('answers 400 for versions out of order or unknown, 404 for a revision that does not exist', async () => {
    assert.equal((await compare('from=current&to=1&format=json')).status, 400)
    assert.equal((await compare('from=1&to=1&format=json')).status, 400)
    assert.equal((await compare('from=1&to=current&format=pdf')).status, 400)
    const missing = await compare('from=7&to=current&format=json')
    assert.equal(missing.status, 404)
    assert.match(missing.body.detail, /no revision 7/)
    assert.equal((await compare('from=1&format=json', 'not-a-token')).status, 401)
  })

  it('compares two revisions, with the same authors, from the command line too', async () => {
    const second = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/revisions`, {
      method: 'POST',
      body: { note: 'After the informals' },
    })
    assert.equal(second.status, 201)
    const between = (await compare('from=1&to=2&format=json')).body as typeof json
    assert.equal(between.to.label, 'A/C.3/71/L.23/Rev.2')
    const authors = (list: Change[]) =>
      list
        .filter((c) => c.kind !== 'words' || c.clause !== null)
        .map((c) => `${c.kind}:${c.clause}:${c.author}`)
        .sort()
    // Rev.2 differs from the live text of before by its symbol only, which the facilitator's issuing changed.
    assert.deepEqual(authors(between.changes), authors(json.changes))
    const cli = await penholder(
      'draft',
      'compare',
      draft.id,
      '--from',
      '1',
      '--to',
      '2',
      '--format',
      'json',
      '--data',
      data.dir,
    )
    assert.equal(cli.status, 0, cli.stderr)
    assert.deepEqual(JSON.parse(cli.stdout), between)
  })

  describe('as a Word file with tracked changes', () => {
    let docx: string
    before(async () => {
      const answer = await compare('from=1&to=current&format=docx')
      assert.equal(answer.status, 200)
      assert.match(answer.headers.get('content-disposition') ?? '', /_Rev\.1_to_current\.docx"/)
      docx = files.file('comparison.docx', answer.bytes)
    })

    it('is read back by pandoc with each change by its author', {
      skip: toolSkip('pandoc', 'pandoc'),
    }, () => {
      const changes = pandocChanges(pandocJson(docx, 'all'))
      const by = (author: string, kind: string) =>
        changes.filter((c) => c.author === author && c.kind === kind).map((c) => c.text)
      assert.ok(by('Egypt', 'deletion').includes('promote'), JSON.stringify(changes))
      assert.ok(by('Egypt', 'insertion').includes('protect'), JSON.stringify(changes))
      assert.ok(
        by('Brazil', 'deletion').some((t) => t.includes('Requests the Secretary-General')),
        JSON.stringify(changes),
      )
      assert.ok(
        by('Facilitator', 'insertion').some((t) => t.includes('implementation of the present')),
        JSON.stringify(changes),
      )
    })

    it('is read back by LibreOffice with each change by its author', {
      skip: toolSkip('soffice', 'libreoffice-writer-nogui'),
    }, () => {
      const flat = libreOfficeFile(docx, 'fodt', files.dir)
      const root = parseXml(readFileSync(flat, 'utf8'), 'comparison.fodt')
      const creators: string[] = []
      const visit = (e: XmlElement) => {
        if (e.local === 'creator' && e.uri === 'http://purl.org/dc/elements/1.1/') {
          creators.push(e.children.map((c) => (typeof c === 'string' ? c : '')).join(''))
        }
        for (const child of e.children) if (typeof child !== 'string') visit(child)
      }
      visit(root)
      for (const author of ['Egypt', 'Brazil', 'Facilitator']) {
        assert.ok(creators.includes(author), `${author} among ${creators.join(', ')}`)
      }
    })
  })
})
