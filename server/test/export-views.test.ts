import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import * as Y from 'yjs'
import { type AmendmentRecord, draftOf, proposalAttr, SHARED, schema } from '../../schema/index.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import { createDraft } from '../index.ts'
import { tempDir, testServer } from './helpers.ts'

const { nodes, marks } = schema
const IVORY = "Côte d'Ivoire"

const ins = (amendment: string, delegation: string) => marks.insertion.create({ amendment, delegation })
const del = (amendment: string, delegation: string) => marks.deletion.create({ amendment, delegation })
const text = (value: string, ...m: ReturnType<typeof ins>[]) => schema.text(value, m)
const clause = (
  type: 'preambular' | 'operative',
  id: string,
  content: Node[],
  proposal: string | null = null,
) => nodes[type]!.create({ id, proposal }, nodes.para.create(null, content))

/**
 * A draft with proposals of Egypt and Côte d'Ivoire: a word inserted, competing replacements of "promote", a new
 * paragraph, and a rejected deletion. Without pending proposals its operative paragraphs are 1 "Decides to
 * promote", 2 "Urges all States", 3 "Decides to remain seized".
 */
function sample(): Node {
  return draftOf({ lang: 'en', organ: 'ga' }, [
    nodes.header.create(null, [
      nodes.header_field.create({ name: 'organ' }, text('General Assembly')),
      nodes.header_field.create({ name: 'symbol' }, text('A/C.3/71/L.23')),
    ]),
    nodes.title.create(null, text('Promotion of human rights')),
    nodes.formula.create(null, text('The General Assembly,')),
    clause('preambular', 'p1', [
      text('Recalling '),
      text('also ', ins('E1', 'Egypt')),
      text('its resolution 70/1,'),
    ]),
    clause('operative', 'o1', [
      text('Decides to '),
      text('promote', del('E2', 'Egypt'), del('C1', IVORY)),
      text('promote and protect', ins('E2', 'Egypt')),
      text('advance', ins('C1', IVORY)),
      text(' human rights;'),
    ]),
    clause(
      'operative',
      'n1',
      [text('Calls upon States to act;')],
      proposalAttr({ amendment: 'E3', delegation: 'Egypt', kind: 'insert' }),
    ),
    clause('operative', 'o2', [text('Urges '), text('all ', del('C4', IVORY)), text('States to report;')]),
    clause('operative', 'o3', [text('Decides to remain seized of the matter.')]),
  ])
}

const record = (id: string, delegation: string, fields: Partial<AmendmentRecord> = {}): AmendmentRecord => ({
  id,
  delegation,
  clause: 'o1',
  kind: 'replace-words',
  status: 'proposed',
  rationale: '',
  supporters: [],
  created: 1,
  updated: 1,
  ...fields,
})

const RECORDS = [
  record('E1', 'Egypt', { kind: 'insert-words', clause: 'p1' }),
  record('E2', 'Egypt'),
  record('E3', 'Egypt', { kind: 'insert-paragraph', clause: 'n1', after: 'o1' }),
  record('C1', IVORY, { supporters: ['Brazil'] }),
  record('C4', IVORY, { kind: 'delete-words', clause: 'o2', status: 'rejected' }),
]

const bin = new URL('../../bin/penholder.js', import.meta.url).pathname
const penholder = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

interface Answer {
  status: number
  type: string
  disposition: string
  body: string
}

/** The exports compared between the API and `penholder draft export`: each view, in more than one format. */
const CASES: [string, string, string | null][] = [
  ['clean', 'html', null],
  ['compilation', 'txt', null],
  ['compilation', 'md', null],
  ['amendments', 'txt', IVORY],
  ['amendments', 'html', 'Egypt'],
]

