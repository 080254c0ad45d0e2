import type { Node } from 'prosemirror-model'
import { partOf } from '../blocks.ts'
import type { Lang } from '../lang.ts'
import { type ClauseInfo, type Numbering, numberDocument } from '../numbering.ts'
import { CLAUSE_TYPES, type HeaderField } from '../schema.ts'
import { clauseLabel } from './clause-names.ts'
import type {
  ClausePlace,
  ComparedClause,
  ComparedField,
  ComparedFootnote,
  ComparedItem,
  ComparedPara,
} from './comparison.ts'
import { diffSequences, Interner } from './diff.ts'
import { diffText, type TextDiff } from './text-diff.ts'
import { footnoteKey } from './tokens.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** One version as the merge reads it: its numbers, and each clause by the key it is known by in both. */
export interface Side {
  doc: Node
  numbering: Numbering
  /** Clause key by position; the key is the clause's kind and stable id. */
  keyAt: Map<number, string>
  byKey: Map<string, ClauseInfo>
}

/**
 * A version read for merging. A clause is known by its kind and stable id, so that it is followed when it
 * moves; a clause without an id (a draft never given ids) by its position, so that it is compared in place; a
 * second clause with the same id (a paste never given a fresh one) by its id and a count.
 */
export function sideOf(doc: Node): Side {
  const numbering = numberDocument(doc)
  const keyAt = new Map<number, string>()
  const byKey = new Map<string, ClauseInfo>()
  for (const info of numbering.clauses) {
    let key = info.id ? `c:${info.kind}:${info.id}` : `c:${info.kind}:@${info.pos}`
    for (let n = 2; byKey.has(key); n++) key = `c:${info.kind}:${info.id}#${n}`
    keyAt.set(info.pos, key)
    byKey.set(key, info)
  }
  return { doc, numbering, keyAt, byKey }
}

interface Child {
  key: string
  node: Node
  pos: number
}

interface Parent {
  node: Node
  pos: number
}

/** Where a clause stands in one version, named in the draft's language. */
export function placeOf(info: ClauseInfo, lang: Lang): ClausePlace {
  const ref = { kind: info.paragraphKind, paragraph: info.paragraph, sub: info.path.slice(1) }
  return {
    kind: info.kind,
    number: info.index,
    printed: info.label,
    path: info.path,
    ref,
    label: clauseLabel(lang, ref),
  }
}

/** The merge of two versions' clauses into one tree, in reading order (see {@link ComparedClause}). */
export class Merger {
  private readonly moved = new Map<string, ComparedClause>()

  constructor(
    private readonly lang: Lang,
    readonly from: Side,
    readonly to: Side,
  ) {}

  /** The paragraphs of a part (preamble or operative part), merged. */
  part(kind: 'preambular' | 'operative'): ComparedItem[] {
    const at = (doc: Node): Parent => {
      const part = partOf(doc, kind)
      return { node: part.node, pos: part.pos }
    }
    return this.children(at(this.from.doc), at(this.to.doc), false)
  }

  private childrenOf(side: Side, parent: Parent | null, skipFirst: boolean): Child[] {
    if (!parent) return []
    const out: Child[] = []
    let quotations = 0
    let paras = 0
    parent.node.forEach((node, offset, index) => {
      if (skipFirst && index === 0) return
      const pos = parent.pos + 1 + offset
      const name = node.type.name
      let key: string
      if (CLAUSES.includes(name)) key = side.keyAt.get(pos) ?? `c:${name}:@${pos}`
      else if (name === 'quotation') key = `q:${quotations++}`
      else key = `p:${paras++}`
      out.push({ key, node, pos })
    })
    return out
  }

