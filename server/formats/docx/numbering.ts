import { AlignmentType, LevelFormat, type NumberingDefinition } from 'docx'
import type { Lang } from '../../../schema/index.ts'

/** The list of operative paragraphs (and of the instructions of an amendments document). */
export const OPERATIVE_LIST = 'operative'

/** The list of sub-paragraphs: each parent (clause or quotation) numbers its own with a new instance of it. */
export const SUBPARAGRAPH_LIST = 'subparagraphs'

// Word has nine levels; sub-paragraph labels repeat every three levels ((a), (i), a.), as `subparagraphLabel`.
const LEVELS = 9

type Format = (typeof LevelFormat)[keyof typeof LevelFormat]

/** How Word writes one level's labels: its counter and the text around it ("%1" stands for the counter). */
interface LevelLabel {
  format: Format
  around: (counter: string) => string
}

/**
 * The Word form of the labels of sub-paragraphs at a depth (1 = under a paragraph), as `subparagraphLabel` writes
 * them; null where Word's sequence is not the editor's, and the label is written as text. So far that is the
 * first level in Arabic: the editor follows the abjad order ((أ) (ب) (ج) (د) (هـ)), while Word's `arabicAbjad`
 * is rendered by LibreOffice as ا ب ج د ه, without the hamza and with a bare ه.
 */
export function subparagraphLevel(lang: Lang, depth: number): LevelLabel | null {
  const cycle = ((depth - 1) % 3) + 1
  if (cycle === 3) return { format: LevelFormat.LOWER_LETTER, around: (n) => `${n}.` }
  if (cycle === 2) {
    if (lang === 'ar') return { format: LevelFormat.DECIMAL, around: (n) => `'${n}'` }
    if (lang === 'fr' || lang === 'es' || lang === 'ru')
      return { format: LevelFormat.LOWER_ROMAN, around: (n) => `${n})` }
    return { format: LevelFormat.LOWER_ROMAN, around: (n) => `(${n})` }
  }
  switch (lang) {
    case 'ar':
      return null
    case 'ru':
      return { format: LevelFormat.RUSSIAN_LOWER, around: (n) => `${n})` }
    case 'fr':
    case 'es':
      return { format: LevelFormat.LOWER_LETTER, around: (n) => `${n})` }
    default:
      return { format: LevelFormat.LOWER_LETTER, around: (n) => `(${n})` }
  }
}

/** The Word list level of a sub-paragraph at a depth (1 = under a paragraph): 0 to 8, then round again. */
export const subparagraphListLevel = (depth: number): number => (depth - 1) % LEVELS

/**
 * The list definitions of a draft in a language: operative paragraphs "1." ("1 -" in Arabic, as
 * `operativeLabel`), and sub-paragraphs level by level as `subparagraphLabel`. Indents are the paragraphs' own,
 * so the levels carry none.
 */
export function listDefinitions(lang: Lang): NumberingDefinition[] {
  const operative = {
    reference: OPERATIVE_LIST,
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: lang === 'ar' ? '%1 -' : '%1.',
        alignment: AlignmentType.START,
      },
    ],
  }
  const levels = []
  for (let level = 0; level < LEVELS; level++) {
    const label = subparagraphLevel(lang, level + 1)
    // A level written as text still needs a definition for the list to be whole; Word never shows it.
    const { format, around } = label ?? { format: LevelFormat.NONE, around: () => '' }
    levels.push({ level, format, text: around(`%${level + 1}`), alignment: AlignmentType.START })
  }
  return [operative, { reference: SUBPARAGRAPH_LIST, levels }]
}
