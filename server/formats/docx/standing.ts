import { TextRun, type XmlComponent } from 'docx'
import type { Node } from 'prosemirror-model'
import { alternativesOf, type StandingWords } from '../../../schema/index.ts'
import type { RunFormat } from './run-format.ts'
import type { ParagraphChange } from './runs.ts'
import { DeletedText, type Revisions } from './tracked.ts'

/**
 * Text a Word draft adds around a paragraph's words for where it stands: square brackets, "[Alt 1]", a
 * compilation's status, the delegation that asked for brackets. In a paragraph proposed or deleted whole it is
 * tracked with the paragraph, so that rejecting the paragraph takes it away too; elsewhere it is plain text,
 * the same after accepting or rejecting every change.
 */
export class StandingRuns {
  constructor(
    private readonly format: RunFormat,
    private readonly revisions: Revisions | null,
    readonly words: StandingWords,
  ) {}

  /** Whether the document is a compilation, which names who asked for brackets and gives statuses. */
  get attributed(): boolean {
    return this.revisions !== null
  }

  /** Plain text (bold for a label or status), tracked with a whole-paragraph change. */
  text(
    text: string,
    whole: ParagraphChange = {},
    emphasis: { bold?: boolean; superScript?: boolean } = {},
  ): XmlComponent[] {
    const options = {
      ...this.format.run(text, { superScript: emphasis.superScript ?? false }),
      ...(emphasis.bold ? { bold: true } : {}),
    }
    let runs: XmlComponent[] = [
      whole.delete
        ? new TextRun({ ...options, children: [new DeletedText(text)] })
        : new TextRun({ ...options, text }),
    ]
    if (this.revisions && whole.delete) runs = [this.revisions.wrap('w:del', whole.delete, runs)]
    if (this.revisions && whole.insert) runs = [this.revisions.wrap('w:ins', whole.insert, runs)]
    return runs
  }

  /** A closing bracket with, in a compilation, the delegation that asked for it in superscript. */
  close(by: string, whole: ParagraphChange = {}): XmlComponent[] {
    return [...this.text(']', whole), ...this.asked(by, whole)]
  }

  /** In a compilation, who asked for something, in superscript after it; nothing in a clean text. */
  private asked(by: string, whole: ParagraphChange): XmlComponent[] {
    if (!this.attributed) return []
    return this.text(by, whole, { superScript: true })
  }

  /** What stands before the words of a clause's first line: its status (a compilation's) and "[Alt 1]". */
  head(clause: Node, status: string | undefined, whole: ParagraphChange): XmlComponent[] {
    const runs: XmlComponent[] = []
    if (status) runs.push(...this.text(`[${status}] `, whole, { bold: true }))
    if (alternativesOf(clause).length > 0) runs.push(...this.text(`[${this.words.alternative(1)}] `, whole))
    return runs
  }

  /** Each alternative wording of a clause's first line, as the runs of a paragraph of its own. */
  alternatives(clause: Node, whole: ParagraphChange): XmlComponent[][] {
    return alternativesOf(clause).map((a) => {
      const runs = [
        ...this.text(`[${this.words.alternative(a.n)}] `, whole),
        ...this.text(a.text.replace(/\s+/g, ' ').trim(), whole),
      ]
      if (a.by) runs.push(...this.asked(a.by, whole))
      return runs
    })
  }
}
