import type { Node } from 'prosemirror-model'
import { toHTML, toMarkdown, toText } from '../../schema/index.ts'

/** An export format a stored draft can be written in: its serialiser, media type and file extension. */
export interface ExportFormat {
  write(doc: Node): string
  contentType: string
  extension: string
}

/** The export formats of the HTTP API and `penholder draft export`, by the name `format` takes. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  md: { write: toMarkdown, contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  txt: { write: toText, contentType: 'text/plain; charset=utf-8', extension: 'txt' },
  html: {
    write: (doc) => toHTML(doc, { standalone: true }),
    contentType: 'text/html; charset=utf-8',
    extension: 'html',
  },
}
