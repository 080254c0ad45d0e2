// Drafts, delegations and helpers for the suggestion-mode tests: states built without a DOM, edits made the
// way the editor's keys and commands make them.
import assert from 'node:assert/strict'
import type { Node } from 'prosemirror-model'
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import {
  type AmendmentRecord,
  cleanDoc,
  draftOf,
  emptyDraft,
  forEachBlock,
  type StatusOf,
  schema,
  statusLookup,
  withIds,
} from '../../schema/index.ts'
import {
  type AmendmentStore,
  applyRecordChanges,
  mapStore,
  type SuggestionContext,
  type SuggestionMeta,
  suggestionMetaOf,
  suggestTransaction,
} from '../src/suggestion/index.ts'

const { nodes } = schema

/** A paragraph's text. */
export const para = (text: string): Node => nodes.para.create(null, text ? schema.text(text) : null)

/** Clauses with fixed ids, so tests can name them. */
export const pre = (id: string, text: string, ...subs: Node[]) =>
  nodes.preambular.create({ id }, [para(text), ...subs])
export const op = (id: string, text: string, ...subs: Node[]) =>
  nodes.operative.create({ id }, [para(text), ...subs])
export const sub = (id: string, text: string) => nodes.subparagraph.create({ id }, [para(text)])

/** A draft with the template's header, title and formula, then the given clauses. */
export function draft(body: Node[]): Node {
  const head: Node[] = []
  forEachBlock(emptyDraft('en', 'ga'), (n) => {
    if (n.type.name !== 'preambular' && n.type.name !== 'operative') head.push(n)
  })
  return withIds(draftOf({ lang: 'en', organ: 'ga' }, [...head, ...body]))
}

/** The draft most tests amend. */
export const sample = (): Node =>
  draft([
    pre('p1', 'Recalling its resolution 70/1 of 25 September 2015,'),
    op(
      'o1',
      'Urges all States to promote the rights of women;',
      sub('s1', 'in law;'),
      sub('s2', 'in practice;'),
    ),
    op('o2', 'Calls upon Member States to cooperate;'),
    op('o3', 'Decides to remain seized of the matter.'),
  ])

/** A delegation's context with predictable ids: "eg1", "eg2" ... and clauses "egc1" ... */
export function delegation(name: string, statusOf?: StatusOf): SuggestionContext {
  const prefix = name.slice(0, 2).toLowerCase()
  let amendments = 0
  let clauses = 0
  const ctx: SuggestionContext = {
    delegation: name,
    newAmendmentId: () => `${prefix}${++amendments}`,
    newClauseId: () => `${prefix}c${++clauses}`,
    now: () => 1_700_000_000_000,
  }
  if (statusOf) ctx.statusOf = statusOf
  return ctx
}

/** An editor state on a document, the cursor (or selection) at the given positions. */
export function stateOf(doc: Node, anchor?: number, head = anchor): EditorState {
  const state = EditorState.create({ doc })
  if (anchor === undefined) return state
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, anchor, head)))
}

/** The position of the `n`th occurrence of `needle` in the text of any paragraph, plus `offset`. */
export function textPos(doc: Node, needle: string, offset = 0, n = 0): number {
  let seen = 0
  let found = -1
  doc.descendants((node, pos) => {
    if (found >= 0) return false
    if (!node.isTextblock) return true
    let text = ''
    const starts: number[] = []
    node.forEach((child, childOffset) => {
      const piece = child.isText ? child.text! : '\uFFFC'.repeat(child.nodeSize)
      for (let i = 0; i < piece.length; i++) starts.push(pos + 1 + childOffset + i)
      text += piece
    })
    let index = text.indexOf(needle)
    while (index >= 0 && found < 0) {
      if (seen === n) found = starts[index]! + offset
      seen++
      index = text.indexOf(needle, index + 1)
    }
    return false
  })
  if (found < 0) throw new Error(`the draft holds no '${needle}' (occurrence ${n})`)
  return found
}

/** The text of the paragraph of the clause with an id, as the document holds it (marked words included). */
export function clauseText(doc: Node, id: string): string {
  let text: string | null = null
  doc.descendants((node) => {
    if (text !== null) return false
    if (node.attrs.id === id && node.type.name !== 'footnote') {
      text = node.firstChild!.textContent
      return false
    }
    return true
  })
  if (text === null) throw new Error(`no clause ${id}`)
  return text
}

