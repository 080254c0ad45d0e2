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
import type { Compilation, Remark } from '../../../schema/index.ts'
import type { RunFormat } from './run-format.ts'
import type { Change, Revisions } from './tracked.ts'

/** An amendment to name in a comment, with the note the compilation gives its whole-paragraph proposal. */
export interface Proposer {
  change: Change
  /** "Chile, supported by Brazil proposes to delete this paragraph"; absent for changes of words. */
  note?: string
}

/** What writes the comments around a paragraph's runs: the compilation's proposers, or a comparison's notes. */
export interface ParagraphComments {
  /** The runs with comments around them, for the proposers of changes in the paragraph and notes on its clause. */
  around(proposers: readonly Proposer[], runs: XmlComponent[], remarks?: readonly Remark[]): XmlComponent[]
}

/** Runs inside the ranges of the comments `ids`, each range followed by its comment's reference mark. */
export function commentedRuns(ids: readonly number[], runs: XmlComponent[]): XmlComponent[] {
  return [
    ...ids.map((id) => new CommentRangeStart(id)),
    ...runs,
    ...ids.flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]),
  ]
}

/**
 * The comments of a compilation text (`word/comments.xml`): on each paragraph an amendment changes, who
 * proposes it, with its supporters and rationale ("Chile, supported by Brazil" and the rationale below it), by
 * the delegation, so that Word's Review pane reads as the editor's list of amendments. Comments never change
 * the text that accepting or rejecting all changes gives.
 */
export class CommentBook implements ParagraphComments {
  private readonly comments: ICommentOptions[] = []
  private readonly revisions: Revisions
  private readonly compilation: Compilation
  private readonly format: RunFormat

  private readonly firstId: number

  /**
   * `firstId` is the id of the first comment: past the footnotes' ids, because LibreOffice (7.4) mistakes a
   * comment for the footnote of the same id and loses the footnotes' text.
   */
  constructor(revisions: Revisions, compilation: Compilation, format: RunFormat, firstId = 0) {
    this.revisions = revisions
    this.compilation = compilation
    this.format = format
    this.firstId = firstId
  }

  /** The runs of a paragraph with a comment around them for each proposer, in order. */
  around(proposers: readonly Proposer[], runs: XmlComponent[]): XmlComponent[] {
    if (proposers.length === 0) return runs
    return commentedRuns(
      proposers.map((proposer) => this.add(proposer)),
      runs,
    )
  }

  /** The comments option of the document. */
  options(): ICommentsOptions {
    return { children: this.comments }
  }

  private add({ change, note }: Proposer): number {
    const id = this.firstId + this.comments.length
    const lines = [note ?? this.compilation.credit([change.amendment])]
    const rationale = this.revisions.rationale(change.amendment).trim()
    if (rationale) lines.push(rationale)
    const date = this.revisions.created(change.amendment)
    this.comments.push({
      id,
      author: this.revisions.author(change),
      ...(date ? { date } : {}),
      children: lines.map(
        (line) =>
          new Paragraph({
            ...this.format.paragraph(),
            children: [new TextRun({ ...this.format.run(line), text: line })],
          }),
      ),
    })
    return id
  }
}
