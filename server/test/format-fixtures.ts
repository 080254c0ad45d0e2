// The drafts every export and import format is tried on: the two shared real texts, a Security Council text,
// an Arabic and a Chinese draft, a draft with nested sub-paragraphs, and a draft with pending proposals of three
// delegations (words inserted and deleted, a new paragraph, a deleted paragraph, a move).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Node } from 'prosemirror-model'
import { type AmendmentRecord, acceptAmendment, type Lang, recordsWithImplied } from '../../schema/index.ts'
import { clause, del, draft, ins, record, w } from '../../schema/test/amendment-drafts.ts'
import { importDraftText } from '../drafts/import.ts'

/** One draft to export: its name (for messages and file names), its document and its amendment records. */
export interface FormatFixture {
  name: string
  lang: Lang
  doc: Node
  records: AmendmentRecord[]
}

const FIXTURES = new URL('../../schema/test/fixtures/', import.meta.url).pathname

/** The text of a file of `schema/test/fixtures/`. */
export const fixtureText = (file: string): string => readFileSync(join(FIXTURES, file), 'utf8')

const imported = (name: string, file: string): FormatFixture => {
  const { doc } = importDraftText(fixtureText(file))
  return { name, lang: doc.attrs.lang, doc, records: [] }
}

/**
 * A draft A/C.3/71/L.23 with pending proposals of Egypt, Chile and Brazil: Egypt inserts words, replaces
 * "promote" with "promote and protect", proposes a new operative paragraph 1 bis and moves operative paragraph 3
 * to the end; Chile proposes to replace "promote" with "advance" (supported by Brazil), a new preambular
 * paragraph and the deletion of operative paragraph 2; Brazil deletes "all". Without pending proposals its
 * operative paragraphs are 1 "Decides to promote", 2 "Requests a report", 3 "Invites States", 4 "Urges all
 * States to report", 5 "Decides to remain seized".
 */
export function proposalsDraft(): FormatFixture {
  const egypt = (id: string) => ({ amendment: id, delegation: 'Egypt' })
  const chile = (id: string) => ({ amendment: id, delegation: 'Chile' })
  const doc = draft('en', [
    clause('preambular', 'p1', ['Recalling ', w('also ', ins('E1')), 'its resolution 70/1,']),
    clause('preambular', 'p2', 'Noting with concern the report of the Secretary-General,', {
      proposal: { ...chile('C3'), kind: 'insert' },
    }),
    clause('operative', 'o1', [
      'Decides to ',
      w('promote', del('E2'), del('C1', 'Chile')),
      w('promote and protect', ins('E2')),
      w('advance', ins('C1', 'Chile')),
      ' human rights;',
    ]),
    clause('operative', 'o2', 'Calls upon States to act;', { proposal: { ...egypt('E3'), kind: 'insert' } }),
    clause('operative', 'o3', 'Requests a report;', { proposal: { ...chile('C2'), kind: 'delete' } }),
    clause('operative', 'o4', 'Invites States to cooperate;', { proposal: { ...egypt('E4'), kind: 'move' } }),
    clause('operative', 'o5', ['Urges ', w('all ', del('B1', 'Brazil')), 'States to report;']),
    clause('operative', 'o6', 'Decides to remain seized of the matter.'),
    clause('operative', 'o7', 'Invites States to cooperate;', {
      proposal: { ...egypt('E4'), kind: 'move', from: 'o4' },
    }),
  ])
  const at = (day: number) => Date.UTC(2016, 10, day, 10, 30)
  return {
    name: 'proposals of three delegations',
    lang: 'en',
    doc,
    records: [
      record('E1', { kind: 'insert-words', clause: 'p1', created: at(1), updated: at(1) }),
      record('E2', { created: at(2), updated: at(2) }),
      record('E3', { kind: 'insert-paragraph', clause: 'o2', after: 'o1', created: at(3), updated: at(3) }),
      record('E4', { kind: 'move-paragraph', clause: 'o7', after: 'o6', created: at(4), updated: at(4) }),
      record('C1', { delegation: 'Chile', supporters: ['Brazil'], created: at(5), updated: at(5) }),
      record('C2', { delegation: 'Chile', kind: 'delete-paragraph', clause: 'o3', created: at(6) }),
      record('C3', {
        delegation: 'Chile',
        kind: 'insert-paragraph',
        clause: 'p2',
        after: 'p1',
        created: at(7),
      }),
      record('B1', {
        delegation: 'Brazil',
        kind: 'delete-words',
        clause: 'o5',
        created: at(8),
        updated: at(8),
      }),
    ],
  }
}

/**
 * The document of accepting every pending proposal of a draft, in the order they were made: what "accept all
 * changes" in Word must give for its compilation text. Where two proposals compete for the same words (Egypt's
 * and Chile's replacements of "promote"), both insertions stay, as Word keeps both.
 */
export function acceptedAll(fixture: FormatFixture): Node {
  let doc = fixture.doc
  for (const r of recordsWithImplied(doc, fixture.records)) {
    if (r.status === 'proposed' || r.status === 'outdated') doc = acceptAmendment(doc, r.id).doc
  }
  return doc
}

/** Every draft the formats are tried on. */
export function formatFixtures(): FormatFixture[] {
  return [
    imported('General Assembly resolution 71/194 (French)', 'fr_A-RES-71-194.md'),
    imported('General Assembly resolution ES-11/1 (English, from the PDF)', 'en_A-RES-ES-11-1.txt'),
    imported('Security Council resolution 2623 (2022)', 'en_S-RES-2623.txt'),
    imported('an Arabic draft', 'ar_typed-draft.txt'),
    imported('a Chinese draft', 'zh_typed-draft.txt'),
    imported('a draft with nested sub-paragraphs', 'en_subparagraphs-draft.txt'),
    proposalsDraft(),
  ]
}