  /** The children of a parent in each version (a part, a clause after its first paragraph, a quotation), merged. */
  private children(from: Parent | null, to: Parent | null, skipFirst: boolean): ComparedItem[] {
    const a = this.childrenOf(this.from, from, skipFirst)
    const b = this.childrenOf(this.to, to, skipFirst)
    const interner = new Interner()
    const edits = diffSequences(
      interner.sequence(a.map((c) => c.key)),
      interner.sequence(b.map((c) => c.key)),
    )
    const out: ComparedItem[] = []
    for (const e of edits) {
      for (let i = 0; i < e.n; i++) {
        if (e.op === 'same') out.push(this.same(a[e.a + i]!, b[e.b + i]!))
        else if (e.op === 'del') out.push(this.deleted(a[e.a + i]!))
        else out.push(this.inserted(b[e.b + i]!))
      }
    }
    return out
  }

  private same(f: Child, t: Child): ComparedItem {
    const name = t.node.type.name
    if (CLAUSES.includes(name)) {
      return this.clause(this.from.byKey.get(f.key) ?? null, this.to.byKey.get(t.key) ?? null, 'same')
    }
    if (name === 'quotation') {
      return { type: 'quotation', status: 'same', children: this.children(f, t, false) }
    }
    return { type: 'para', status: 'same', text: diffText(f.node, t.node, this.lang) }
  }

  private deleted(f: Child): ComparedItem {
    const name = f.node.type.name
    if (CLAUSES.includes(name)) {
      if (this.to.byKey.has(f.key)) return { type: 'moved-away', clause: this.movedClause(f.key) }
      return this.clause(this.from.byKey.get(f.key) ?? null, null, 'deleted')
    }
    if (name === 'quotation')
      return { type: 'quotation', status: 'deleted', children: this.children(f, null, false) }
    return { type: 'para', status: 'deleted', text: diffText(f.node, null, this.lang) }
  }

  private inserted(t: Child): ComparedItem {
    const name = t.node.type.name
    if (CLAUSES.includes(name)) {
      if (this.from.byKey.has(t.key)) return this.movedClause(t.key)
      return this.clause(null, this.to.byKey.get(t.key) ?? null, 'inserted')
    }
    if (name === 'quotation')
      return { type: 'quotation', status: 'inserted', children: this.children(null, t, false) }
    return { type: 'para', status: 'inserted', text: diffText(null, t.node, this.lang) }
  }

  /** A clause in both versions at different places: one object, shown where it went and named where it was. */
  private movedClause(key: string): ComparedClause {
    let clause = this.moved.get(key)
    if (!clause) {
      clause = this.clause(this.from.byKey.get(key) ?? null, this.to.byKey.get(key) ?? null, 'moved')
      this.moved.set(key, clause)
    }
    return clause
  }

  private clause(
    from: ClauseInfo | null,
    to: ClauseInfo | null,
    status: ComparedClause['status'],
  ): ComparedClause {
    const info = (to ?? from)!
    const fromPlace = from ? placeOf(from, this.lang) : null
    const toPlace = to ? placeOf(to, this.lang) : null
    return {
      type: 'clause',
      id: info.id ?? '',
      kind: info.kind,
      status,
      from: fromPlace,
      to: toPlace,
      renumbered:
        status === 'same' && fromPlace !== null && toPlace !== null && fromPlace.number !== toPlace.number,
      text: diffText(from?.node.firstChild ?? null, to?.node.firstChild ?? null, this.lang),
      children: this.children(
        from ? { node: from.node, pos: from.pos } : null,
        to ? { node: to.node, pos: to.pos } : null,
        true,
      ),
      author: -1,
      fromNode: from?.node ?? null,
      toNode: to?.node ?? null,
    }
  }

  /** Two versions of one textblock (the title, the formula), word by word. */
  text(from: Node | null, to: Node | null): TextDiff {
    return diffText(from, to, this.lang)
  }

