// One typed draft with an annex, shared by the importer's and the editor's tests: a resolution whose operative
// part adopts a programme of action, then the annex with its label, title, two sections, three paragraphs and two
// sub-paragraphs, as a delegate types or pastes it.

/** The annex as typed after the resolution's closing lines. */
export const ANNEX_LINES = [
  'Annex',
  '',
  'Programme of action',
  '',
  'I. Commitments',
  '',
  '1. We commit to act.',
  '',
  '2. We will:',
  '',
  '(a) report yearly;',
  '',
  '(b) review progress.',
  '',
  'II. Follow-up',
  '',
  '3. We will meet again.',
]

/** A whole typed draft with `operative` as its operative paragraphs (each as typed, numbered or not), then the annex. */
export function annexedDraftText(operative: string[]): string {
  return [
    'The General Assembly,',
    '',
    'Recalling its resolution 70/1,',
    '',
    ...operative.flatMap((p) => [p, '']),
    '99th plenary meeting',
    '1 March 2024',
    '',
    ...ANNEX_LINES,
  ].join('\n')
}
