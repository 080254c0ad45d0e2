// The draft the view tests export: proposals of Egypt (E*) and Chile (C*) on words and whole paragraphs, one
// rejected and one withdrawn proposal whose marks are still in the text, and a delegation (Mexico) whose only
// amendment was withdrawn.
import type { Node } from 'prosemirror-model'
import type { AmendmentRecord } from '../index.ts'
import { clause, del, draft, ins, record, w } from './amendment-drafts.ts'

/** The words of the sample in English and French. */
const WORDS = {
  en: {
    recalling: 'Recalling ',
    also: 'also ',
    resolution: 'its resolution 70/1,',
    noting: 'Noting with concern the report,',
    decides: 'Decides to ',
    promote: 'promote',
    protect: 'promote and protect',
    advance: 'advance',
    rights: ' human rights;',
    calls: 'Calls upon States to act;',
    requests: 'Requests a report;',
    invites: 'Invites States to cooperate;',
    urges: 'Urges ',
    all: 'all ',
    report: 'States to report',
    annually: ' annually',
    end: ';',
    seized: 'Decides to remain seized of the matter.',
  },
  fr: {
    recalling: 'Rappelant ',
    also: 'également ',
    resolution: 'sa résolution 70/1,',
    noting: 'Notant avec préoccupation le rapport,',
    decides: 'Décide de ',
    promote: 'promouvoir',
    protect: 'promouvoir et protéger',
    advance: 'faire progresser',
    rights: ' les droits de l’homme ;',
    calls: 'Demande aux États d’agir ;',
    requests: 'Demande un rapport ;',
    invites: 'Invite les États à coopérer ;',
    urges: 'Exhorte ',
    all: 'tous ',
    report: 'les États à faire rapport',
    annually: ' chaque année',
    end: ' ;',
    seized: 'Décide de rester saisie de la question.',
  },
}

/**
 * The sample draft, symbol A/C.3/71/L.23. Without pending proposals it reads: one preambular paragraph, then
 * operative paragraphs 1 "Decides to promote", 2 "Requests a report", 3 "Invites States", 4 "Urges all
 * States", 5 "Decides to remain seized".
 */
export function viewsSample(lang: 'en' | 'fr' = 'en'): Node {
  const t = WORDS[lang]
  const chile = (id: string) => ({ amendment: id, delegation: 'Chile' })
  const egypt = (id: string) => ({ amendment: id, delegation: 'Egypt' })
  return draft(lang, [
    clause('preambular', 'p1', [t.recalling, w(t.also, ins('E1')), t.resolution]),
    clause('preambular', 'p2', t.noting, { proposal: { ...chile('C3'), kind: 'insert' } }),
    clause('operative', 'o1', [
      t.decides,
      w(t.promote, del('E2'), del('C1', 'Chile')),
      w(t.protect, ins('E2')),
      w(t.advance, ins('C1', 'Chile')),
      t.rights,
    ]),
    clause('operative', 'o2', t.calls, { proposal: { ...egypt('E3'), kind: 'insert' } }),
    clause('operative', 'o3', t.requests, { proposal: { ...chile('C2'), kind: 'delete' } }),
    clause('operative', 'o4', t.invites, { proposal: { ...egypt('E4'), kind: 'move' } }),
    clause('operative', 'o5', [
      t.urges,
      w(t.all, del('C4', 'Chile')),
      t.report,
      w(t.annually, ins('E5')),
      t.end,
    ]),
    clause('operative', 'o6', t.seized),
    clause('operative', 'o7', t.invites, { proposal: { ...egypt('E4'), kind: 'move', from: 'o4' } }),
  ])
}

/** The records of the sample: Chile's C1 supported by Brazil, C4 rejected, E5 and Mexico's M1 withdrawn. */
export function viewsRecords(): AmendmentRecord[] {
  return [
    record('E1', { kind: 'insert-words', clause: 'p1' }),
    record('E2'),
    record('E3', { kind: 'insert-paragraph', clause: 'o2', after: 'o1' }),
    record('E4', { kind: 'move-paragraph', clause: 'o7', after: 'o6' }),
    record('E5', { kind: 'insert-words', clause: 'o5', status: 'withdrawn' }),
    record('C1', { delegation: 'Chile', supporters: ['Brazil'] }),
    record('C2', { delegation: 'Chile', kind: 'delete-paragraph', clause: 'o3' }),
    record('C3', { delegation: 'Chile', kind: 'insert-paragraph', clause: 'p2', after: 'p1' }),
    record('C4', { delegation: 'Chile', kind: 'delete-words', clause: 'o5', status: 'rejected' }),
    record('M1', { delegation: 'Mexico', kind: 'delete-words', clause: 'o6', status: 'withdrawn' }),
  ]
}