  /** The header fields of both versions, merged by name in order. */
  header(): ComparedField[] {
    const fields = (doc: Node) => {
      const out: { key: string; node: Node }[] = []
      const seen = new Map<string, number>()
      doc.firstChild?.forEach((field) => {
        const n = (seen.get(field.attrs.name) ?? 0) + 1
        seen.set(field.attrs.name, n)
        out.push({ key: `${field.attrs.name}#${n}`, node: field })
      })
      return out
    }
    const a = fields(this.from.doc)
    const b = fields(this.to.doc)
    const interner = new Interner()
    const edits = diffSequences(
      interner.sequence(a.map((f) => f.key)),
      interner.sequence(b.map((f) => f.key)),
    )
    const out: ComparedField[] = []
    for (const e of edits) {
      for (let i = 0; i < e.n; i++) {
        const f = e.op === 'ins' ? null : a[e.a + i]!.node
        const t = e.op === 'del' ? null : b[e.b + i]!.node
        out.push({
          name: (t ?? f)!.attrs.name as HeaderField,
          status: e.op === 'same' ? 'same' : e.op === 'del' ? 'deleted' : 'inserted',
          text: diffText(f, t, this.lang),
        })
      }
    }
    return out
  }

  /** The closing lines of both versions, line by line; null when neither has any. */
  closing(): ComparedPara[] | null {
    const lines = (doc: Node) => {
      const out: Node[] = []
      doc.forEach((child) => {
        if (child.type.name === 'closing')
          child.forEach((line) => {
            out.push(line)
          })
      })
      return out
    }
    const a = lines(this.from.doc)
    const b = lines(this.to.doc)
    if (a.length === 0 && b.length === 0) return null
    const out: ComparedPara[] = []
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const f = a[i] ?? null
      const t = b[i] ?? null
      out.push({
        type: 'para',
        status: f && t ? 'same' : f ? 'deleted' : 'inserted',
        text: diffText(f, t, this.lang),
      })
    }
    return out
  }

  /** The footnotes of both versions by stable id, in the order the later version cites them. */
  footnotes(): ComparedFootnote[] {
    const a = this.from.numbering.footnotes
    const b = this.to.numbering.footnotes
    const aKeys = a.map((f) => footnoteKey(f.node))
    const bKeys = b.map((f) => footnoteKey(f.node))
    const inTo = new Map(bKeys.map((k, i) => [k, i]))
    const inFrom = new Map(aKeys.map((k, i) => [k, i]))
    const interner = new Interner()
    const edits = diffSequences(interner.sequence(aKeys), interner.sequence(bKeys))
    const out: ComparedFootnote[] = []
    const entry = (fi: number | undefined, ti: number | undefined): ComparedFootnote => {
      const f = fi === undefined ? null : a[fi]!
      const t = ti === undefined ? null : b[ti]!
      const text = diffText(f?.node ?? null, t?.node ?? null, this.lang)
      const node = (t ?? f)!.node
      return {
        key: footnoteKey(node),
        id: node.attrs.id ?? null,
        status: !f ? 'inserted' : !t ? 'deleted' : text.changed ? 'changed' : 'same',
        from: f?.number ?? null,
        to: t?.number ?? null,
        text,
        clause: t ? clauseAround(this.to.doc, t.pos) : clauseAround(this.from.doc, f!.pos),
        author: -1,
        fromNode: f?.node ?? null,
        toNode: t?.node ?? null,
      }
    }
    for (const e of edits) {
      for (let i = 0; i < e.n; i++) {
        if (e.op === 'same') out.push(entry(e.a + i, e.b + i))
        else if (e.op === 'del' && !inTo.has(aKeys[e.a + i]!)) out.push(entry(e.a + i, undefined))
        else if (e.op === 'ins') out.push(entry(inFrom.get(bKeys[e.b + i]!), e.b + i))
      }
    }
    return out
  }
}

/** The id of the innermost clause around a position, or null outside the clauses. */
function clauseAround(doc: Node, pos: number): string | null {
  const $pos = doc.resolve(pos)
  for (let d = $pos.depth; d > 0; d--) {
    const node = $pos.node(d)
    if (CLAUSES.includes(node.type.name)) return node.attrs.id ?? null
  }
  return null
}
