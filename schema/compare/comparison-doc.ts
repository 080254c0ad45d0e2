import { Fragment, type Mark, type Node } from 'prosemirror-model'
import { proposalAttr, proposalOf } from '../amendments/proposal.ts'
import type { AmendmentRecord } from '../amendments/record.ts'
import { numberDocument } from '../numbering.ts'
import { schema } from '../schema.ts'
import { renumberedLabel } from './clause-names.ts'
import { COMPARE_WORDS } from './compare-words.ts'
import type { ComparedClause, ComparedFootnote, ComparedItem, Comparison } from './comparison.ts'
import type { TextDiff } from './text-diff.ts'
import { footnoteKey } from './tokens.ts'

/**
 * A comparison as one draft that a writer of compilation texts can write with tracked changes: the later
 * version with the earlier one's words in it, every change carried as a proposal of its author (see
 * {@link comparisonDoc}).
 */
export interface ComparisonDoc {
  /** The merged draft: words as insertion and deletion marks, whole clauses as clause proposals. */
  doc: Node
  /** One record per author, the "amendment" each author's marks name: the author's name and time. */
  records: AmendmentRecord[]
  /**
   * Notes on clauses by their position in `doc`, for comments on their first paragraph: "operative paragraph 6
   * (formerly 7)", "operative paragraph 2: Moved from operative paragraph 9", "orally revised: ...".
   */
  remarks: Map<number, Remark[]>
}

/** A note on a clause of the merged draft, by whom and when. */
export interface Remark {
  author: string
  at: number | undefined
  text: string
}

const { nodes, marks } = schema

/** The amendment id an author's changes carry in the merged draft. */
export const authorKey = (n: number): string => `cmp-${Math.max(n, 0)}`

/** A clause id with a suffix, kept within the schema's 64 characters: the id of a moved clause where it stood. */
const ghostId = (id: string) => `${id.slice(0, 59)}-was`

class Builder {
  private readonly footnotes: Map<string, ComparedFootnote>

  constructor(private readonly c: Comparison) {
    this.footnotes = new Map(c.footnotes.map((f) => [f.key, f]))
  }

  private mark(op: 'ins' | 'del', author: number): Mark {
    const name = this.c.authors[author]?.name ?? this.c.authors[0]!.name
    return (op === 'ins' ? marks.insertion : marks.deletion).create({
      amendment: authorKey(author),
      delegation: name,
    })
  }

  /**
   * The inline content of a text: kept words as they are, deleted and inserted words with their author's
   * marks; a footnote kept in place whose words changed is the old note deleted and the new one inserted, so
   * that accepting or rejecting every change gives each version's note.
   */
  inline(diff: TextDiff): Node[] {
    const out: Node[] = []
    let text = ''
    let textMarks: readonly Mark[] = []
    const flush = () => {
      if (text) out.push(schema.text(text, textMarks))
      text = ''
    }
    for (const piece of diff.pieces) {
      const change = piece.op === 'same' ? null : this.mark(piece.op, piece.author)
      for (const token of piece.tokens) {
        if (token.atom) {
          flush()
          const note =
            token.atom.type.name === 'footnote' ? this.footnotes.get(footnoteKey(token.atom)) : undefined
          if (!change && note?.status === 'changed' && note.fromNode && note.toNode) {
            out.push(note.fromNode.mark([this.mark('del', note.author)]))
            out.push(note.toNode.mark([this.mark('ins', note.author)]))
          } else out.push(change ? token.atom.mark(change.addToSet(token.atom.marks)) : token.atom)
          continue
        }
        const set = change ? change.addToSet(token.marks) : token.marks
        if (text && !sameMarks(set, textMarks)) flush()
        textMarks = set
        text += token.text
      }
    }
    flush()
    return out
  }

  private para(diff: TextDiff): Node {
    return nodes.para.create(null, this.inline(diff))
  }

  private withProposal(
    node: Node,
    proposal: { kind: 'insert' | 'delete' | 'move'; from?: string },
    author: number,
    id?: string,
  ): Node {
    const name = this.c.authors[author]?.name ?? this.c.authors[0]!.name
    const attr = proposalAttr({ amendment: authorKey(author), delegation: name, ...proposal })
    return node.type.create(
      { ...node.attrs, ...(id ? { id } : {}), proposal: attr },
      node.content,
      node.marks,
    )
  }

  clause(clause: ComparedClause): Node {
    switch (clause.status) {
      case 'inserted':
        return this.withProposal(clause.toNode!, { kind: 'insert' }, clause.author)
      case 'deleted':
        return this.withProposal(clause.fromNode!, { kind: 'delete' }, clause.author)
      case 'moved':
        return this.withProposal(clause.toNode!, { kind: 'move', from: ghostId(clause.id) }, clause.author)
      default:
        if (this.unchanged(clause)) return clause.toNode!
        return nodes[clause.kind]!.create({ id: clause.id || null, proposal: null }, [
          this.para(clause.text),
          ...this.items(clause.children),
        ])
    }
  }

