// Exports written in worker threads, off the event loop that serves the rooms (issue 16).
export { ExportBusy, ExportPool, type ExportPoolOptions } from './export-pool.ts'
