// PDF export: a view of a draft as an HTML page with the print style sheet, printed by a warm headless Chromium.
export { CHROMIUM_PACKAGE, ChromiumMissing, PrinterBusy, PrintFailed } from './errors.ts'
export { pdfPage } from './page.ts'
export { PdfPrinter, type PdfPrinterOptions } from './printer.ts'