  /** Whether a text is the same in both versions, the words of the footnotes it cites too. */
  private sameText(diff: TextDiff): boolean {
    if (diff.changed) return false
    return diff.pieces.every((piece) =>
      piece.tokens.every(
        (t) => t.atom?.type.name !== 'footnote' || this.footnotes.get(footnoteKey(t.atom))?.status === 'same',
      ),
    )
  }

  /** Whether a clause and everything in it is the same in both versions. */
  private unchanged(clause: ComparedClause): boolean {
    const same = (item: ComparedItem): boolean =>
      item.type === 'clause'
        ? item.status === 'same' && this.unchanged(item)
        : item.type === 'quotation'
          ? item.status === 'same' && item.children.every(same)
          : item.type === 'para' && item.status === 'same' && this.sameText(item.text)
    return this.sameText(clause.text) && clause.children.every(same)
  }

  items(items: readonly ComparedItem[]): Node[] {
    return items.map((item) => {
      switch (item.type) {
        case 'clause':
          return this.clause(item)
        case 'moved-away':
          return this.withProposal(
            item.clause.fromNode!,
            { kind: 'move' },
            item.clause.author,
            ghostId(item.clause.id),
          )
        case 'quotation':
          return nodes.quotation.create(null, this.items(item.children))
        default:
          return this.para(item.text)
      }
    })
  }

  doc(): Node {
    const c = this.c
    const header = nodes.header.create(
      null,
      c.header.map((f) => nodes.header_field.create({ name: f.name }, this.inline(f.text))),
    )
    const title = nodes.title.create(
      { number: c.title.number.to ?? c.title.number.from },
      this.inline(c.title.text),
    )
    const parts = [
      header,
      title,
      nodes.formula.create(null, this.inline(c.formula)),
      nodes.preamble.create(null, this.items(c.preamble)),
      nodes.operative_part.create(null, this.items(c.operative)),
    ]
    if (c.closing?.length)
      parts.push(
        nodes.closing.create(
          null,
          c.closing.map((line) => this.para(line.text)),
        ),
      )
    return nodes.doc.create({ lang: c.lang, organ: c.organ }, Fragment.fromArray(parts))
  }
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m.eq(b[i]!))
}

/**
 * Notes on the clauses of the merged draft: a renumbered one named with both numbers, a moved one with where it
 * came from, and for each oral revision that changed a clause (its words, or the whole clause), "orally revised"
 * with the note.
 */
function remarksOf(c: Comparison, doc: Node): Map<number, Remark[]> {
  const byId = new Map<string, string>()
  const words = COMPARE_WORDS[c.lang]
  const visit = (items: readonly ComparedItem[]) => {
    for (const item of items) {
      if (item.type === 'quotation') visit(item.children)
      if (item.type !== 'clause') continue
      if (item.renumbered) byId.set(item.id, renumberedLabel(c.lang, item.to!.ref, item.from!.ref))
      else if (item.status === 'moved')
        byId.set(item.id, `${item.to!.label}: ${words.movedFrom(item.from!.label)}`)
      visit(item.children)
    }
  }
  visit(c.preamble)
  visit(c.operative)
  const facilitator = c.authors[0]!
  const authorOf = new Map(c.authors.map((a, n) => [authorKey(n), a]))
  const remarks = new Map<number, Remark[]>()
  for (const info of numberDocument(doc).clauses) {
    const first = info.node.firstChild
    const list: Remark[] = []
    const proposal = proposalOf(info.node)
    // The number of the clause where it stands in the later version: unchanged, or the moved copy.
    const note = info.id ? byId.get(info.id) : undefined
    if (note && (!proposal || proposal.from !== undefined))
      list.push({ author: facilitator.name, at: facilitator.at, text: note })
    const oral = new Set<string>()
    if (proposal) oral.add(proposal.amendment)
    first?.forEach((child) => {
      for (const m of child.marks)
        if (m.type === marks.insertion || m.type === marks.deletion) oral.add(m.attrs.amendment)
    })
    for (const key of oral) {
      const author = authorOf.get(key)
      if (author?.oral === undefined) continue
      const text = author.oral ? `${words.orally}${words.colon}${author.oral}` : words.orally
      list.push({ author: author.name, at: author.at, text })
    }
    if (list.length) remarks.set(info.pos, list)
  }
  return remarks
}

/**
 * A comparison as one draft with the changes in it as proposals, for writers of tracked changes (the Word
 * writer): the later version's text, the earlier version's deleted words kept with deletion marks and the new
 * words with insertion marks, inserted and deleted clauses as clause proposals, and a moved clause as a move (a
 * deletion where it stood, its copy inserted where it went). Each author's changes name one record (its
 * `delegation` the author's name, `created` the time of the change), so that accepting every change gives the
 * later version and rejecting every change the earlier one.
 */
export function comparisonDoc(c: Comparison): ComparisonDoc {
  const doc = new Builder(c).doc()
  const records: AmendmentRecord[] = c.authors.map((author, n) => ({
    id: authorKey(n),
    delegation: author.name,
    clause: '',
    kind: 'replace-words',
    status: 'accepted',
    rationale: author.oral ?? '',
    supporters: [],
    created: author.at ?? 0,
    updated: author.at ?? 0,
  }))
  return { doc, records, remarks: remarksOf(c, doc) }
}
