import { cleanDoc, compile, type ExportView, recordsWithImplied } from '../../../schema/index.ts'
import type { ExportSource } from '../file-formats.ts'
import { amendmentsXml } from './write-amendments.ts'
import { statementXml } from './write-statement.ts'

/**
 * A draft as an Akoma Ntoso 3.0 file in the AKN4UN profile, in one of the export views: `clean` (the agreed text
 * as a `<statement>`), `compilation` (the same with every pending proposal: changed words as `ins`/`del` whose
 * `refersTo` names the proposing delegation, whole-paragraph proposals on their clause, paragraphs labelled
 * "OP5 bis" as in the compilation text) or `amendments` (the delegation's formal amendments as an
 * `<amendment>`). Records are completed as every view does (an amendment without a record is pending). Throws a
 * RangeError for the amendments view without a delegation, or with one that has no amendment in the draft.
 * Square brackets are `<inline name="bracket">` around the bracketed words (the brackets in them), a paragraph's
 * `ph:bracketed`; alternative wordings are paragraphs `alternativeTo` the first line; the compilation writes
 * each paragraph's status as `ph:status` and `ph:statusNote` and before its words.
 */
export function writeAkn(source: ExportSource, request: { view: ExportView; delegation?: string }): string {
  const records = recordsWithImplied(source.doc, source.records)
  switch (request.view) {
    case 'amendments':
      return amendmentsXml(source.doc, records, request.delegation)
    case 'compilation': {
      const compilation = compile(source.doc, records, source.statuses)
      return statementXml(compilation.doc, compilation)
    }
    default:
      return statementXml(cleanDoc(source.doc, records))
  }
}
