// What the Word export tests read in a .docx: its parts as XML, and the paragraphs that LibreOffice and pandoc
// see in it, beside the paragraphs a draft should show.
import { strFromU8, unzipSync } from 'fflate'
import type { Node } from 'prosemirror-model'
import { forEachBlock, numberDocument } from '../../schema/index.ts'
import { parseXml, type XmlElement } from '../formats/xml/parse.ts'
import { run } from './external-tools.ts'

/** The WordprocessingML namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** The parts of a .docx by path, as text. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes)
  return new Map(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]))
}

/** A part of a .docx parsed as XML; throws if the package has no such part. */
export function docxXml(bytes: Uint8Array, path: string): XmlElement {
  const text = docxParts(bytes).get(path)
  if (text === undefined) throw new Error(`the package has no ${path}`)
  return parseXml(text, path)
}

/** Every element below `root` (itself included) with a WordprocessingML local name, in document order. */
export function wElements(root: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = []
  const visit = (element: XmlElement) => {
    if (element.uri === W && element.local === local) out.push(element)
    for (const child of element.children) if (typeof child !== 'string') visit(child)
  }
  visit(root)
  return out
}

/** A `w:` attribute of an element. */
export const wAttr = (element: XmlElement, name: string): string | undefined =>
  element.nsAttrs[`${W}|${name}`]

/** White space collapsed, ends trimmed: how the tests compare lines whose tabs and indents differ by reader. */
export const squeeze = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim()

/** What pandoc reads in a .docx, as its JSON document, with tracked changes shown, accepted or rejected. */
export function pandocJson(file: string, changes: 'all' | 'accept' | 'reject'): unknown {
  return JSON.parse(run('pandoc', [`--track-changes=${changes}`, '-f', 'docx', '-t', 'json', file]))
}

type Json = { t?: string; c?: unknown } | unknown[] | string | number | null

/** The words of pandoc inlines; footnotes (`Note`) left out, as they stand apart from the paragraph. */
function inlineText(value: Json): string {
  if (Array.isArray(value)) return value.map((v) => inlineText(v as Json)).join('')
  if (value === null || typeof value !== 'object') return ''
  switch (value.t) {
    case 'Str':
      return value.c as string
    case 'Space':
    case 'SoftBreak':
    case 'LineBreak':
      return ' '
    case 'Note':
      return ''
    default:
      return inlineText((value.c ?? null) as Json)
  }
}

/** The paragraphs of a pandoc document in order, each as its words with white space squeezed. */
export function pandocParagraphs(json: unknown): string[] {
  const out: string[] = []
  const blocks = (value: Json) => {
    if (Array.isArray(value)) {
      for (const v of value) blocks(v as Json)
      return
    }
    if (value === null || typeof value !== 'object') return
    if (value.t === 'Para' || value.t === 'Plain') out.push(squeeze(inlineText(value.c as Json)))
    else if (value.t !== 'Note') blocks((value.c ?? null) as Json)
  }
  blocks((json as { blocks: Json }).blocks)
  return out
}

/** The footnotes of a pandoc document in order, each as its words. */
export function pandocNotes(json: unknown): string[] {
  const out: string[] = []
  const visit = (value: Json) => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v as Json)
      return
    }
    if (value === null || typeof value !== 'object') return
    if (value.t === 'Note') out.push(squeeze(inlineText(value.c as Json)))
    else visit((value.c ?? null) as Json)
  }
  visit((json as { blocks: Json }).blocks)
  return out
}

/** A tracked change as pandoc shows it: its kind (insertion, deletion, paragraph-...), author and words. */
export interface PandocChange {
  kind: string
  author: string
  text: string
}

/** The tracked changes of a pandoc document read with `--track-changes=all`, in order. */
export function pandocChanges(json: unknown): PandocChange[] {
  const out: PandocChange[] = []
  const visit = (value: Json) => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v as Json)
      return
    }
    if (value === null || typeof value !== 'object') return
    if (value.t === 'Span') {
      const [[, classes, pairs], inlines] = value.c as [[string, string[], [string, string][]], Json]
      const kind = classes.find((c) => /^(paragraph-)?(insertion|deletion)$/.test(c))
      if (kind) {
        const author = pairs.find(([key]) => key === 'author')?.[1] ?? ''
        out.push({ kind, author, text: squeeze(inlineText(inlines)) })
      }
    }
    visit((value.c ?? null) as Json)
  }
  visit((json as { blocks: Json }).blocks)
  return out
}

/** One paragraph a draft shows: its label ('' for none) and its words. */
export interface ShownParagraph {
  label: string
  text: string
}

/**
 * The paragraphs of a draft from its title on, as the editor shows them: the title line ("71/194. Title"), the
 * formula, each paragraph of each clause with its label, quoted paragraphs, closing lines. Footnote markers
 * are the numbers `numberDocument` gives them (`notes: 'numbers'`, as LibreOffice's text shows them), or left
 * out (`'none'`, as pandoc's paragraphs read). Without pending proposals (a clean draft).
 */
export function shownParagraphs(doc: Node, notes: 'numbers' | 'none'): ShownParagraph[] {
  const numbering = numberDocument(doc)
  const noteNumbers = new Map(numbering.footnotes.map((f) => [f.pos, f.number]))
  const out: ShownParagraph[] = []
  const words = (block: Node, pos: number) => {
    let text = ''
    block.forEach((child, offset) => {
      if (child.isText) text += child.text
      else if (child.type.name === 'footnote' && notes === 'numbers')
        text += noteNumbers.get(pos + 1 + offset)
      else if (child.type.name === 'xref')
        text += numbering.byId.get(child.attrs.target)?.path.join(' ') ?? ''
      else if (child.type.name === 'hard_break') text += ' '
    })
    return squeeze(text)
  }
  const clause = (node: Node, pos: number) => {
    node.forEach((child, offset) => {
      const at = pos + 1 + offset
      if (child.type.name === 'para')
        out.push({ label: numbering.byPos.get(pos)?.label ?? '', text: words(child, at) })
      else clause(child, at) // a sub-paragraph, or a quotation (whose paragraphs have no label)
    })
  }
  forEachBlock(doc, (node, pos) => {
    const kind = node.type.name
    if (kind === 'title') {
      const number = node.attrs.number as string | null
      const text = squeeze(`${number ? `${number}. ` : ''}${words(node, pos)}`)
      if (text) out.push({ label: '', text })
    } else if (kind === 'formula') out.push({ label: '', text: words(node, pos) })
    else if (kind === 'preambular' || kind === 'operative') clause(node, pos)
    else if (kind === 'closing')
      node.forEach((line, offset) => {
        out.push({ label: '', text: words(line, pos + 1 + offset) })
      })
  })
  return out
}

/** Paragraphs read by a reader, from the first of `expected` on, without the empty ones. */
export function fromFirst(actual: readonly string[], expected: readonly ShownParagraph[]): string[] {
  const first = expected[0]
  if (!first) return []
  const start = actual.findIndex(
    (line) => line === first.text || line === squeeze(`${first.label} ${first.text}`),
  )
  if (start < 0) throw new Error(`the reader's text has no paragraph "${first.text}":\n${actual.join('\n')}`)
  return actual.slice(start).filter((line) => line !== '')
}
