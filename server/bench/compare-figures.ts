// The figures of comparing two versions of a 100-paragraph draft with 20 changes and 5 moves (see
// negotiated-draft.ts): the comparison as JSON (compare and write), as inline HTML, and as a Word file with
// tracked changes. Medians over at least 30 runs after 30 runs of warm-up (the compiler needs them: the first
// runs are three times slower). For compare.bench.ts, and for any benchmark that reports them with its own.
import { readFileSync } from 'node:fs'
import { compareDrafts, comparisonHTML, comparisonJSON } from '../../schema/index.ts'
import { writeComparisonDocx } from '../formats/docx/compare.ts'
import { negotiatedDrafts } from './negotiated-draft.ts'
import { timedMedian } from './timed-median.ts'

const median = (name: string, runs: number, fn: () => unknown, warmup = 30) =>
  timedMedian(name, runs, fn, warmup)

/** The targets of the figures, in milliseconds (issue 13). */
export const COMPARE_TARGETS = { compare_json_ms: 50, compare_docx_ms: 300 }

/** Times the comparison, printing each figure; returns them, each in milliseconds. */
export async function compareFigures(): Promise<{
  compare_json_ms: number
  compare_html_ms: number
  compare_docx_ms: number
}> {
  const sample = readFileSync(
    new URL('../../schema/test/fixtures/fr_A-RES-71-194.md', import.meta.url),
    'utf8',
  )
  const { from, to, authors } = negotiatedDrafts(sample)
  const options = { authors, fromLabel: 'A/C.3/71/L.23', toLabel: 'A/C.3/71/L.23/Rev.1' }
  const summary = comparisonJSON(compareDrafts(from, to, options)).summary
  console.log(`draft: 100 paragraphs, 50 footnotes; changes listed: ${JSON.stringify(summary)}`)
  return {
    compare_json_ms: await median('compare, JSON', 60, () =>
      JSON.stringify(comparisonJSON(compareDrafts(from, to, options))),
    ),
    compare_html_ms: await median('compare, HTML inline', 60, () =>
      comparisonHTML(compareDrafts(from, to, options)),
    ),
    compare_docx_ms: await median('compare, Word', 30, () =>
      writeComparisonDocx(compareDrafts(from, to, options)),
    ),
  }
}
