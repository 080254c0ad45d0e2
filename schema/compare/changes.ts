import { normalize } from '../amendments/word-changes.ts'
import type { WordingLanguage, ClausePlace as WordingPlace } from '../amendments/wording-language.ts'
import type { Lang } from '../lang.ts'
import type { AuthorBook } from './authors.ts'
import { renumberedLabel } from './clause-names.ts'
import { COMPARE_WORDS, type CompareWords } from './compare-words.ts'
import type {
  ChangeBlock,
  ClausePlace,
  ComparedClause,
  ComparedField,
  ComparedFootnote,
  ComparedItem,
  ComparedPara,
  ComparisonChange,
} from './comparison.ts'
import { widen, wordingOf, wordsPhrase } from './instructions.ts'
import type { Piece, TextDiff } from './text-diff.ts'
import { textOf } from './tokens.ts'

/** A clause's words on one line. */
const lineOf = (node: { textContent: string } | null) => normalize(node?.textContent ?? '')

/** The clause a walk is in: where it stands, for naming the changes in it. */
interface InClause {
  id: string
  from: ClausePlace | null
  to: ClausePlace | null
}

/**
 * Walks a comparison in reading order, gives each change its author (see {@link AuthorBook}) and lists it with
 * the instruction that makes it, in the wording of amendments and the numbers of the earlier version, as an
 * amendment refers to the text it amends.
 */
export class ChangeLister {
  readonly changes: ComparisonChange[] = []
  private readonly wording: WordingLanguage
  private readonly words: CompareWords
  /** Who inserted or deleted each whole clause, for the footnotes cited in it. */
  private readonly clauseAuthors = new Map<string, number>()

  constructor(
    lang: Lang,
    private readonly book: AuthorBook,
  ) {
    this.wording = wordingOf(lang)
    this.words = COMPARE_WORDS[lang]
  }

  /** The header fields' changes. */
  header(fields: readonly ComparedField[]): void {
    for (const field of fields)
      this.text(field.text, `header:${field.name}`, field.name, null, this.words.header)
  }

  /** The title's changes: its number ("71/194") and its words. */
  title(number: { from: string | null; to: string | null }, text: TextDiff): void {
    if ((number.from ?? '') !== (number.to ?? '')) {
      const author = this.book.words('title', number.from ?? '', number.to ?? '').ins
      this.changes.push({
        kind: 'words',
        block: 'title-number',
        clause: null,
        from: null,
        to: null,
        deleted: number.from ?? '',
        inserted: number.to ?? '',
        author,
        text: `${this.words.title}${this.words.colon}${wordsPhrase(this.wording, number.from ?? '', number.to ?? '', number.from ?? '', 0)}`,
      })
    }
    this.text(text, 'title', 'title', null, this.words.title)
  }

  /** The authoring formula's changes. */
  formula(text: TextDiff): void {
    this.text(text, 'formula', 'formula', null, this.words.formula)
  }

  /** The closing lines' changes. */
  closing(lines: readonly ComparedPara[]): void {
    for (const line of lines) this.text(line.text, 'closing', 'closing', null, this.words.closing)
  }

  /** The changes of the paragraphs of a part, and of everything in them. */
  items(items: readonly ComparedItem[], parent: InClause | null = null): void {
    items.forEach((item, i) => {
      if (item.type === 'clause') this.clause(item, items, i, parent)
      else if (item.type === 'quotation') {
        if (item.status === 'same') this.items(item.children, parent)
        else this.whole(item.children, item.status === 'inserted' ? 'ins' : 'del', parent)
      } else if (item.type === 'para' && parent) this.text(item.text, 'quotation', parent.id, parent, null)
    })
  }