describe('exports of the clean text, the compilation text and the amendments documents', () => {
  const data = tempDir()
  let id = ''
  const answers = new Map<string, Answer>()
  let get: (query: string) => Promise<Answer>

  before(async () => {
    const server = await testServer(data.dir)
    try {
      id = (await createDraft(server.storage, sample())).id
      // The records, as the delegations' editors write them into the draft's `amendments` map.
      const ydoc = draftDocFromStore((await server.storage.loadDraft(id))!)
      const known = Y.encodeStateVector(ydoc)
      for (const r of RECORDS) ydoc.getMap(SHARED.amendments).set(r.id, r)
      await server.storage.appendUpdate(id, Y.encodeStateAsUpdate(ydoc, known))
      const { token } = await server.authority.issue({
        draft: id,
        delegation: 'Press',
        role: 'observer',
        lifetime: 86_400_000,
      })
      get = async (query) => {
        const res = await fetch(`${server.url}/api/drafts/${id}/export?${query}`, {
          headers: { authorization: `Bearer ${token}` },
        })
        const body = await res.text()
        return {
          status: res.status,
          type: res.headers.get('content-type') ?? '',
          disposition: res.headers.get('content-disposition') ?? '',
          body: res.headers.get('content-type')?.startsWith('application/json')
            ? JSON.parse(body).detail
            : body,
        }
      }
      for (const [view, format, delegation] of CASES) {
        const query = new URLSearchParams({ format, view, ...(delegation ? { delegation } : {}) })
        answers.set(`${view} ${format}`, await get(query.toString()))
      }
      for (const query of [
        'format=txt',
        'format=txt&view=amendments',
        'format=txt&view=drafts',
        'format=txt&view=amendments&delegation=Peru',
        'format=txt&view=clean&delegation=Egypt',
      ]) {
        answers.set(query, await get(query))
      }
    } finally {
      await server.close()
    }
  })
  after(() => data.remove())

  it('the API writes each view as asked, with a file name that says what it is', () => {
    const clean = answers.get('clean html')!
    assert.equal(clean.status, 200)
    assert.match(clean.type, /^text\/html/)
    assert.equal(
      clean.disposition,
      `inline; filename="A-C.3-71-L.23_clean.html"; filename*=UTF-8''A-C.3-71-L.23_clean.html`,
    )
    assert.match(clean.body, /<span class="num">1\.<\/span> Decides to promote human rights;/)
    assert.ok(!clean.body.includes('advance') && !clean.body.includes('Calls upon'))

    const compilation = answers.get('compilation txt')!
    assert.match(compilation.type, /^text\/plain/)
    assert.match(compilation.disposition, /filename="A-C\.3-71-L\.23_compilation\.txt"/)
    assert.match(
      compilation.body,
      /^OP1 Decides to \[-promote-\]\{\+promote and protect\+\} \[Egypt\]\{\+advance\+\} \[Côte d'Ivoire, supported by Brazil\] human rights;$/m,
    )
    assert.match(
      compilation.body,
      /^OP1 bis \[Proposed by Egypt: new paragraph\] Calls upon States to act;$/m,
    )
    assert.match(compilation.body, /^OP2 Urges all States to report;$/m, 'the rejected deletion is not shown')
    assert.match(answers.get('compilation md')!.type, /^text\/markdown/)

    const ivory = answers.get('amendments txt')!
    assert.equal(
      ivory.disposition,
      `inline; filename="A-C.3-71-L.23_amendments_Cote-d-Ivoire.txt"; filename*=UTF-8''A-C.3-71-L.23_amendments_C%C3%B4te-d%27Ivoire.txt`,
    )
    assert.equal(
      ivory.body,
      `${[
        "Côte d'Ivoire: amendment to draft resolution A/C.3/71/L.23",
        '1. In operative paragraph 1, replace the word “promote” with the word “advance”.',
      ].join('\n\n')}\n`,
    )
    assert.match(
      answers.get('amendments html')!.body,
      /<h1>Egypt: amendments to draft resolution A\/C\.3\/71\/L\.23<\/h1>/,
    )
  })

  it('the default view is the clean text', () => {
    const plain = answers.get('format=txt')!
    assert.equal(plain.status, 200)
    assert.match(plain.body, /^1\. Decides to promote human rights;$/m)
    assert.doesNotMatch(plain.body, /\{\+|\[-/)
  })

  it('the API refuses a missing or unknown delegation and an unknown view, saying why', () => {
    assert.deepEqual(
      [answers.get('format=txt&view=amendments')!.status, answers.get('format=txt&view=amendments')!.body],
      [400, 'the amendments view needs delegation: the delegation whose amendments document it is'],
    )
    assert.deepEqual(
      [answers.get('format=txt&view=drafts')!.status, answers.get('format=txt&view=drafts')!.body],
      [400, 'view must be one of clean, compilation, amendments'],
    )
    const peru = answers.get('format=txt&view=amendments&delegation=Peru')!
    assert.deepEqual(
      [peru.status, peru.body],
      [422, "the draft holds no amendment of 'Peru'; amendments come from Côte d'Ivoire, Egypt"],
    )
    const stray = answers.get('format=txt&view=clean&delegation=Egypt')!
    assert.deepEqual(
      [stray.status, stray.body],
      [400, 'delegation goes with view amendments only, not with clean'],
    )
  })

  it('`penholder draft export` gives the same text as the API, from the store', () => {
    for (const [view, format, delegation] of CASES) {
      const r = penholder(
        'draft',
        'export',
        id,
        '--format',
        format,
        '--view',
        view,
        ...(delegation ? ['--delegation', delegation] : []),
        '--data',
        data.dir,
      )
      assert.equal(r.status, 0, r.stderr)
      assert.equal(r.stdout, answers.get(`${view} ${format}`)!.body, `${view} ${format}`)
    }
  })

  it('the command line refuses a missing or unknown delegation on one line', () => {
    const missing = penholder(
      'draft',
      'export',
      id,
      '--format',
      'txt',
      '--view',
      'amendments',
      '--data',
      data.dir,
    )
    assert.equal(missing.status, 2)
    assert.match(
      missing.stderr.trim(),
      /^penholder: the amendments view needs --delegation: .*; usage: penholder draft new/,
    )
    const peru = penholder(
      'draft',
      'export',
      id,
      '-f',
      'md',
      '--view',
      'amendments',
      '--delegation',
      'Peru',
      '--data',
      data.dir,
    )
    assert.equal(peru.status, 1)
    assert.equal(peru.stderr.trim().split('\n').length, 1, `one line of error, got:\n${peru.stderr}`)
    assert.match(peru.stderr, new RegExp(`draft ${id}: the draft holds no amendment of 'Peru'`))
  })

  it('`penholder export FILE` reads every mark of a draft file as a pending proposal', () => {
    const file = join(data.dir, 'draft.json')
    writeFileSync(file, JSON.stringify(sample().toJSON()))
    const compilation = penholder('export', file, '--format', 'txt', '--view', 'compilation')
    assert.equal(compilation.status, 0, compilation.stderr)
    // Without records, the deletion of "all" is pending and no one is named as a supporter.
    assert.match(compilation.stdout, /^OP2 Urges \[-all -\]\[Côte d'Ivoire\] States to report;$/m)
    assert.match(compilation.stdout, /\{\+advance\+\} \[Côte d'Ivoire\] human rights;/)
    const egypt = penholder('export', file, '--format', 'md', '--view', 'amendments', '--delegation', 'Egypt')
    assert.equal(egypt.status, 0, egypt.stderr)
    assert.match(egypt.stdout, /^# Egypt: amendments to draft resolution A\/C\.3\/71\/L\.23$/m)
    assert.match(egypt.stdout, /^3\. After operative paragraph 1, insert a new paragraph reading:$/m)
  })
})
