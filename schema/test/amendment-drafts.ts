// Builders for small drafts with amendment marks and paragraph proposals, shared by the amendment tests.
import type { Mark, Node } from 'prosemirror-model'
import {
  type AmendmentRecord,
  type ClauseType,
  draftOf,
  emptyDraft,
  forEachBlock,
  type Lang,
  type ParagraphProposal,
  proposalAttr,
  schema,
} from '../index.ts'

const { nodes, marks } = schema

/** An insertion mark of an amendment. */
export const ins = (amendment: string, delegation = 'Egypt'): Mark =>
  marks.insertion.create({ amendment, delegation })

/** A deletion mark of an amendment. */
export const del = (amendment: string, delegation = 'Egypt'): Mark =>
  marks.deletion.create({ amendment, delegation })

/** Text with marks, for {@link para}. */
export interface Run {
  text: string
  marks: Mark[]
}

/** A run of text carrying marks. */
export const w = (text: string, ...m: Mark[]): Run => ({ text, marks: m })

/** A paragraph of plain strings and marked runs. */
export function para(...parts: (string | Run)[]): Node {
  return nodes.para.create(
    null,
    parts.map((p) => (typeof p === 'string' ? schema.text(p) : schema.text(p.text, p.marks))),
  )
}

/** A clause with an id, its text, an optional proposal and nested sub-paragraphs. */
export function clause(
  type: ClauseType,
  id: string,
  text: (string | Run)[] | string,
  options: { proposal?: ParagraphProposal; subs?: Node[] } = {},
): Node {
  const proposal = options.proposal ? proposalAttr(options.proposal) : null
  const first = typeof text === 'string' ? para(text) : para(...text)
  return nodes[type]!.create({ id, proposal }, [first, ...(options.subs ?? [])])
}

/** A draft in a language with the given paragraphs and a symbol in its header. */
export function draft(lang: Lang, body: Node[], symbol = 'A/C.3/71/L.23'): Node {
  const head: Node[] = []
  forEachBlock(emptyDraft(lang, 'ga'), (n) => {
    if (n.type.name === 'header') {
      const fields: Node[] = []
      n.forEach((f) => {
        fields.push(f.attrs.name === 'symbol' ? f.type.create(f.attrs, schema.text(symbol)) : f)
      })
      head.push(n.type.create(n.attrs, fields))
    } else if (!['preambular', 'operative'].includes(n.type.name)) head.push(n)
  })
  const doc = draftOf({ lang, organ: 'ga' }, [...head, ...body])
  doc.check()
  return doc
}

/** `count` plain operative paragraphs with ids o1, o2, ... and texts "Operative 1;", "Operative 2;" ... */
export function operatives(count: number, from = 1): Node[] {
  return Array.from({ length: count }, (_, i) =>
    clause('operative', `o${from + i}`, `Operative ${from + i};`),
  )
}

/** An amendment record with defaults. */
export function record(id: string, fields: Partial<AmendmentRecord> = {}): AmendmentRecord {
  return {
    id,
    delegation: 'Egypt',
    clause: 'o1',
    kind: 'replace-words',
    status: 'proposed',
    rationale: '',
    supporters: [],
    created: 1,
    updated: 1,
    ...fields,
  }
}

/** The texts of the preambular and operative paragraphs of a draft, with ids and proposals. */
export function body(doc: Node): string[] {
  const out: string[] = []
  forEachBlock(doc, (n) => {
    if (n.type.name !== 'preambular' && n.type.name !== 'operative') return
    out.push(`${n.attrs.id}${n.attrs.proposal ? '*' : ''}: ${n.textContent}`)
  })
  return out
}

/** Marks' attributes of an amendment of Egypt's. */
export const E = (id: string) => ({ amendment: id, delegation: 'Egypt' })

/**
 * A draft with three preambular and nine operative paragraphs (ids p1-p3, o1-o9), where `edits` replace
 * paragraphs by id and `extra` adds paragraphs right after one (to place proposed new ones).
 */
export function standard(
  lang: Lang,
  edits: Record<string, Node> = {},
  extra: Record<string, Node[]> = {},
): Node {
  const pre = [1, 2, 3].map((n) => clause('preambular', `p${n}`, `Preamble ${n},`))
  const body: Node[] = []
  for (const n of [...pre, ...operatives(9)]) {
    body.push(edits[n.attrs.id] ?? n, ...(extra[n.attrs.id] ?? []))
  }
  return draft(lang, body)
}

/** French typography: a no-break space inside « » and before ":" (written here as plain spaces to stay legible). */
export const nb = (text: string) =>
  text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ :/g, '\u00a0:')
