// Builds small drafts and editor states for the editor's tests, the way a delegate would see them.
import type { Node } from 'prosemirror-model'
import { EditorState, type Plugin, TextSelection, type Transaction } from 'prosemirror-state'
import {
  draftOf,
  emptyDraft,
  forEachBlock,
  type Lang,
  numberDocument,
  type Organ,
  schema,
  withIds,
} from '../../schema/index.ts'
import { editorPlugins } from '../src/index.ts'

const { nodes } = schema

/** A paragraph's text, with the opening phrase marked when given as "*Phrase* rest". */
export function para(text: string): Node {
  const match = /^\*([^*]+)\*(.*)$/s.exec(text)
  if (!match) return nodes.para.create(null, text ? schema.text(text) : null)
  const opening = schema.text(match[1]!, [schema.marks.opening.create()])
  return nodes.para.create(null, match[2] ? [opening, schema.text(match[2])] : [opening])
}

/** A clause of a kind with its text and nested sub-paragraphs. */
export const clause = (kind: 'preambular' | 'operative' | 'subparagraph', text: string, ...subs: Node[]) =>
  nodes[kind]!.create(null, [para(text), ...subs])
export const pre = (text: string, ...subs: Node[]) => clause('preambular', text, ...subs)
export const op = (text: string, ...subs: Node[]) => clause('operative', text, ...subs)
export const sub = (text: string, ...subs: Node[]) => clause('subparagraph', text, ...subs)

/** A draft with the template's header, title and formula, then the given paragraphs, every clause with an id. */
export function draft(body: Node[], lang: Lang = 'en', organ: Organ = 'ga'): Node {
  const head: Node[] = []
  forEachBlock(emptyDraft(lang, organ), (n) => {
    if (n.type.name !== 'preambular' && n.type.name !== 'operative') head.push(n)
  })
  return withIds(draftOf({ lang, organ }, [...head, ...body]))
}

/** An editor state on a draft with the editor's plugins (and any extra), the cursor at a text position. */
export function editor(doc: Node, at?: number, extra: Plugin[] = []): EditorState {
  const state = EditorState.create({ doc, plugins: [...editorPlugins(), ...extra] })
  return at === undefined ? state : state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)))
}

/** The position just inside the text of the lead paragraph whose text starts with `text`, plus `offset`. */
export function posIn(doc: Node, text: string, offset = 0): number {
  let found = -1
  doc.descendants((node, pos) => {
    if (found >= 0) return false
    if (node.type.name === 'para' && node.textContent.startsWith(text)) {
      found = pos + 1 + offset
      return false
    }
    return true
  })
  if (found < 0) throw new Error(`no paragraph starts with '${text}'`)
  return found
}

/** The position at the end of the paragraph whose text starts with `text`. */
export function endOf(doc: Node, text: string): number {
  const start = posIn(doc, text)
  return start + doc.resolve(start).parent.content.size
}

/** Runs a command the way the view does (appended transactions included); returns the new state, or null. */
export function run(
  state: EditorState,
  command: (s: EditorState, d?: (tr: Transaction) => void) => boolean,
): EditorState | null {
  let next: EditorState | null = null
  const ok = command(state, (tr) => {
    next = state.apply(tr)
  })
  return ok ? (next ?? state) : null
}

/** Types text at the cursor, as a keystroke does (appended transactions included). */
export function type(state: EditorState, text: string): EditorState {
  let s = state
  for (const ch of text) s = s.apply(s.tr.insertText(ch))
  return s
}

/** The outline a delegate reads: each clause as its printed label or kind, its depth and its text. */
export function outline(doc: Node): string[] {
  return numberDocument(doc).clauses.map(
    (c) =>
      `${'  '.repeat(c.depth)}${c.label || c.kind}${c.label ? '' : ':'} ${c.node.firstChild!.textContent}`,
  )
}

/** The ids of the clauses in document order. */
export const ids = (doc: Node) => numberDocument(doc).clauses.map((c) => c.id)

/** The start and end of every textblock's content. */
export function textblocks(doc: Node): [number, number][] {
  const out: [number, number][] = []
  doc.descendants((node, pos) => {
    if (node.isTextblock) out.push([pos + 1, pos + 1 + node.content.size])
    return !node.isTextblock
  })
  return out
}
