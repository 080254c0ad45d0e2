// Times, in process, the import, outline, lint and Markdown export of a 100-paragraph resolution built by
// repeating the paragraphs of the French sample (71/194). Prints median and p95 over many runs, then one JSON
// line with the figures and the targets of the schema issue, and the import and lint of a typed 100-paragraph draft
// in each of the six languages (issue 15: import under 5 ms, lint under 2 ms).
import { readFileSync } from 'node:fs'
import { importResolution, lint, outline, toHTML, toMarkdown, toText } from '../index.ts'
import { LANGUAGE_TARGETS, languageTimings } from './language-timings.ts'
import { time } from './timing.ts'

const sample = readFileSync(new URL('../test/fixtures/fr_A-RES-71-194.md', import.meta.url), 'utf8')

/** The sample with its preamble and operative part repeated until it has 100 paragraphs. */
function hundredParagraphs(): string {
  const blocks = sample.split(/\n\s*\n/)
  const preamble = blocks.filter((b) => /^\*[A-ZÀ-Ý][^*]*\*\s+\S/.test(b.trim()) && !b.includes(',*'))
  const operative = blocks.filter((b) => /^\d+\.\s/.test(b.trim()))
  const head = sample.slice(0, sample.indexOf(preamble[0]!))
  const pre: string[] = []
  while (pre.length < 40) pre.push(...preamble)
  const ops: string[] = []
  while (ops.length < 60) ops.push(...operative.map((b) => b.replace(/^\d+\./, '')))
  // Footnote markers get running numbers, each with its definition right after the paragraph citing it.
  let note = 0
  const withNotes = (block: string) => {
    const defs: string[] = []
    const text = block.replace(/<sup>\d+<\/sup>/g, () => {
      note++
      defs.push(`<sup>${note}</sup> Note ${note}, A/RES/71/${100 + note}.`)
      return `<sup>${note}</sup>`
    })
    return [text, ...defs].join('\n\n')
  }
  const body = [
    ...pre.slice(0, 40),
    ...ops.slice(0, 60).map((b, i) => `${i + 1}.${b.replace(/ \.$|\.$/, ' ;')}`),
  ].map(withNotes)
  return `${head}${body.join('\n\n')}\n`
}

const text = hundredParagraphs()
const { doc } = importResolution(text)
const counts = outline(doc).counts
console.log(
  `document: ${counts.preambular} preambular, ${counts.operative} operative paragraphs, ${counts.footnotes} footnotes`,
)
const results = [
  time('import', 200, () => importResolution(text)),
  time('outline', 500, () => outline(doc)),
  time('lint', 500, () => lint(doc)),
  time('markdown export', 500, () => toMarkdown(doc)),
  time('text export', 500, () => toText(doc)),
  time('html export', 500, () => toHTML(doc, { standalone: true })),
]
const languages = languageTimings()
const targets: Record<string, number> = { import: 20, lint: 5, 'markdown export': 5 }
const figures = Object.fromEntries(results.map((r) => [r.name, { median: r.median, p95: r.p95 }]))
const checks = Object.fromEntries(
  Object.entries(targets).map(([name, ms]) => [name, { targetMs: ms, pass: figures[name]!.median < ms }]),
)
console.log(
  JSON.stringify({
    bench: 'schema',
    paragraphs: counts.preambular + counts.operative,
    figures,
    targets: checks,
    ...languages.figures,
    languageTargets: {
      importMs: LANGUAGE_TARGETS.import,
      lintMs: LANGUAGE_TARGETS.lint,
      pass: languages.pass,
    },
  }),
)
