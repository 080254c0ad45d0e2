// The large draft the editor benchmark opens and types into: an English General Assembly draft in Markdown, as a
// delegation would type it, with 100 paragraphs and 50 footnotes, numbered in order of appearance.

const PREAMBULAR = [
  'Recalling',
  'Reaffirming',
  'Recognizing',
  'Noting',
  'Emphasizing',
  'Bearing in mind',
  'Welcoming',
  'Acknowledging',
  'Taking note of',
  'Expressing concern',
]

const OPERATIVE = [
  'Reaffirms',
  'Recognizes',
  'Underlines',
  'Reiterates',
  'Acknowledges',
  'Welcomes',
  'Emphasizes',
  'Highlights',
  'Stresses',
  'Notes',
]

/** The words of the last operative paragraph, which no other paragraph contains: the page is ready once they show. */
export const LAST_PARAGRAPH_TEXT = 'to continue its consideration of the question at its eighty-first session'

/** What the generated draft holds, to check the page against. */
export interface LargeDraftShape {
  preambular: number
  operative: number
  footnotes: number
}

/**
 * A draft of `preambular + operative` paragraphs with a footnote on every other paragraph until `footnotes` are
 * placed; the last operative paragraph "Decides ..." ends with a full stop, the others with a semicolon.
 */
export function largeDraftMarkdown(
  shape: LargeDraftShape = { preambular: 40, operative: 60, footnotes: 50 },
) {
  const total = shape.preambular + shape.operative
  if (shape.footnotes > Math.ceil(total / 2))
    throw new RangeError('at most one footnote on every other paragraph')
  let note = 0
  const notes: string[] = []
  const footnote = (index: number) => {
    if (index % 2 !== 0 || note >= shape.footnotes) return ''
    note++
    notes.push(`<sup>${note}</sup> A/${70 + (note % 10)}/${100 + note}, annex ${note}.`)
    return `<sup>${note}</sup>`
  }
  const blocks = [
    '# General Assembly',
    'Distr.: Limited  \n10 October 2025',
    'Eightieth session  \nAgenda item 68 (b)',
    '### Strengthening international cooperation in the field of human rights',
    '*The General Assembly,*',
  ]
  for (let i = 0; i < shape.preambular; i++) {
    const phrase = PREAMBULAR[i % PREAMBULAR.length]
    blocks.push(
      `*${phrase}* the importance of international cooperation for the promotion and protection of all human ` +
        `rights, as set out in its resolution ${60 + (i % 20)}/${150 + i}${footnote(i)} and in the reports of the ` +
        `Secretary-General on the matter,`,
    )
  }
  for (let i = 0; i < shape.operative; i++) {
    const n = i + 1
    if (n === shape.operative) {
      blocks.push(`${n}. *Decides* ${LAST_PARAGRAPH_TEXT}${footnote(shape.preambular + i)}.`)
      continue
    }
    const phrase = OPERATIVE[i % OPERATIVE.length]
    blocks.push(
      `${n}. *${phrase}* the importance of cooperation between States and the human rights mechanisms, ` +
        `including through technical assistance and capacity-building provided at the request of the States ` +
        `concerned${footnote(shape.preambular + i)}, as described in section ${n} of the report;`,
    )
  }
  return `${[...blocks, ...notes].join('\n\n')}\n`
}
