// The files a draft goes out as and comes in from: Markdown, text and HTML (written by schema/), Word, PDF and
// Akoma Ntoso; told apart by content on the way in.
export { type ExportServices, exportFile } from './export.ts'
export * from './file-formats.ts'
export { assertFileSize, MAX_FILE_BYTES } from './limits.ts'
export { ChromiumMissing, PdfPrinter, PrinterBusy } from './pdf/index.ts'
export { ExportBusy, ExportPool, type ExportPoolOptions } from './pool/index.ts'
export {
  type ReadOptions,
  type ReadResolution,
  readResolutionFile,
  type TextImporter,
  TRACKED_CHANGES,
  type TrackedChanges,
} from './read.ts'
export { type ExportParams, exportDisposition, exportFileName, exportRequest } from './request.ts'
export { type FileKind, sniffFile } from './sniff.ts'
export * from './upload/index.ts'
