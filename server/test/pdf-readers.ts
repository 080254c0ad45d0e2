// What the PDF tests read printed files with: poppler's pdftotext, pdffonts and pdfinfo (Debian's
// poppler-utils), and the Chromium processes a printer leaves in this process's tree.
import { readdirSync, readFileSync } from 'node:fs'
import { run, scratch, toolSkip } from './external-tools.ts'

/** The `skip` option of a test that prints PDFs and reads them: needs Chromium and poppler-utils. */
export const pdfSkip = (): string | false =>
  toolSkip('chromium', 'chromium') ||
  toolSkip('pdftotext', 'poppler-utils') ||
  toolSkip('pdffonts', 'poppler-utils')

/** Runs a poppler tool on a PDF held in memory, with its arguments before the file name. */
function poppler(tool: string, pdf: Uint8Array, args: string[] = []): string {
  const dir = scratch()
  try {
    const file = dir.file('printed.pdf', pdf)
    return run(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])])
  } finally {
    dir.remove()
  }
}

/** The text of each page as `pdftotext -layout` lays it out (pages split at its form feeds). */
export const layoutPages = (pdf: Uint8Array): string[] =>
  poppler('pdftotext', pdf, ['-layout']).split('\f').slice(0, -1)

// The marks pdftotext puts around right-to-left and embedded left-to-right runs (RLE, LRE, PDF and the like).
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** The text of the whole PDF in reading order (pdftotext without -layout), without bidi marks. */
export const readingText = (pdf: Uint8Array): string => poppler('pdftotext', pdf).replace(BIDI_MARKS, '')

/** A word where `pdftotext -bbox` finds it: its text (glyphs in visual order) and its box, in points. */
export interface WordBox {
  page: number
  text: string
  xMin: number
  xMax: number
  yMin: number
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
}

/** Every word of a PDF with its box (`pdftotext -bbox`), page by page from 1. */
export function wordBoxes(pdf: Uint8Array): WordBox[] {
  const boxes: WordBox[] = []
  let page = 0
  for (const line of poppler('pdftotext', pdf, ['-bbox']).split('\n')) {
    if (/<page /.test(line)) page++
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line)
    if (!m) continue
    const text = m[4]!.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!)
    boxes.push({ page, text, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]) })
  }
  return boxes
}

/** One line of `pdffonts`: the font's name, its type and whether it is embedded. */
export interface PdfFont {
  name: string
  type: string
  embedded: boolean
}

/** The fonts `pdffonts` lists for a PDF. */
export function pdfFonts(pdf: Uint8Array): PdfFont[] {
  const lines = poppler('pdffonts', pdf).split('\n')
  // The columns are fixed width: read them from the dashes under the header.
  const rule = lines[1] ?? ''
  const columns = [...rule.matchAll(/-+/g)].map((m) => [m.index!, m.index! + m[0].length] as const)
  return lines
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cell = (i: number) => line.slice(columns[i]![0], columns[i]![1] + 1).trim()
      return { name: cell(0), type: cell(1), embedded: cell(3) === 'yes' }
    })
}

/** The page size `pdfinfo` reports ("594.96 x 841.92 pts (A4)"). */
export const pageSize = (pdf: Uint8Array): string =>
  /^Page size:\s+(.*)$/m.exec(poppler('pdfinfo', pdf))?.[1] ?? ''

/** A running process: its id, its parent's, its command name. */
export interface ProcessInfo {
  pid: number
  ppid: number
  command: string
}

/** The processes under `root` (its children, theirs, ...), zombies left out. */
export function processTree(root = process.pid): ProcessInfo[] {
  const parentOf = new Map<number, { ppid: number; command: string }>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // "pid (command) state ppid ...": the command may hold spaces and parentheses.
      const close = stat.lastIndexOf(')')
      const command = stat.slice(stat.indexOf('(') + 1, close)
      const [state, ppid] = stat.slice(close + 2).split(' ')
      if (state !== 'Z') parentOf.set(Number(entry), { ppid: Number(ppid), command })
    } catch {
      // The process ended while the list was read.
    }
  }
  const found: ProcessInfo[] = []
  const visit = (pid: number) => {
    for (const [child, { ppid, command }] of parentOf) {
      if (ppid !== pid) continue
      found.push({ pid: child, ppid, command })
      visit(child)
    }
  }
  visit(root)
  return found
}

/** Whether a process is running (exists and is not a zombie). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}
