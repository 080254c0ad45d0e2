// Drafts with amendments for the tests of the amendments panel, views and actions: made the way delegations
// make them (through suggestion mode, see suggestion-fixture.ts), or written out node by node where a test
// needs a shape typing cannot make directly.
import type { Node } from 'prosemirror-model'
import { type AmendmentRecord, proposalAttr, schema } from '../../schema/index.ts'
import { para, Session, sample, stateOf, textPos } from './suggestion-fixture.ts'

export { draft, op, pre, sample, stateOf, sub, textPos } from './suggestion-fixture.ts'

const { nodes } = schema

/** Words inserted by an amendment of a delegation. */
export const inserted = (text: string, amendment: string, delegation: string): Node =>
  schema.text(text, [schema.marks.insertion.create({ amendment, delegation })])

/** A clause a delegation proposes to add, its words carrying the same amendment's insertion mark. */
export function proposed(
  kind: 'preambular' | 'operative' | 'subparagraph',
  id: string,
  text: string,
  amendment: string,
  delegation: string,
  ...subs: Node[]
): Node {
  return nodes[kind]!.create({ id, proposal: proposalAttr({ amendment, delegation, kind: 'insert' }) }, [
    nodes.para.create(null, inserted(text, amendment, delegation)),
    ...subs,
  ])
}

/** A clause with a proposal of another kind (delete, or the original of a move) on it. */
export function withProposal(
  clause: Node,
  amendment: string,
  delegation: string,
  kind: 'delete' | 'move',
): Node {
  return clause.type.create(
    { ...clause.attrs, proposal: proposalAttr({ amendment, delegation, kind }) },
    clause.content,
  )
}

/** The position of the clause with an id. */
export function clausePos(doc: Node, id: string): number {
  let found = -1
  doc.descendants((node, pos) => {
    if (found >= 0) return false
    if (node.attrs.id === id && node.type.name !== 'footnote') found = pos
    return true
  })
  if (found < 0) throw new Error(`no clause ${id}`)
  return found
}

/**
 * The sample draft amended by France (ids fr1, fr2 ...) and Egypt (eg1 ...): France replaces "promote" with
 * "advance" in operative paragraph 1 (fr1) and proposes a new paragraph after operative paragraph 2 (fr2);
 * Egypt proposes deleting "to cooperate" in operative paragraph 2 (eg1).
 */
export function amendedSample(): { doc: Node; records: Map<string, AmendmentRecord> } {
  const records = new Map<string, AmendmentRecord>()
  const france = new Session(stateOf(sample()), 'France', records)
  const promote = textPos(france.doc, 'promote')
  france.at(promote, promote + 'promote'.length).type('advance')
  france.at(textPos(france.doc, 'cooperate;', 10))
  france.edit((st) =>
    st.tr.split(st.selection.from, 2, [{ type: schema.nodes.operative, attrs: { id: null } }]),
  )
  france.type('Welcomes the report;')
  const egypt = new Session(france.state, 'Egypt', records)
  const cooperate = textPos(egypt.doc, ' to cooperate')
  egypt.at(cooperate, cooperate + ' to cooperate'.length).backspace()
  return { doc: egypt.doc, records }
}

export { para, Session }
