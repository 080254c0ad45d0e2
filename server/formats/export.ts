import { writeView } from '../../schema/index.ts'
import { writeAkn } from './akn/write.ts'
import { writeDocx } from './docx/write.ts'
import type { ExportSource, FileRequest } from './file-formats.ts'
import { type PdfPrinter, pdfPage } from './pdf/index.ts'

/** What some formats need besides the draft: the printer that keeps Chromium warm for PDFs. */
export interface ExportServices {
  pdf: PdfPrinter
}

/**
 * A draft written in a view and a format: text (Markdown, plain text, a standalone HTML page, Akoma Ntoso XML)
 * or the bytes of a file (Word, PDF). Throws a RangeError when the view cannot be written (the amendments view
 * of a delegation without amendments); a PDF may also fail with `ChromiumMissing` or `PrinterBusy`.
 */
export async function exportFile(
  source: ExportSource,
  request: FileRequest,
  services: ExportServices,
): Promise<string | Uint8Array> {
  const { format } = request
  switch (format) {
    case 'md':
    case 'txt':
    case 'html':
      return writeView(
        source.doc,
        source.records,
        { ...request, format },
        {
          ...(source.statuses ? { statuses: source.statuses } : {}),
        },
      )
    case 'akn':
      return writeAkn(source, request)
    case 'docx':
      return writeDocx(source, request)
    case 'pdf':
      return services.pdf.print(pdfPage(source, request))
  }
}
