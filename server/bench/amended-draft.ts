// The draft of the amendments benchmark: 100 paragraphs of the sample resolution (40 preambular, 60
// operative) with 200 pending proposals of four delegations, made the way their editors make them.
import type { Mark, Node } from 'prosemirror-model'
import {
  type AmendmentKind,
  type AmendmentRecord,
  draftOf,
  emptyDraft,
  forEachBlock,
  importResolution,
  type ParagraphProposal,
  proposalAttr,
  referredWords,
  schema,
} from '../../schema/index.ts'

const { nodes, marks } = schema

/** The delegations that propose, in turn. */
export const DELEGATIONS = ['Egypt', 'Brazil', 'Chile', 'India'] as const

/** A draft with its amendment records. */
export interface AmendedDraft {
  doc: Node
  records: AmendmentRecord[]
}

/** The texts of the first paragraphs of the sample's clauses, long enough to amend in two places. */
function sampleTexts(sample: string): string[] {
  const texts: string[] = []
  forEachBlock(importResolution(sample).doc, (node) => {
    if (node.type.name !== 'preambular' && node.type.name !== 'operative') return
    const text = node.firstChild!.textContent
    if (text.split(' ').length >= 12) texts.push(text)
  })
  if (texts.length === 0) throw new RangeError('the sample holds no paragraph of twelve words or more')
  return texts
}

/** Builds the draft from the text of the sample resolution (Markdown). */
export function amendedDraft(sample: string): AmendedDraft {
  const texts = sampleTexts(sample)
  const made: { id: string; delegation: string; clause: string; kind: AmendmentKind; after?: string }[] = []
  const amendment = (kind: AmendmentKind, clause: string, after?: string) => {
    const id = `a${made.length + 1}`
    const delegation = DELEGATIONS[made.length % DELEGATIONS.length]!
    made.push(
      after === undefined ? { id, delegation, clause, kind } : { id, delegation, clause, kind, after },
    )
    return { amendment: id, delegation }
  }
  const mark = (kind: 'insertion' | 'deletion', who: { amendment: string; delegation: string }): Mark =>
    marks[kind]!.create(who)
  const clause = (type: string, id: string, content: Node, proposal?: ParagraphProposal) =>
    nodes[type]!.create({ id, proposal: proposal ? proposalAttr(proposal) : null }, content)

  /** A paragraph with a replacement near its start and an insertion or deletion near its end. */
  const amended = (text: string, id: string): Node => {
    const words = text.split(' ')
    const a = amendment('replace-words', id)
    const b = amendment(made.length % 2 ? 'insert-words' : 'delete-words', id)
    return nodes.para.create(null, [
      schema.text(`${words.slice(0, 3).join(' ')} `),
      schema.text(words[3]!, [mark('deletion', a)]),
      schema.text('renforcer', [mark('insertion', a)]),
      schema.text(` ${words.slice(4, -2).join(' ')} `),
      made.at(-1)!.kind === 'insert-words'
        ? schema.text('pleinement ', [mark('insertion', b)])
        : schema.text(`${words.at(-2)} `, [mark('deletion', b)]),
      schema.text(words.at(-1)!),
    ])
  }

  const body: Node[] = []
  const moves: { type: string; id: string; text: string; who: { amendment: string; delegation: string } }[] =
    []
  for (let i = 0; i < 100; i++) {
    const type = i < 40 ? 'preambular' : 'operative'
    const id = `c${i}`
    const text = texts[i % texts.length]!
    if (i % 10 === 4) {
      const who = amendment('delete-paragraph', id)
      body.push(clause(type, id, nodes.para.create(null, schema.text(text)), { ...who, kind: 'delete' }))
    } else if (i % 10 === 9) {
      const who = amendment('move-paragraph', `m${i}`)
      body.push(clause(type, id, nodes.para.create(null, schema.text(text)), { ...who, kind: 'move' }))
      moves.push({ type, id, text, who })
    } else body.push(clause(type, id, amended(text, id)))
    if (i % 10 === 2 || i % 10 === 7) {
      const who = amendment('insert-paragraph', `n${i}`, id)
      const words = nodes.para.create(null, schema.text(text, [mark('insertion', who)]))
      body.push(clause(type, `n${i}`, words, { ...who, kind: 'insert' }))
    }
  }
  // Each moved paragraph goes to the start of its part, as a copy of its words.
  for (const move of moves) {
    const at = body.findIndex((n) => n.type.name === move.type)
    const copy = { ...move.who, kind: 'move' as const, from: move.id }
    body.splice(
      at,
      0,
      clause(move.type, `m${move.id.slice(1)}`, nodes.para.create(null, schema.text(move.text)), copy),
    )
  }
  const head: Node[] = []
  forEachBlock(emptyDraft('fr', 'ga'), (n) => {
    if (n.type.name !== 'preambular' && n.type.name !== 'operative') head.push(n)
  })
  const doc = draftOf({ lang: 'fr', organ: 'ga' }, [...head, ...body])
  doc.check()
  const records: AmendmentRecord[] = made.map((m, n) => ({
    ...m,
    status: 'proposed',
    rationale: '',
    supporters: [],
    created: 1_700_000_000_000 + n,
    updated: 1_700_000_000_000 + n,
    original: '',
  }))
  for (const record of records) record.original = referredWords(doc, record.id, records)
  return { doc, records }
}