/** The runs of one paragraph with their insertion and deletion marks: "text" [ins:id/delegation del:...]. */
export function runs(doc: Node, id: string): string[] {
  const out: string[] = []
  doc.descendants((node) => {
    if (node.attrs.id !== id || node.type.name === 'footnote') return true
    node.firstChild!.forEach((child) => {
      const marks = child.marks
        .filter((m) => m.type.name === 'insertion' || m.type.name === 'deletion')
        .map((m) => `${m.type.name === 'insertion' ? '+' : '-'}${m.attrs.amendment}`)
        .sort()
      out.push(marks.length ? `${child.textContent}[${marks.join(' ')}]` : child.textContent)
    })
    return false
  })
  return out
}

/** The text of the agreed version of the document, one line per paragraph. */
export function agreedText(doc: Node, records: Iterable<AmendmentRecord> = []): string {
  const clean = cleanDoc(doc, statusLookup(records))
  return clean.textBetween(0, clean.content.size, '\n')
}

/** What applying one delegation's suggestion gives. */
export interface Suggested {
  state: EditorState
  tr: Transaction
  meta: SuggestionMeta
}

/**
 * Applies a suggestion transaction, checking what must hold for every one: the document stays valid, its
 * agreed version does not change, and the records it implies ride along as its meta.
 */
export function applySuggestion(
  state: EditorState,
  out: Transaction | null,
  ctx: SuggestionContext,
): Suggested {
  assert.ok(out, 'the edit was refused')
  const next = state.apply(out)
  next.doc.check()
  const statusOf = ctx.statusOf ?? (() => undefined)
  assert.ok(cleanDoc(next.doc, statusOf).eq(cleanDoc(state.doc, statusOf)), 'the agreed text changed')
  const meta = suggestionMetaOf(out)
  assert.equal(meta?.type, 'suggestion')
  return { state: next, tr: out, meta: meta as SuggestionMeta }
}

/** Rewrites a user transaction into a suggestion and applies it (see `applySuggestion`). */
export const suggest = (state: EditorState, tr: Transaction, ctx: SuggestionContext): Suggested =>
  applySuggestion(state, suggestTransaction(state, tr, ctx), ctx)

/** A delegation editing a draft: its state and its records, as the plugin would keep them. */
export class Session {
  readonly store: AmendmentStore
  readonly ctx: SuggestionContext

  constructor(
    public state: EditorState,
    name: string,
    readonly records: Map<string, AmendmentRecord> = new Map(),
  ) {
    this.store = mapStore(records)
    this.ctx = delegation(name, (id) => records.get(id)?.status)
  }

  /** Makes an edit on the current state in suggestion mode and writes its records. */
  edit(make: (state: EditorState) => Transaction): Suggested {
    return this.keep(suggest(this.state, make(this.state), this.ctx))
  }

  /** Applies a suggestion this part built (a move, a deletion by command) and writes its records. */
  propose(make: (state: EditorState, ctx: SuggestionContext) => Transaction | null): Suggested {
    return this.keep(applySuggestion(this.state, make(this.state, this.ctx), this.ctx))
  }

  private keep(result: Suggested): Suggested {
    applyRecordChanges(this.store, result.meta, this.ctx.delegation)
    this.state = result.state
    return result
  }

  /** The cursor at a position. */
  at(pos: number, head = pos): this {
    this.state = this.state.apply(this.state.tr.setSelection(TextSelection.create(this.state.doc, pos, head)))
    return this
  }

  /** Types text at the cursor, as the editor does for a keystroke. */
  type(text: string): Suggested {
    return this.edit((s) => s.tr.insertText(text))
  }

  /** Backspace with an empty selection: deletes the character before the cursor. */
  backspace(): Suggested {
    return this.edit((s) => {
      const { from, to, empty } = s.selection
      return empty ? s.tr.delete(from - 1, from) : s.tr.delete(from, to)
    })
  }

  get doc(): Node {
    return this.state.doc
  }
}
