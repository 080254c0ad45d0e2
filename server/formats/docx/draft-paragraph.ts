import { type IParagraphOptions, Paragraph, type XmlComponent } from 'docx'

/**
 * A paragraph whose children may be any run-level element: docx's `Paragraph` takes only the child types it
 * names, and a tracked change around several runs, or around a footnote reference, is none of them (see
 * `tracked.ts`). Written exactly as a `Paragraph` with those children.
 */
export class DraftParagraph extends Paragraph {
  constructor(options: Omit<IParagraphOptions, 'children' | 'text'>, children: readonly XmlComponent[]) {
    super(options)
    this.root.push(...children)
  }
}
