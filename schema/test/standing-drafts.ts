// A draft that shows every way a paragraph can stand (issue 13), shared by the schema's and the server's tests:
// words in square brackets, a paragraph in brackets with its sub-paragraphs, alternative wordings (also on a
// proposed new paragraph, "OP3 bis [Alt 1]"), and the facilitator's statuses.
import type { Node } from 'prosemirror-model'
import {
  alternativesAttr,
  bracketMark,
  type Lang,
  proposalAttr,
  type StatusEntry,
  type StatusLookup,
  schema,
} from '../index.ts'
import { draft, ins, para, w } from './amendment-drafts.ts'

const { nodes } = schema

/** The statuses the facilitator set on the draft of {@link standingDraft}, by clause id. */
export const STANDING_STATUSES: Record<string, StatusEntry> = {
  p1: { status: 'agreed', by: 'Chair', at: 1_700_000_000_000 },
  o1: {
    status: 'agreed-ad-ref',
    note: 'pending consultation in capitals',
    by: 'Chair',
    at: 1_700_000_000_001,
  },
  o3: { status: 'agreed', by: 'Chair', at: 1_700_000_000_002 },
}

/** A lookup of {@link STANDING_STATUSES}. */
export const standingStatuses: StatusLookup = (id) => STANDING_STATUSES[id]

/**
 * A draft of one preambular and three operative paragraphs and a proposed one: "Decides [to act] now;" (words
 * bracketed at Egypt's request), operative 2 in brackets at Brazil's request with sub-paragraphs (a) and (b),
 * operative 3 with an alternative wording asked for by Chile, and a new paragraph Egypt proposes after it with
 * an alternative of its own.
 */
export function standingDraft(lang: Lang = 'en'): Node {
  const clause = (type: 'preambular' | 'operative' | 'subparagraph', attrs: object, ...content: Node[]) =>
    nodes[type]!.create(attrs, content)
  return draft(lang, [
    clause('preambular', { id: 'p1' }, para('Recalling its resolutions,')),
    clause('operative', { id: 'o1' }, para('Decides ', w('to act', bracketMark('Egypt', 'b1')), ' now;')),
    clause(
      'operative',
      { id: 'o2', bracketed: 'Brazil' },
      para('Requests the Secretary-General:'),
      clause('subparagraph', { id: 's1' }, para('to report;')),
      clause('subparagraph', { id: 's2' }, para('to consult;')),
    ),
    clause(
      'operative',
      { id: 'o3', alternatives: alternativesAttr([{ text: 'Welcomes the report;', by: 'Chile' }]) },
      para('Notes the report;'),
    ),
    clause(
      'operative',
      {
        id: 'o4',
        proposal: proposalAttr({ amendment: 'e1', delegation: 'Egypt', kind: 'insert' }),
        alternatives: alternativesAttr([{ text: 'Decides to remain seized.' }]),
      },
      para(w('Decides to conclude.', ins('e1'))),
    ),
  ])
}
