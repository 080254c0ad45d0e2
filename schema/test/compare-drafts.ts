// The two versions the comparison tests compare: Rev.1 of a draft, and the text after a negotiation changed it
// (a word replaced, operative paragraph 3 deleted so that every later paragraph is renumbered, a paragraph
// moved, a new paragraph inserted, a footnote added, words revised orally, the symbol moved on), with who did
// what, as the revisions of the draft record it.
import type { Mark, Node } from 'prosemirror-model'
import { type ChangeAuthor, schema } from '../index.ts'
import { clause, draft, para } from './amendment-drafts.ts'

const { nodes, marks } = schema

/** A time on a day of November 2016, at 10.30 UTC. */
export const day = (n: number): number => Date.UTC(2016, 10, n, 10, 30)

/** The note of the oral revision. */
export const ORAL_NOTE = 'as orally revised at the 45th meeting'

const opening = (text: string): { text: string; marks: Mark[] } => ({ text, marks: [marks.opening.create()] })

/** A footnote with an id and its words. */
export const footnote = (id: string, text: string): Node => nodes.footnote.create({ id }, schema.text(text))

/** An operative paragraph whose text is split around footnotes: strings, footnotes, opening phrases. */
function operative(id: string, ...parts: (string | Node | { text: string; marks: Mark[] })[]): Node {
  const inline = parts.map((p) =>
    typeof p === 'string' ? schema.text(p) : 'type' in p ? p : schema.text(p.text, p.marks),
  )
  return nodes.operative.create({ id }, nodes.para.create(null, inline))
}

const PREAMBLE = [
  clause('preambular', 'p1', [opening('Recalling'), ' its resolution 70/1,']),
  clause('preambular', 'p2', [opening('Noting'), ' the report of the Secretary-General,']),
]

const O1 = operative('o1', opening('Decides'), ' to promote human rights;')
const O2 = (word: string) =>
  operative('o2', opening('Requests'), ` the Secretary-General to submit a ${word} at its next session;`)
const O3 = operative('o3', opening('Invites'), ' States to cooperate;')
const O4 = operative('o4', opening('Encourages'), ' civil society to take part;')
const O5 = (note: Node | null) =>
  operative('o5', opening('Welcomes'), ' the work of the Commission', ...(note ? [note] : []), ';')
const O6 = operative(
  'o6',
  opening('Stresses'),
  ' the role of regional organizations',
  footnote('f1', 'A/71/484.'),
  ';',
)
const O7 = (verb: string) =>
  nodes.operative.create({ id: 'o7' }, [
    para(opening(verb), ' all States:'),
    clause('subparagraph', 's1', 'To ratify the Convention;'),
    clause('subparagraph', 's2', 'To report on its implementation;'),
  ])
const O8 = operative('o8', opening('Emphasizes'), ' the need for funding;')
const O9 = operative('o9', opening('Decides'), ' to remain seized of the matter.')
const N1 = operative('n1', opening('Requests'), ' a report on progress at its seventy-second session;')

/** Rev.1: two preambular and nine operative paragraphs, a footnote in operative paragraph 6. */
export function revisionOne(): Node {
  return draft(
    'en',
    [...PREAMBLE, O1, O2('report'), O3, O4, O5(null), O6, O7('Calls upon'), O8, O9],
    'A/C.3/71/L.23/Rev.1',
  )
}

/**
 * The text after the negotiation: Egypt replaced "report" with "brief" in operative paragraph 2; Chile's deletion
 * of operative paragraph 3 was accepted; Brazil's move of operative paragraph 4 to follow operative paragraph 8;
 * the facilitator revised orally "Calls upon" to "Urges" in operative paragraph 7 and added a new last
 * paragraph; and she added a footnote to operative paragraph 5 and moved the symbol on to Rev.2. Its operative
 * paragraphs: 1 o1, 2 o2, 3 o5, 4 o6, 5 o7, 6 o8, 7 o4 (moved), 8 o9, 9 n1 (new).
 */
export function revisionTwo(): Node {
  return draft(
    'en',
    [
      ...PREAMBLE,
      O1,
      O2('brief'),
      O5(footnote('f2', 'See A/71/484/Add.1.')),
      O6,
      O7('Urges'),
      O8,
      O4,
      O9,
      N1,
    ],
    'A/C.3/71/L.23/Rev.2',
  )
}

/** Who made the changes between Rev.1 and the later text, as the revisions record them. */
export const AUTHORS: ChangeAuthor[] = [
  { author: 'Egypt', clause: 'o2', inserted: ['brief'], deleted: ['report'], at: day(2) },
  {
    author: 'Chile',
    clause: 'o3',
    inserted: [],
    deleted: ['Invites States to cooperate;'],
    paragraph: 'delete',
    at: day(3),
  },
  { author: 'Brazil', clause: 'o4', inserted: [], deleted: [], paragraph: 'move', at: day(4) },
  {
    author: 'Facilitator',
    clause: 'o7',
    inserted: ['Urges'],
    deleted: ['Calls upon'],
    oral: ORAL_NOTE,
    at: day(5),
  },
  {
    author: 'Facilitator',
    clause: 'n1',
    inserted: [],
    deleted: [],
    paragraph: 'insert',
    oral: ORAL_NOTE,
    at: day(5),
  },
]
