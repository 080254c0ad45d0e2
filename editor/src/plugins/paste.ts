import type { Node } from 'prosemirror-model'
import { type EditorState, Plugin, PluginKey, TextSelection, type Transaction } from 'prosemirror-state'
import { forEachBlock, importResolution, partOf } from '../../../schema/index.ts'
import { topClause } from '../commands/clause-at.ts'
import { draftLang } from './draft-lang.ts'

/** Key of the paste plugin. */
export const pasteKey = new PluginKey('paste')

/** What the importer said about pasted text it could not place exactly. */
export interface PasteWarning {
  message: string
}

// Block-level elements of pasted HTML (Word, browsers, PDF viewers), each of which ends a line of text.
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'BLOCKQUOTE',
  'TABLE',
  'PRE',
])

/** The text of pasted HTML with one line per block, for clipboards that carry no plain text. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const out: string[] = []
  const walk = (node: globalThis.Node) => {
    if (node.nodeType === 3) out.push(node.textContent ?? '')
    else if (node.nodeName === 'BR') out.push('\n')
    else {
      const block = BLOCKS.has(node.nodeName)
      if (block) out.push('\n\n')
      node.childNodes.forEach(walk)
      if (block) out.push('\n\n')
    }
  }
  walk(doc.body)
  return out
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * The transaction that inserts the paragraphs the importer found in pasted text: preambular paragraphs after
 * the preambular paragraph the cursor is in (or at the end of the preamble), operative ones after the
 * operative paragraph the cursor is in (or where the operative part starts), so the document keeps its order.
 * An empty paragraph at the cursor is replaced. Null when the text holds no paragraph, so that it is pasted
 * as ordinary text.
 */
export function pasteClauses(
  state: EditorState,
  text: string,
): { tr: Transaction; warnings: PasteWarning[] } | null {
  const { lang } = draftLang(state.doc)
  const result = importResolution(text, { lang })
  const preambular: Node[] = []
  const operative: Node[] = []
  forEachBlock(result.doc, (child) => {
    if (child.type.name === 'preambular') preambular.push(child)
    else if (child.type.name === 'operative') operative.push(child)
  })
  if (preambular.length + operative.length === 0) return null
  const tr = state.tr
  const top = topClause(state.selection.$from)
  if (top && top.node.childCount === 1 && top.node.firstChild!.content.size === 0) {
    tr.delete(top.pos, top.pos + top.node.nodeSize)
  }
  const here = top && tr.doc.nodeAt(tr.mapping.map(top.pos))?.type === top.node.type ? top : null
  const after = (kind: string) =>
    here && here.node.type.name === kind ? tr.mapping.map(here.pos + here.node.nodeSize) : null
  let last = 0
  if (preambular.length) {
    const at = after('preambular') ?? partOf(tr.doc, 'preambular').end
    tr.insert(at, preambular)
    last = at + preambular.reduce((size, n) => size + n.nodeSize, 0)
  }
  if (operative.length) {
    const at =
      after('operative') ??
      (here?.node.type.name === 'preambular' || !here
        ? partOf(tr.doc, 'operative').start
        : partOf(tr.doc, 'operative').end)
    tr.insert(at, operative)
    last = at + operative.reduce((size, n) => size + n.nodeSize, 0)
  }
  tr.setSelection(TextSelection.near(tr.doc.resolve(last), -1))
  tr.setMeta('uiEvent', 'paste')
  return { tr: tr.scrollIntoView(), warnings: result.warnings.map((w) => ({ message: String(w.message) })) }
}

/**
 * Pasting text or HTML from Word or a PDF: several lines are read by the schema's importer, which finds the
 * paragraphs, their kinds, opening phrases, sub-paragraphs and footnotes, and they go in as clauses. A single
 * line, or a copy from this editor (which carries its own structure), is pasted as ProseMirror does.
 */
export function pastePlugin(options: { onWarnings?: (warnings: PasteWarning[]) => void } = {}): Plugin {
  return new Plugin({
    key: pasteKey,
    props: {
      handlePaste(view, event) {
        const data = event.clipboardData
        if (!data) return false
        const html = data.getData('text/html')
        if (html.includes('data-pm-slice')) return false
        const text = data.getData('text/plain') || (html ? htmlToText(html) : '')
        if (!/\n\s*\S/.test(text.trim())) return false
        // Header lines and the title take several lines as text; the body takes them as paragraphs.
        const { $from } = view.state.selection
        if (!topClause($from) && $from.parent.type.name !== 'formula') return false
        let pasted: ReturnType<typeof pasteClauses>
        try {
          pasted = pasteClauses(view.state, text)
        } catch {
          // Text the importer cannot read at all is still text: let ProseMirror paste it as such.
          return false
        }
        if (!pasted) return false
        view.dispatch(pasted.tr)
        if (pasted.warnings.length) options.onWarnings?.(pasted.warnings)
        return true
      },
    },
  })
}
