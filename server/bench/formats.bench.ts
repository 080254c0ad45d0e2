// Times the Word, Akoma Ntoso and PDF exports and the Word and Akoma Ntoso imports of a 100-paragraph draft with
// 50 footnotes, and the Word compilation text of a draft with 200 pending proposals. Medians over at least 20
// runs after a warm-up; the PDF with a warm browser. Ends with one JSON line: each figure, and its ratio to the
// target (over 1.0 is a miss).
import { readFileSync } from 'node:fs'
import type { ExportSource, FileRequest } from '../formats/index.ts'
import { exportFile, PdfPrinter, readResolutionFile } from '../formats/index.ts'
import { amendedDraft } from './amended-draft.ts'
import { formatDraft } from './format-draft.ts'
import { timedMedian } from './timed-median.ts'

const sample = readFileSync(new URL('../../schema/test/fixtures/fr_A-RES-71-194.md', import.meta.url), 'utf8')

const median = (name: string, runs: number, fn: () => unknown, warmup = 5) =>
  timedMedian(name, runs, fn, warmup)

const TARGETS = {
  docx_ms: 150,
  docx_compilation_ms: 300,
  akn_ms: 30,
  pdf_warm_ms: 1500,
  docx_import_ms: 150,
  akn_import_ms: 30,
}

const clean: ExportSource = { doc: formatDraft(sample), records: [] }
const amended = amendedDraft(sample)
const pdf = new PdfPrinter({ concurrency: 1 })
const services = { pdf }
const write = (source: ExportSource, request: FileRequest) => exportFile(source, request, services)
const bytes = (out: string | Uint8Array) => (typeof out === 'string' ? new TextEncoder().encode(out) : out)

console.log(`draft: 100 paragraphs, 50 footnotes; compilation: ${amended.records.length} pending proposals`)
const docx = bytes(await write(clean, { view: 'clean', format: 'docx' }))
const akn = bytes(await write(clean, { view: 'clean', format: 'akn' }))
let figures: Record<string, number>
try {
  figures = {
    docx_ms: await median('docx', 40, () => write(clean, { view: 'clean', format: 'docx' })),
    docx_compilation_ms: await median('docx compilation', 30, () =>
      write(amended, { view: 'compilation', format: 'docx' }),
    ),
    akn_ms: await median('akn', 60, () => write(clean, { view: 'clean', format: 'akn' })),
    pdf_warm_ms: await median(
      'pdf (warm browser)',
      20,
      () => write(clean, { view: 'clean', format: 'pdf' }),
      3,
    ),
    docx_import_ms: await median('docx import', 40, () => readResolutionFile(docx)),
    akn_import_ms: await median('akn import', 60, () => readResolutionFile(akn)),
  }
} finally {
  await pdf.close()
}
const ratios = Object.fromEntries(
  Object.entries(TARGETS).map(([key, target]) => [
    key.replace(/_ms$/, '_ratio'),
    +(figures[key]! / target).toFixed(3),
  ]),
)
console.log(JSON.stringify({ bench: 'formats', ...figures, ...ratios }))