  private clause(
    clause: ComparedClause,
    siblings: readonly ComparedItem[],
    index: number,
    parent: InClause | null,
  ): void {
    const here: InClause = { id: clause.id, from: clause.from, to: clause.to }
    const l = this.wording
    if (clause.status === 'inserted') {
      const line = lineOf(clause.toNode)
      clause.author = this.book.paragraph(clause.id, 'insert', line)
      this.clauseAuthors.set(clause.id, clause.author)
      this.changes.push({
        kind: 'inserted',
        clause: clause.id,
        to: clause.to!,
        words: line,
        author: clause.author,
        text: l.insertClause(clause.kind, this.placeInFrom(clause, siblings, index, parent)),
      })
      this.whole([clause], 'ins', parent, clause.author)
      return
    }
    if (clause.status === 'deleted') {
      const line = lineOf(clause.fromNode)
      clause.author = this.book.paragraph(clause.id, 'delete', line)
      this.clauseAuthors.set(clause.id, clause.author)
      this.changes.push({
        kind: 'deleted',
        clause: clause.id,
        from: clause.from!,
        words: line,
        author: clause.author,
        text: l.deleteClause(clause.from!.ref),
      })
      this.whole([clause], 'del', parent, clause.author)
      return
    }
    if (clause.status === 'moved') {
      clause.author = this.book.paragraph(clause.id, 'move', '')
      this.changes.push({
        kind: 'moved',
        clause: clause.id,
        from: clause.from!,
        to: clause.to!,
        author: clause.author,
        text: l.moveClause(clause.from!.ref, this.placeInFrom(clause, siblings, index, parent)),
      })
    } else if (clause.renumbered) {
      this.changes.push({
        kind: 'renumbered',
        clause: clause.id,
        from: clause.from!,
        to: clause.to!,
        text: renumberedLabel(this.wording.lang, clause.to!.ref, clause.from!.ref),
      })
    }
    this.text(clause.text, 'clause', clause.id, here, null)
    this.items(clause.children, here)
  }

  /**
   * Gives the pieces of a whole inserted or deleted clause or quotation to its author, and lists what moved in
   * or out of it (a clause moved out of a deleted paragraph is a move of its own). Inside a quotation, a clause
   * counts as inserted or deleted on its own.
   */
  private whole(
    items: readonly ComparedItem[],
    op: 'ins' | 'del',
    parent: InClause | null,
    author?: number,
  ): void {
    items.forEach((item, i) => {
      if (item.type === 'moved-away') return
      if (item.type === 'clause') {
        if (item.status === 'moved' || author === undefined) {
          this.clause(item, items, i, parent)
          return
        }
        item.author = author
        for (const piece of item.text.pieces) if (piece.op === op) piece.author = author
        this.whole(item.children, op, { id: item.id, from: item.from, to: item.to }, author)
      } else if (item.type === 'quotation') this.whole(item.children, op, parent, author)
      else if (author !== undefined) {
        for (const piece of item.text.pieces) if (piece.op === op) piece.author = author
      } else if (parent) this.text(item.text, 'quotation', parent.id, parent, null)
    })
  }

  /** Where a new or moved clause goes, named by clauses of the earlier version, as an amendment places it. */
  private placeInFrom(
    clause: ComparedClause,
    siblings: readonly ComparedItem[],
    index: number,
    parent: InClause | null,
  ): WordingPlace {
    const placed = (item: ComparedItem | undefined): ClausePlace | null =>
      item?.type === 'clause' && item.kind === clause.kind && item.to && item.from ? item.from : null
    for (let i = index - 1; i >= 0; i--) {
      const p = placed(siblings[i])
      if (p) return { after: p.ref }
    }
    for (let i = index + 1; i < siblings.length; i++) {
      const p = placed(siblings[i])
      if (p) return { before: p.ref }
    }
    if (parent?.from) return { within: parent.from.ref }
    return { part: (clause.to ?? clause.from)!.ref.kind }
  }

