import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { SHARED } from '../../schema/index.ts'
import { connect, draftWithTokens, tempDir, testServer, until } from './helpers.ts'

interface Comment {
  id: string
  replyTo: string | null
  author: string
  visibility: 'all' | 'chair'
  clause: string
  quote: string | null
  text: string
  edited: string | null
  resolved: string | null
  resolvedBy: string | null
}

describe('comments on a draft, over the HTTP API', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>

  before(async () => {
    server = await testServer(data.dir)
    draft = await draftWithTokens(server, {
      chair: ['Chair', 'chair'],
      egypt: ['Egypt', 'delegate'],
      brazil: ['Brazil', 'delegate'],
      press: ['Press', 'observer'],
    })
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  const call = async (method: string, path: string, who: string, body?: unknown) => {
    const res = await fetch(`${server.url}/api/drafts/${draft.id}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${draft.tokens[who]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const post = async (who: string, body: unknown) => {
    const res = await call('POST', '/comments', who, body)
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body.comment as Comment
  }
  const list = async (who: string) => (await call('GET', '/comments', who)).body.comments as Comment[]
  const texts = async (who: string) => (await list(who)).map((c) => c.text)

  it('shows a thread to everyone in the draft, and one for the facilitator only to her and its writer', async () => {
    const open = await post('egypt', { clause: 'cop1', text: 'Why "act" and not "cooperate"?', quote: 'act' })
    assert.equal(open.author, 'Egypt')
    assert.equal(open.visibility, 'all')
    assert.equal(open.quote, 'act')
    await post('brazil', { replyTo: open.id, text: 'Brazil prefers "cooperate" too.' })
    await post('egypt', { clause: 'cop2', text: 'Egypt could accept this in the end.', visibility: 'chair' })
    await post('chair', {
      clause: 'cpre1',
      text: 'Note to self: check with the Secretariat.',
      visibility: 'chair',
    })

    const everyone = ['Why "act" and not "cooperate"?', 'Brazil prefers "cooperate" too.']
    assert.deepEqual(await texts('brazil'), everyone, 'Brazil sees the open thread only')
    assert.deepEqual(await texts('press'), everyone, 'an observer reads what everyone may')
    assert.deepEqual(await texts('egypt'), [...everyone, 'Egypt could accept this in the end.'])
    assert.deepEqual(await texts('chair'), [
      ...everyone,
      'Egypt could accept this in the end.',
      'Note to self: check with the Secretariat.',
    ])
    const reply = (await list('chair'))[1]!
    assert.equal(reply.replyTo, open.id, 'a reply names its thread')
    assert.equal(reply.clause, 'cop1', 'and takes its paragraph')
  })

  it("refuses a delegation that edits another's comment, and changes nothing", async () => {
    const before = await list('chair')
    const egypts = before.find((c) => c.author === 'Egypt' && c.visibility === 'all')!
    const refused = await call('PATCH', `/comments/${egypts.id}`, 'brazil', { text: 'Egypt withdraws.' })
    assert.equal(refused.status, 403)
    assert.match(String(refused.body.detail), /only Egypt edits its comment, not Brazil/)
    const byChair = await call('PATCH', `/comments/${egypts.id}`, 'chair', { text: 'Edited by the chair' })
    assert.equal(byChair.status, 403, "not even the facilitator rewrites a delegation's words")
    assert.deepEqual(await list('chair'), before, 'nothing changed')

    const own = await call('PATCH', `/comments/${egypts.id}`, 'egypt', { text: 'Why "act"?' })
    assert.equal(own.status, 200)
    const edited = (await list('brazil')).find((c) => c.id === egypts.id)!
    assert.equal(edited.text, 'Why "act"?')
    assert.ok(edited.edited, 'an edited comment says when')
  })

  it('lets the facilitator or the writer resolve a thread, and nobody else', async () => {
    const thread = (await list('chair')).find((c) => c.clause === 'cop1' && c.replyTo === null)!
    const refused = await call('PATCH', `/comments/${thread.id}`, 'brazil', { resolved: true })
    assert.equal(refused.status, 403)
    assert.equal((await list('chair')).find((c) => c.id === thread.id)!.resolved, null, 'still open')

    const byWriter = await call('PATCH', `/comments/${thread.id}`, 'egypt', { resolved: true })
    assert.equal(byWriter.status, 200)
    assert.equal((byWriter.body.comment as Comment).resolvedBy, 'Egypt')
    const reopened = await call('PATCH', `/comments/${thread.id}`, 'chair', { resolved: false })
    assert.equal((reopened.body.comment as Comment).resolved, null)
    const byChair = await call('PATCH', `/comments/${thread.id}`, 'chair', { resolved: true })
    assert.equal((byChair.body.comment as Comment).resolvedBy, 'Chair')
  })

  it('hides a thread for the facilitator from the others, even when they name it', async () => {
    const hidden = (await list('chair')).find((c) => c.author === 'Chair')!
    const reply = await call('POST', '/comments', 'egypt', { replyTo: hidden.id, text: 'Seen?' })
    assert.equal(reply.status, 404, 'a reply to a thread Egypt may not read')
    const patch = await call('PATCH', `/comments/${hidden.id}`, 'brazil', { resolved: true })
    assert.equal(patch.status, 404)
    assert.ok(!(await texts('egypt')).includes('Seen?'))
  })

  it('refuses an observer, an unknown paragraph and a bad visibility, storing nothing', async () => {
    const before = await list('chair')
    const observer = await call('POST', '/comments', 'press', { clause: 'cop1', text: 'A question' })
    assert.equal(observer.status, 403)
    const unknown = await call('POST', '/comments', 'egypt', { clause: 'nope1', text: 'Here' })
    assert.equal(unknown.status, 422)
    assert.match(String(unknown.body.detail), /no paragraph 'nope1'/)
    const visibility = await call('POST', '/comments', 'egypt', {
      clause: 'cop1',
      text: 'x',
      visibility: 'me',
    })
    assert.equal(visibility.status, 422)
    const empty = await call('POST', '/comments', 'egypt', { clause: 'cop1', text: '  ' })
    assert.equal(empty.status, 422)
    assert.deepEqual(await list('chair'), before)
  })

  it('tells the editors that have the draft open that comments changed, without their content', async () => {
    const brazil = connect(server, draft.id, draft.tokens.brazil!)
    await brazil.synced
    const counter = brazil.doc.getMap(SHARED.commentsVersion)
    const before = (counter.get('version') as number | undefined) ?? 0
    await post('chair', { clause: 'cop2', text: 'For the facilitator only', visibility: 'chair' })
    assert.ok(await until(() => ((counter.get('version') as number | undefined) ?? 0) > before))
    assert.doesNotMatch(JSON.stringify(brazil.doc.toJSON()), /For the facilitator only/)
    brazil.destroy()
  })

  it('keeps comments through a restart', async () => {
    const before = await list('chair')
    await server.close()
    server = await testServer(data.dir)
    assert.deepEqual(await list('chair'), before)
  })
})
