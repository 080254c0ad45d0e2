import { type ICommentOptions, type ICommentsOptions, Paragraph, TextRun, type XmlComponent } from 'docx'
import type { Remark } from '../../../schema/index.ts'
import { commentedRuns, type ParagraphComments, type Proposer } from './comments.ts'
import type { RunFormat } from './run-format.ts'

/**
 * The comments of a comparison (`word/comments.xml`): the notes `comparisonDoc` gives a clause, on its first
 * paragraph ("operative paragraph 6 (formerly 7)", where a moved one came from, "orally revised" and the
 * facilitator's note), each by its author and dated. Who made each change is its tracked change's author, so
 * proposers get no comment of their own. Comments never change the text that accepting or rejecting all
 * changes gives.
 */
export class ComparisonComments implements ParagraphComments {
  private readonly comments: ICommentOptions[] = []

  /**
   * `firstId` is the id of the first comment: past the footnotes' ids, because LibreOffice (7.4) mistakes a
   * comment for the footnote of the same id and loses the footnotes' text.
   */
  constructor(
    private readonly format: RunFormat,
    private readonly firstId: number,
  ) {}

  around(
    _proposers: readonly Proposer[],
    runs: XmlComponent[],
    remarks: readonly Remark[] = [],
  ): XmlComponent[] {
    if (remarks.length === 0) return runs
    return commentedRuns(
      remarks.map((remark) => this.add(remark)),
      runs,
    )
  }

  /** The comments option of the document. */
  options(): ICommentsOptions {
    return { children: this.comments }
  }

  private add({ author, at, text }: Remark): number {
    const id = this.firstId + this.comments.length
    this.comments.push({
      id,
      author,
      ...(at ? { date: new Date(at) } : {}),
      children: [
        new Paragraph({
          ...this.format.paragraph(),
          children: [new TextRun({ ...this.format.run(text), text })],
        }),
      ],
    })
    return id
  }
}
