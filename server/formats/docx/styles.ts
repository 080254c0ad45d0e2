import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions } from 'docx'
import type { Lang } from '../../../schema/index.ts'
import { facesOf, languageTags } from './fonts.ts'
import { STEP } from './page.ts'

/** The paragraph styles of a written draft, by id, so that a delegate restyles all operative paragraphs at once. */
export const STYLE = {
  header: 'DraftHeader',
  title: 'DraftTitle',
  formula: 'DraftFormula',
  preambular: 'PreambularParagraph',
  operative: 'OperativeParagraph',
  subparagraph: 'Subparagraph',
  quotation: 'DraftQuotation',
  closing: 'DraftClosing',
  annexLabel: 'AnnexLabel',
  annexHeading: 'AnnexHeading',
  instruction: 'AmendmentInstruction',
  // Word's own id, which its footnotes and docx's use.
  footnote: 'FootnoteText',
} as const

// 10 point text on 12 point lines with 6 points between paragraphs, as UN documents are set; Arabic script
// reads small at the size of Latin text, so it is set a point larger.
const SIZE = 20
const ARABIC_SIZE = 22
const AFTER = 120

/**
 * The styles of a draft in a language: the document's defaults (faces, size, language, justified paragraphs with
 * space after) and one paragraph style per part of the draft.
 */
export function draftStyles(lang: Lang): IStylesOptions {
  const faces = facesOf(lang)
  const paragraph = (
    id: string,
    name: string,
    options: Omit<IParagraphStyleOptions, 'id' | 'name'>,
  ): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    ...options,
  })
  return {
    default: {
      document: {
        run: {
          font: faces,
          size: SIZE,
          sizeComplexScript: lang === 'ar' ? ARABIC_SIZE : SIZE,
          language: languageTags(lang),
        },
        paragraph: {
          // Chinese is set flush, not justified, as the UN's Chinese documents are.
          alignment: lang === 'zh' ? AlignmentType.START : AlignmentType.BOTH,
          spacing: { after: AFTER, line: 240 },
        },
      },
    },
    paragraphStyles: [
      paragraph(STYLE.header, 'Draft header', {
        paragraph: { alignment: AlignmentType.START, spacing: { after: 0 }, keepNext: true },
      }),
      paragraph(STYLE.title, 'Draft title', {
        run: { bold: true, boldComplexScript: true, size: 24, sizeComplexScript: 26 },
        paragraph: { alignment: AlignmentType.START, spacing: { before: 240, after: 240 }, keepNext: true },
      }),
      paragraph(STYLE.formula, 'Authoring formula', {
        run: { italics: true },
        paragraph: { indent: { firstLine: STEP }, keepNext: true },
      }),
      paragraph(STYLE.preambular, 'Preambular paragraph', {}),
      paragraph(STYLE.operative, 'Operative paragraph', {}),
      paragraph(STYLE.subparagraph, 'Sub-paragraph', {}),
      paragraph(STYLE.quotation, 'Quoted text', {}),
      paragraph(STYLE.closing, 'Closing lines', {
        run: { italics: true },
        paragraph: { alignment: AlignmentType.END, spacing: { after: 0 }, keepLines: true },
      }),
      paragraph(STYLE.annexLabel, 'Annex label', {
        run: { bold: true, boldComplexScript: true },
        paragraph: { alignment: AlignmentType.END, keepNext: true },
      }),
      paragraph(STYLE.annexHeading, 'Annex heading', {
        run: { bold: true, boldComplexScript: true },
        paragraph: { alignment: AlignmentType.START, spacing: { before: 240 }, keepNext: true },
      }),
      paragraph(STYLE.instruction, 'Amendment instruction', {}),
      paragraph(STYLE.footnote, 'footnote text', {
        run: { size: 17, sizeComplexScript: 19 },
        paragraph: { spacing: { after: 40, line: 240 }, alignment: AlignmentType.START },
      }),
    ],
  }
}
