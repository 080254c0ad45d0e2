import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  type ICommentOptions,
  type ICommentsOptions,
  Paragraph,
  TextRun,
  type XmlComponent,
} from 'docx'
import { COMPARE_WORDS, type Comparison } from '../../../schema/index.ts'
import type { ParagraphComments, Proposer } from './comments.ts'
import type { RunFormat } from './run-format.ts'

/**
 * The comments of a comparison (`word/comments.xml`): on a renumbered paragraph its name with both numbers
 * ("operative paragraph 6 (formerly 7)"), on a moved one where it came from, and on each paragraph an oral
 * revision changed, "orally revised" and the facilitator's note. Who made each change is the author of its
 * tracked change, so other changes need no comment. Comments never change the text accepting or rejecting all
 * changes gives.
 */
export class ComparisonComments implements ParagraphComments {
  private readonly comments: ICommentOptions[] = []

  constructor(
    private readonly comparison: Comparison,
    private readonly keys: ReadonlyMap<string, number>,
    private readonly format: RunFormat,
  ) {}

  around(proposers: readonly Proposer[], runs: XmlComponent[], remark?: string): XmlComponent[] {
    const ids: number[] = []
    const authors = this.comparison.authors
    if (remark) ids.push(this.add(authors[0]!.name, authors[0]!.at, remark))
    const oral = new Set<number>()
    for (const { change } of proposers) {
      const n = this.keys.get(change.amendment)
      const author = n === undefined ? undefined : authors[n]
      if (n === undefined || !author || author.oral === undefined || oral.has(n)) continue
      oral.add(n)
      const words = COMPARE_WORDS[this.comparison.lang]
      const text = author.oral ? `${words.orally}${words.colon}${author.oral}` : words.orally
      ids.push(this.add(author.name, author.at, text))
    }
    if (ids.length === 0) return runs
    return [
      ...ids.map((id) => new CommentRangeStart(id)),
      ...runs,
      ...ids.flatMap((id) => [
        new CommentRangeEnd(id),
        new TextRun({ children: [new CommentReference(id)] }),
      ]),
    ]
  }

  /** The comments option of the document. */
  options(): ICommentsOptions {
    return { children: this.comments }
  }

  private add(author: string, at: number | undefined, text: string): number {
    const id = this.comments.length
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
