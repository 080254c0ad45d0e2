import {
  AlignmentType,
  type FileChild,
  Footer,
  Header,
  type ISectionOptions,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx'
import type { RunFormat } from './run-format.ts'

/** A4 in twips (twentieths of a point). */
export const A4 = { width: 11906, height: 16838 } as const

// 25 mm at the top and bottom, 22 mm at the sides, as the HTML export's print stylesheet has it.
const MARGIN = { top: 1417, bottom: 1417, left: 1247, right: 1247, header: 709, footer: 709, gutter: 0 }

/** One step of indentation: the room of a paragraph number or sub-paragraph label, 1 cm. */
export const STEP = 567

/** Where the right-hand column of the header block starts (symbol, distribution, date, original), from the margin. */
export const RIGHT_COLUMN = 6237

/** The hanging indent of a numbered title ("71/194.") and the indent of the sponsor and adoption lines. */
export const TITLE_INDENT = 1247

/**
 * The one section of a written draft: A4, UN margins, and on every page but the first (which has the header
 * block) a page header with the document's symbol and a footer with the page number, "2/5".
 */
export function section(children: FileChild[], symbol: string, format: RunFormat): ISectionOptions {
  const line = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], runs: TextRun[]) =>
    new Paragraph({ ...format.paragraph(), alignment, spacing: { after: 0 }, children: runs })
  return {
    properties: {
      page: { size: { width: A4.width, height: A4.height }, margin: MARGIN },
      titlePage: true,
    },
    headers: {
      default: new Header({
        children: symbol
          ? [line(AlignmentType.END, [new TextRun({ ...format.run(symbol), text: symbol })])]
          : [],
      }),
      first: new Header({ children: [] }),
    },
    footers: {
      default: new Footer({
        children: [
          line(AlignmentType.CENTER, [
            new TextRun({ ...format.run(''), children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] }),
          ]),
        ],
      }),
      first: new Footer({ children: [] }),
    },
    children,
  }
}
