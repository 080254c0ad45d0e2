import { BuilderElement, type IParagraphRunOptions, NextAttributeComponent, XmlComponent } from 'docx'
import type { AmendmentRecord } from '../../../schema/index.ts'

/** Who proposes a change and when, as Word's tracked changes name them (`w:author`, `w:date`). */
export interface Revision {
  author: string
  /** ISO 8601, to the second; undefined for an amendment whose record has no time (a draft file's marks). */
  date: string | undefined
}

/** One amendment's part in a change: its id and the delegation its mark or paragraph proposal names. */
export interface Change {
  amendment: string
  delegation: string
}

/** The attributes of a tracked change on a paragraph mark, as docx's paragraph `run` option takes them. */
export type MarkChange = NonNullable<IParagraphRunOptions['insertion']>

/** A time in milliseconds as `w:date` has it: ISO 8601 to the second, as Word writes it. */
const isoDate = (ms: number): string | undefined =>
  ms > 0 ? new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z') : undefined

/**
 * The tracked changes of one written document: who and when for each amendment, from its record (else from its
 * marks), and revision ids unique in the document, as Word requires.
 */
export class Revisions {
  private lastId = 0
  private readonly records: ReadonlyMap<string, AmendmentRecord>

  constructor(records: Iterable<AmendmentRecord>) {
    this.records = new Map([...records].map((r) => [r.id, r]))
  }

  /**
   * The revision of a change that one or more amendments make: the same words deleted by Egypt and by Chile
   * are one deletion in Word, so its author names both ("Egypt, Chile") and its date is the earliest.
   */
  of(changes: readonly Change[]): Revision {
    const authors: string[] = []
    let earliest = Number.POSITIVE_INFINITY
    for (const change of changes) {
      const record = this.records.get(change.amendment)
      const author = record?.delegation ?? change.delegation
      if (!authors.includes(author)) authors.push(author)
      if (record && record.created > 0) earliest = Math.min(earliest, record.created)
    }
    return { author: authors.join(', '), date: Number.isFinite(earliest) ? isoDate(earliest) : undefined }
  }

  /** The rationale of an amendment, as its record gives it ('' if none). */
  rationale(amendment: string): string {
    return this.records.get(amendment)?.rationale ?? ''
  }

  /** The time an amendment was proposed, for the comment that names it; undefined if unknown. */
  created(amendment: string): Date | undefined {
    const created = this.records.get(amendment)?.created ?? 0
    return created > 0 ? new Date(created) : undefined
  }

  /** The delegation that proposed an amendment: its record's, else the one its marks name. */
  author(change: Change): string {
    return this.records.get(change.amendment)?.delegation ?? change.delegation
  }

  /** Words of a revision, inserted (`w:ins`) or deleted (`w:del`), around runs. */
  wrap(kind: 'w:ins' | 'w:del', revision: Revision, children: XmlComponent[]): XmlComponent {
    return new BuilderElement({
      name: kind,
      attributes: {
        id: { key: 'w:id', value: ++this.lastId },
        author: { key: 'w:author', value: revision.author },
        ...(revision.date ? { date: { key: 'w:date', value: revision.date } } : {}),
      },
      children,
    })
  }

  /** A paragraph mark inserted or deleted by a revision, for docx's paragraph `run: { insertion | deletion }`. */
  mark(revision: Revision): MarkChange {
    // docx types the date as required where OOXML makes it optional; it leaves out attributes without a value.
    return { id: ++this.lastId, author: revision.author, date: revision.date as string }
  }
}

/**
 * Deleted text (`w:delText`), which Word requires in place of `w:t` inside a deletion; docx writes it only in
 * its own one-run deletions, which cannot hold a footnote reference or nest in an insertion.
 */
export class DeletedText extends XmlComponent {
  constructor(text: string) {
    super('w:delText')
    this.root.push(new NextAttributeComponent({ space: { key: 'xml:space', value: 'preserve' } }))
    this.root.push(text)
  }
}
