// Times comparing two versions of a 100-paragraph draft (the formats benchmark's, 50 footnotes) between which
// 20 changes were made (12 words replaced, 3 paragraphs deleted, 3 inserted, 2 footnotes added), 5 paragraphs
// moved and most paragraphs renumbered, each change with its author: the comparison as JSON (compare and
// write), as inline HTML, and as a Word file with tracked changes. Medians over at least 30 runs after 30 runs
// of warm-up (the compiler needs them: the first runs are three times slower). Ends with one JSON line: each
// figure, and its ratio to the target (over 1.0 is a miss).
import { readFileSync } from 'node:fs'
import type { Node } from 'prosemirror-model'
import {
  type ChangeAuthor,
  compareDrafts,
  comparisonHTML,
  comparisonJSON,
  draftOf,
  forEachBlock,
  schema,
} from '../../schema/index.ts'
import { writeComparisonDocx } from '../formats/docx/compare.ts'
import { formatDraft } from './format-draft.ts'

const sample = readFileSync(new URL('../../schema/test/fixtures/fr_A-RES-71-194.md', import.meta.url), 'utf8')
const { nodes } = schema

/** Runs `fn` `warmup` times, then `runs` times, and returns the median in milliseconds, printing it. */
async function median(name: string, runs: number, fn: () => unknown, warmup = 30): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!
  console.log(
    `${name.padEnd(26)} median ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms   (${runs} runs)`,
  )
  return +at(0.5).toFixed(2)
}

const TARGETS = { compare_json_ms: 50, compare_docx_ms: 300 }

/** A paragraph with its first long word (not the opening phrase) replaced. */
function replaceWord(clause: Node, by: string): { node: Node; old: string } {
  let old = ''
  const content: Node[] = []
  clause.firstChild!.forEach((child) => {
    if (!old && child.isText && !child.marks.some((m) => m.type.name === 'opening')) {
      const m = /\p{L}{6,}/u.exec(child.text!)
      if (m) {
        old = m[0]
        content.push(schema.text(child.text!.replace(m[0], by), child.marks))
        return
      }
    }
    content.push(child)
  })
  const para = nodes.para.create(null, content)
  return { node: clause.type.create(clause.attrs, [para, ...childrenAfterFirst(clause)]), old }
}

function childrenAfterFirst(clause: Node): Node[] {
  const out: Node[] = []
  clause.forEach((child, _, i) => {
    if (i > 0) out.push(child)
  })
  return out
}

/** A paragraph with a footnote added at its end. */
function withFootnote(clause: Node, id: string): Node {
  const para = clause.firstChild!
  const note = nodes.footnote.create({ id }, schema.text(`A/71/${id}.`))
  return clause.type.create(clause.attrs, [
    para.copy(para.content.addToEnd(note)),
    ...childrenAfterFirst(clause),
  ])
}

/** The later version, and who made its changes. */
function negotiated(from: Node): { to: Node; authors: ChangeAuthor[] } {
  const blocks: Node[] = []
  forEachBlock(from, (node) => blocks.push(node))
  const authors: ChangeAuthor[] = []
  const delegations = ['Egypt', 'Chile', 'Brazil', 'France', 'Japan']
  const by = (i: number) => delegations[i % delegations.length]!
  const index = (id: string) => blocks.findIndex((b) => b.attrs.id === id)
  // 12 words replaced, in preambular and operative paragraphs.
  for (let k = 0; k < 12; k++) {
    const i = index(`c${5 + k * 8}`)
    const { node, old } = replaceWord(blocks[i]!, 'remplacé')
    blocks[i] = node
    authors.push({
      author: by(k),
      clause: node.attrs.id,
      inserted: ['remplacé'],
      deleted: [old],
      at: 1_000 + k,
    })
  }
  // 2 footnotes added.
  for (const [k, id] of ['c51', 'c77'].entries()) {
    const i = index(id)
    blocks[i] = withFootnote(blocks[i]!, `new${k}`)
  }
  // 3 operative paragraphs deleted (the first early, so that every later one is renumbered).
  for (const id of ['c42', 'c60', 'c85']) {
    blocks.splice(index(id), 1)
    authors.push({ author: 'Chile', clause: id, inserted: [], deleted: [], paragraph: 'delete', at: 2_000 })
  }
  // 5 operative paragraphs moved.
  for (const [k, [id, after]] of (
    [
      ['c90', 'c45'],
      ['c70', 'c50'],
      ['c44', 'c80'],
      ['c66', 'c98'],
      ['c99', 'c41'],
    ] as const
  ).entries()) {
    const [node] = blocks.splice(index(id), 1)
    blocks.splice(index(after) + 1, 0, node!)
    authors.push({ author: by(k), clause: id, inserted: [], deleted: [], paragraph: 'move', at: 3_000 + k })
  }
  // 3 operative paragraphs inserted.
  for (const [k, after] of ['c47', 'c72', 'c95'].entries()) {
    const text = `Décide d'examiner la question ${k + 1} à sa prochaine session ;`
    const node = nodes.operative.create({ id: `n${k}` }, nodes.para.create(null, schema.text(text)))
    blocks.splice(index(after) + 1, 0, node)
    authors.push({
      author: 'Facilitator',
      clause: `n${k}`,
      inserted: [text],
      deleted: [],
      paragraph: 'insert',
      oral: 'orally revised',
      at: 4_000,
    })
  }
  return { to: draftOf(from.attrs, blocks), authors }
}

const from = formatDraft(sample)
const { to, authors } = negotiated(from)
const options = { authors, fromLabel: 'A/C.3/71/L.23', toLabel: 'A/C.3/71/L.23/Rev.1' }
const check = comparisonJSON(compareDrafts(from, to, options))
console.log(
  `draft: 100 paragraphs, 50 footnotes; ${check.summary.changes} changes listed: ${JSON.stringify(check.summary)}`,
)

const figures = {
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
const ratios = Object.fromEntries(
  Object.entries(TARGETS).map(([key, target]) => [
    key.replace(/_ms$/, '_ratio'),
    +(figures[key as keyof typeof TARGETS] / target).toFixed(3),
  ]),
)
console.log(JSON.stringify({ bench: 'compare', ...figures, ...ratios }))