  /**
   * The changes of words in one text: each run of changes matched to its author, and listed as one change (or
   * two, when one author deleted the words and another inserted the new ones).
   */
  private text(
    diff: TextDiff,
    block: ChangeBlock,
    key: string,
    clause: InClause | null,
    blockName: string | null,
  ): void {
    if (!diff.changed) return
    const side = (op: Piece['op']) =>
      diff.pieces
        .filter((p) => p.op !== op)
        .map((p) => textOf(p.tokens))
        .join('')
    const earlier = side('ins')
    const later = side('del')
    let atEarlier = 0
    let atLater = 0
    const pieces = diff.pieces
    for (let i = 0; i < pieces.length; ) {
      if (pieces[i]!.op === 'same') {
        const length = textOf(pieces[i]!.tokens).length
        atEarlier += length
        atLater += length
        i++
        continue
      }
      const hunk: Piece[] = []
      while (i < pieces.length && pieces[i]!.op !== 'same') hunk.push(pieces[i++]!)
      const del = hunk.filter((p) => p.op === 'del')
      const ins = hunk.filter((p) => p.op === 'ins')
      const deleted = del.map((p) => textOf(p.tokens)).join('')
      const inserted = ins.map((p) => textOf(p.tokens)).join('')
      const authors = this.book.words(key, deleted, inserted)
      for (const p of del) p.author = authors.del
      for (const p of ins) p.author = authors.ins
      const raw = atEarlier
      const span = { s: atEarlier, e: atEarlier + deleted.length, sl: atLater, el: atLater + inserted.length }
      atEarlier = span.e
      atLater = span.el
      // Changes of spacing alone, or a footnote cited (listed with the footnotes), are shown but not listed.
      if (normalize(deleted) === normalize(inserted)) continue
      widen(earlier, span, deleted || inserted, clause !== null)
      const push = (d: string, n: string, at: number, author: number) => {
        const phrase = wordsPhrase(this.wording, d, n, earlier, at, (clause?.from ?? clause?.to)?.ref)
        const where = clause
          ? `${this.wording.inClause((clause.from ?? clause.to)!.ref)}${this.wording.comma}`
          : `${blockName}${this.words.colon}`
        this.changes.push({
          kind: 'words',
          block,
          clause: clause?.id ?? null,
          from: clause?.from ?? null,
          to: clause?.to ?? null,
          deleted: normalize(d),
          inserted: normalize(n),
          author,
          text: `${where}${phrase}`,
        })
      }
      const wideDeleted = earlier.slice(span.s, span.e)
      const wideInserted = later.slice(span.sl, span.el)
      if (authors.del === authors.ins || !normalize(deleted) || !normalize(inserted)) {
        push(wideDeleted, wideInserted, span.s, normalize(deleted) ? authors.del : authors.ins)
      } else {
        // One delegation's deletion and another's insertion in the same place: two changes.
        push(deleted, '', raw, authors.del)
        push('', inserted, raw + deleted.length, authors.ins)
      }
    }
  }

  /** The footnotes' changes: added, deleted, or with words changed. */
  footnotes(notes: readonly ComparedFootnote[]): void {
    const w = this.words
    for (const note of notes) {
      if (note.status === 'same') continue
      const deleted = note.status === 'inserted' ? '' : lineOf(note.fromNode)
      const inserted = note.status === 'deleted' ? '' : lineOf(note.toNode)
      const inWhole = note.clause !== null ? this.clauseAuthors.get(note.clause) : undefined
      const number = (note.to ?? note.from)!
      if (note.status === 'changed') {
        const before = this.changes.length
        this.text(note.text, 'footnote', note.clause ?? 'footnote', null, w.footnoteChanged(number))
        const listed = this.changes.splice(before)
        note.author = listed.length > 0 && 'author' in listed[0]! ? listed[0].author : 0
        for (const change of listed) {
          if (change.kind !== 'words') continue
          this.changes.push({
            kind: 'footnote',
            change: 'changed',
            footnote: note.key,
            from: note.from,
            to: note.to,
            clause: note.clause,
            deleted: change.deleted,
            inserted: change.inserted,
            author: change.author,
            text: change.text,
          })
        }
        continue
      }
      const matched = this.book.words(note.clause ?? 'footnote', deleted, inserted)
      note.author = inWhole ?? (note.status === 'inserted' ? matched.ins : matched.del)
      for (const piece of note.text.pieces) if (piece.op !== 'same') piece.author = note.author
      this.changes.push({
        kind: 'footnote',
        change: note.status,
        footnote: note.key,
        from: note.from,
        to: note.to,
        clause: note.clause,
        deleted,
        inserted,
        author: note.author,
        text: note.status === 'inserted' ? w.footnoteAdded(number) : w.footnoteDeleted(number),
      })
    }
  }
}
