import type { Mark, Node } from 'prosemirror-model'
import { draftOf } from '../blocks.ts'
import { newId, withIds } from '../ids.ts'
import type { Lang, Organ } from '../lang.ts'
import { schema } from '../schema.ts'
import { alternativesAttr } from '../standing/alternatives.ts'
import type { ClauseDraft, DocDraft, QuoteDraft } from './draft.ts'
import type { Run } from './runs.ts'

const { nodes } = schema
const FOOTNOTE_MARKS = new Set(['em', 'sup'])

/**
 * Gives ids as nodes are made, in document order: a clause keeps the id its source gave unless an earlier
 * clause has it. (Setting them afterwards, one transform step per node, costs a copy of the document each.)
 */
class Ids {
  private readonly used = new Set<string>()
  take(stated: string | null): string {
    let id = stated && !this.used.has(stated) ? stated : newId()
    while (this.used.has(id)) id = newId()
    this.used.add(id)
    return id
  }
}

/** The inline nodes of runs. Footnote citations never matched with a definition are not left in a draft. */
function inlineNodes(runs: readonly Run[], ids: Ids): Node[] {
  const out: Node[] = []
  for (const run of runs) {
    switch (run.type) {
      case 'text':
        if (run.text) out.push(schema.text(run.text, run.marks))
        break
      case 'footnote': {
        const content: Node[] = []
        for (const r of run.content) {
          if (r.type !== 'text' || !r.text) continue
          const marks: Mark[] = r.marks.filter((m) => FOOTNOTE_MARKS.has(m.type.name))
          content.push(schema.text(r.text, marks))
        }
        out.push(nodes.footnote.create({ id: ids.take(null) }, content, run.marks))
        break
      }
      case 'xref':
        out.push(nodes.xref.create({ target: run.target }, null, run.marks))
        break
      case 'break':
        out.push(nodes.hard_break.create(null, null, run.marks))
        break
      case 'marker':
        break
    }
  }
  return out
}

const para = (runs: readonly Run[], ids: Ids) => nodes.para.create(null, inlineNodes(runs, ids))

function clauseNode(clause: ClauseDraft, ids: Ids): Node {
  const attrs = {
    id: ids.take(clause.id),
    proposal: clause.proposal,
    bracketed: clause.standing?.bracketed ?? null,
    alternatives: alternativesAttr(clause.standing?.alternatives ?? []),
  }
  const first = para(clause.para, ids)
  const children = clause.children.map((c) => (c.type === 'clause' ? clauseNode(c, ids) : quoteNode(c, ids)))
  return nodes[clause.kind]!.create(attrs, [first, ...children])
}

function quoteNode(quote: QuoteDraft, ids: Ids): Node {
  const items = quote.items.map((i) => (i.type === 'para' ? para(i.runs, ids) : clauseNode(i, ids)))
  return nodes.quotation.create(null, items.length ? items : [para([], ids)])
}

/**
 * The ProseMirror document of a draft read from a text, with an id on every clause and footnote, checked
 * against the schema.
 */
export function buildDocument(draft: DocDraft, lang: Lang, organ: Organ): Node {
  const ids = new Ids()
  const inline = (runs: readonly Run[]) => inlineNodes(runs, ids)
  const content: Node[] = [
    nodes.header.create(
      null,
      draft.header.map((f) => nodes.header_field.create({ name: f.name }, inline(f.runs))),
    ),
    nodes.title.create({ number: draft.title.number }, inline(draft.title.runs)),
    nodes.formula.create(null, inline(draft.formula)),
    ...draft.clauses.map((c) => clauseNode(c, ids)),
  ]
  if (draft.closing.length)
    content.push(
      nodes.closing.create(
        null,
        draft.closing.map((l) => para(l, ids)),
      ),
    )
  // withIds finds nothing to fix here; it stays as the guarantee that ids are unique.
  const doc = withIds(draftOf({ lang, organ }, content))
  doc.check()
  return doc
}
