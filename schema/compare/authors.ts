import type { ChangeAuthor, ComparisonAuthor } from './comparison.ts'

/**
 * The words of a text as a bag of lower-case tokens for matching: words, and each Han character on its own
 * (Chinese has no spaces, and an accepted proposal's words may be cut differently from the diff's); a text of
 * punctuation only counts its marks.
 */
function bag(text: string): Map<string, number> {
  const lower = text.toLowerCase()
  const words =
    lower.replace(/(\p{Script=Han})/gu, ' $1 ').match(/[\p{L}\p{N}]+/gu) ?? lower.match(/\S/gu) ?? []
  const out = new Map<string, number>()
  for (const w of words) out.set(w, (out.get(w) ?? 0) + 1)
  return out
}

/** How many tokens two bags share. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0
  for (const [w, count] of a) n += Math.min(count, b.get(w) ?? 0)
  return n
}

interface Candidate {
  author: ChangeAuthor
  deleted: Map<string, number>
  inserted: Map<string, number>
}

/**
 * Matches each change of a comparison to who made it: the {@link ChangeAuthor} whose clause it is in and whose
 * words it fits best (the latest of equals: the text reads as the last acceptance left it); what fits none is
 * the default author's, the facilitator's own edits. Authors are numbered as they are first matched, the
 * default author first.
 */
export class AuthorBook {
  /** Every author matched so far; [0] is the default author. */
  readonly authors: ComparisonAuthor[]
  private readonly numbers = new Map<ChangeAuthor, number>()
  private readonly byClause = new Map<string, Candidate[]>()

  constructor(given: readonly ChangeAuthor[], defaultAuthor: string, defaultAt: number | undefined) {
    this.authors = [{ name: defaultAuthor, ...(defaultAt !== undefined ? { at: defaultAt } : {}) }]
    for (const author of given) {
      const list = this.byClause.get(author.clause) ?? []
      list.push({ author, deleted: bag(author.deleted.join(' ')), inserted: bag(author.inserted.join(' ')) })
      this.byClause.set(author.clause, list)
    }
  }

  private number(author: ChangeAuthor): number {
    let n = this.numbers.get(author)
    if (n === undefined) {
      n = this.authors.length
      this.numbers.set(author, n)
      this.authors.push({
        name: author.author,
        ...(author.oral !== undefined ? { oral: author.oral } : {}),
        ...(author.at > 0 ? { at: author.at } : {}),
      })
    }
    return n
  }

  /** The best of candidates by a score (positive only), the latest of equals; 0 (the default) when none scores. */
  private best(candidates: readonly Candidate[], score: (c: Candidate) => number): number {
    let found: Candidate | null = null
    let top = 0
    for (const c of candidates) {
      const s = score(c)
      if (s > top || (s === top && s > 0 && found && c.author.at >= found.author.at)) {
        found = c
        top = s
      }
    }
    return found ? this.number(found.author) : 0
  }

  /** Who inserted, deleted or moved a whole clause; `words` are the clause's words, for a record without a kind. */
  paragraph(clause: string, kind: 'insert' | 'delete' | 'move', words: string): number {
    const candidates = this.byClause.get(clause) ?? []
    const own = candidates.filter((c) => c.author.paragraph === kind)
    if (own.length) return this.best(own, () => 1)
    if (kind === 'move') return 0
    const text = bag(words)
    return this.best(
      candidates.filter((c) => !c.author.paragraph),
      (c) => overlap(text, kind === 'insert' ? c.inserted : c.deleted),
    )
  }

  /**
   * Who deleted and who inserted the words of one change in a clause (or a block outside the clauses, by its
   * name): one author when one explains both sides, else each side its own.
   */
  words(clause: string, deleted: string, inserted: string): { del: number; ins: number } {
    const candidates = this.byClause.get(clause) ?? []
    if (candidates.length === 0) return { del: 0, ins: 0 }
    const d = bag(deleted)
    const i = bag(inserted)
    const both = this.best(candidates, (c) => {
      const sd = overlap(d, c.deleted)
      const si = overlap(i, c.inserted)
      const explained = (d.size === 0 || sd > 0) && (i.size === 0 || si > 0)
      return explained ? sd + si : 0
    })
    if (both > 0) return { del: both, ins: both }
    return {
      del: d.size ? this.best(candidates, (c) => overlap(d, c.deleted)) : 0,
      ins: i.size ? this.best(candidates, (c) => overlap(i, c.inserted)) : 0,
    }
  }
}
