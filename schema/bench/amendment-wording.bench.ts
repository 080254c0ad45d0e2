// Times the formal wording of 200 pending amendments on a 100-paragraph draft (40 preambular, 60 operative
// paragraphs taken from the French sample 71/194), with word replacements, insertions and deletions and new,
// deleted and moved paragraphs. Target: well under 50 ms for the whole amendments document, since the clean
// text is numbered once, not once per amendment. Prints median and p95, then one JSON line.
import { readFileSync } from 'node:fs'
import type { Mark, Node } from 'prosemirror-model'
import {
  type AmendmentRecord,
  amendmentsDocument,
  amendmentWording,
  cleanDoc,
  draftOf,
  emptyDraft,
  forEachBlock,
  type ParagraphProposal,
  proposalAttr,
  schema,
} from '../index.ts'
import { time } from './timing.ts'

const { nodes, marks } = schema
const sample = readFileSync(new URL('../test/fixtures/fr_A-RES-71-194.md', import.meta.url), 'utf8')
const texts = sample
  .split(/\n\s*\n/)
  .map((b) => b.trim())
  .filter((b) => /^(\d+\.\s+)?\*[^*]+\*/.test(b))
  .map((b) => b.replace(/^\d+\.\s+/, '').replace(/[*]|<sup>\d+<\/sup>/g, ''))
  .filter((b) => b.split(' ').length >= 12)

const mark = (kind: 'insertion' | 'deletion', id: string): Mark =>
  marks[kind]!.create({ amendment: id, delegation: 'Egypt' })

const records: AmendmentRecord[] = []
let next = 0
const amendment = (kind: AmendmentRecord['kind'], clause: string) => {
  const id = `e${++next}`
  records.push({
    id,
    delegation: 'Egypt',
    clause,
    kind,
    status: 'proposed',
    rationale: '',
    supporters: [],
    created: next,
    updated: next,
  })
  return id
}

/** A paragraph of the sample text with two word-level amendments in it. */
function amended(text: string, clause: string): Node {
  const words = text.split(' ')
  const a = amendment('replace-words', clause)
  const b = amendment(next % 2 ? 'insert-words' : 'delete-words', clause)
  const at = Math.min(3, words.length - 2)
  const parts = [
    schema.text(`${words.slice(0, at).join(' ')} `),
    schema.text(words[at]!, [mark('deletion', a)]),
    schema.text('renforcer', [mark('insertion', a)]),
    schema.text(` ${words.slice(at + 1, -2).join(' ')} `),
    next % 2
      ? schema.text('pleinement ', [mark('insertion', b)])
      : schema.text(`${words[words.length - 2]} `, [mark('deletion', b)]),
    schema.text(words[words.length - 1]!),
  ]
  return nodes.para.create(null, parts)
}

function clause(
  type: 'preambular' | 'operative',
  id: string,
  content: Node,
  proposal?: ParagraphProposal,
): Node {
  return nodes[type]!.create({ id, proposal: proposal ? proposalAttr(proposal) : null }, content)
}

const moves: { type: 'preambular' | 'operative'; id: string; text: string; move: string }[] = []
const who = (id: string) => ({ amendment: id, delegation: 'Egypt' })

function draft(): Node {
  const body: Node[] = []
  for (let i = 0; i < 100; i++) {
    const type = i < 40 ? 'preambular' : 'operative'
    const id = `c${i}`
    const text = texts[i % texts.length]!
    // Every fifth paragraph is proposed for deletion or moved instead of amended word by word.
    if (i % 10 === 4) {
      body.push(
        clause(type, id, nodes.para.create(null, schema.text(text)), {
          ...who(amendment('delete-paragraph', id)),
          kind: 'delete',
        }),
      )
    } else if (i % 10 === 9) {
      const move = amendment('move-paragraph', id)
      body.push(clause(type, id, nodes.para.create(null, schema.text(text)), { ...who(move), kind: 'move' }))
      moves.push({ type, id, text, move })
    } else body.push(clause(type, id, amended(text, id)))
    if (i % 10 === 2 || i % 10 === 7) {
      const n = `n${i}`
      body.push(
        clause(type, n, nodes.para.create(null, schema.text(text)), {
          ...who(amendment('insert-paragraph', n)),
          kind: 'insert',
        }),
      )
    }
  }
  // Each moved paragraph goes to the start of its part.
  for (const m of moves) {
    const at = body.findIndex((n) => n.type.name === m.type)
    body.splice(
      at,
      0,
      clause(m.type, `m${m.id}`, nodes.para.create(null, schema.text(m.text)), {
        ...who(m.move),
        kind: 'move',
        from: m.id,
      }),
    )
  }
  const head: Node[] = []
  forEachBlock(emptyDraft('fr', 'ga'), (n) => {
    if (n.type.name !== 'preambular' && n.type.name !== 'operative') head.push(n)
  })
  return draftOf({ lang: 'fr', organ: 'ga' }, [...head, ...body])
}

const doc = draft()
doc.check()
const document = amendmentsDocument(doc, records, 'Egypt')
if (document.unplaced.length) throw new Error(`unplaced: ${JSON.stringify(document.unplaced.slice(0, 3))}`)
console.log(
  `${records.length} amendments, ${document.items.length} instructions; e.g. "${document.items[1]!.text}"`,
)

const results = [
  time('amendmentsDocument', 100, () => amendmentsDocument(doc, records, 'Egypt')),
  time('cleanDoc', 200, () => cleanDoc(doc, records)),
  time('amendmentWording (one)', 200, () => amendmentWording(doc, 'e1', records)),
]
const target = 50
console.log(
  JSON.stringify({
    bench: 'amendment-wording',
    amendments: records.length,
    paragraphs: 100,
    results,
    target_ms: target,
    ok: results[0]!.p95 < target,
  }),
)
