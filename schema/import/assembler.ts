import type { ReadContext } from './context.ts'
import { SubparagraphDepth } from './depth.ts'
import { type AnnexDraft, type ClauseDraft, clauseDraft, type QuoteDraft } from './draft.ts'
import { appendRuns, joinRuns, plainRuns, type Run } from './runs.ts'

/**
 * The sub-paragraphs under one root (a paragraph, or a quotation): the chain of open sub-paragraphs, and the
 * depth their labels give.
 */
export class Outline {
  private readonly open: { clause: ClauseDraft; depth: number }[] = []
  private readonly depth: SubparagraphDepth

  /** `base` is the depth of the first level; `attach` adds a clause of that level to the root. */
  constructor(
    private readonly ctx: ReadContext,
    readonly base: number,
    private readonly attach: (clause: ClauseDraft) => void,
  ) {
    this.depth = new SubparagraphDepth(ctx.lang, base)
  }

  /** The depth a label would get here, or null if it follows from no open list. */
  peek(label: string): number | null {
    return this.depth.peek(label)
  }

  /** Adds a sub-paragraph under the open clause its label (or the depth the source states) points to. */
  add(label: string, runs: Run[], line: number, id: string | null, stated?: number): ClauseDraft {
    let depth: number
    if (stated !== undefined) depth = this.depth.force(stated, label)
    else {
      const placed = this.depth.place(label)
      if (placed === null) {
        depth = this.depth.guess()
        this.ctx.warn(
          line,
          `sub-paragraph ${label} does not follow from the labels before it; read at depth ${depth}`,
        )
      } else depth = placed
    }
    while (this.open.length && this.open[this.open.length - 1]!.depth >= depth) this.open.pop()
    const clause = clauseDraft('subparagraph', runs, line, id)
    const parent = this.open[this.open.length - 1]
    if (parent) parent.clause.children.push(clause)
    else this.attach(clause)
    this.open.push({ clause, depth })
    return clause
  }

  /** The deepest open sub-paragraph and its depth. */
  deepest(): { clause: ClauseDraft; depth: number } | null {
    return this.open[this.open.length - 1] ?? null
  }

  /** The open sub-paragraph at a depth. */
  at(depth: number): ClauseDraft | null {
    return this.open.find((o) => o.depth === depth)?.clause ?? null
  }

  /**
   * Closes the sub-paragraphs deeper than `depth`; labels then continue the list at depth + 1 (after a
   * quotation that the clause at `depth` owns, the next sub-paragraph of that clause continues its list).
   */
  closeBelow(depth: number): void {
    while (this.open.length && this.open[this.open.length - 1]!.depth > depth) this.open.pop()
    this.depth.keep(depth + 1)
  }
}

/**
 * Builds the preambular and operative paragraphs of a document, with their sub-paragraphs and quotations; or,
 * given an annex, the annex's numbered paragraphs (every paragraph added is one), headings and other paragraphs.
 */
export class DocAssembler {
  readonly clauses: ClauseDraft[] = []
  /** The paragraph a continuation extends; null after a quotation. */
  previous: { para: Run[] } | null = null
  operativeSeen = false
  private top: ClauseDraft | null = null
  private outline: Outline | null = null

  constructor(
    private readonly ctx: ReadContext,
    readonly annex: AnnexDraft | null = null,
  ) {}

  /**
   * Adds a preambular or operative paragraph (in an annex, a numbered paragraph of the annex). A preambular one
   * after an operative one is kept as operative.
   */
  addTop(kind: 'preambular' | 'operative', runs: Run[], line: number, id: string | null = null): ClauseDraft {
    if (this.annex) {
      const clause = clauseDraft('annex_paragraph', runs, line, id)
      this.annex.items.push(clause)
      this.open(clause)
      return clause
    }
    if (kind === 'preambular' && this.operativeSeen) {
      this.ctx.warn(
        line,
        'a preambular paragraph after the operative paragraphs: kept as an operative paragraph',
      )
      kind = 'operative'
    }
    if (kind === 'operative') this.operativeSeen = true
    const clause = clauseDraft(kind, runs, line, id)
    this.clauses.push(clause)
    this.open(clause)
    return clause
  }

  private open(clause: ClauseDraft): void {
    this.top = clause
    this.outline = new Outline(this.ctx, 1, (c) => clause.children.push(c))
    this.previous = clause
  }

  /** Adds a section heading to the annex; what follows it belongs to no paragraph until the next one. */
  addHeading(level: 1 | 2, runs: Run[], line: number): { para: Run[] } {
    const heading = { type: 'heading' as const, level, runs, line }
    this.annex?.items.push(heading)
    this.top = null
    this.outline = null
    this.previous = { para: runs }
    return this.previous
  }

  /** Adds an unnumbered paragraph to the annex. */
  addAnnexPara(runs: Run[], line: number): { para: Run[] } {
    const para = { type: 'para' as const, runs, line }
    this.annex?.items.push(para)
    this.top = null
    this.outline = null
    this.previous = { para: runs }
    return this.previous
  }

  /** The depth a sub-paragraph label would get, or null if no paragraph is open or the label fits no list. */
  peekSub(label: string): number | null {
    return this.outline ? this.outline.peek(label) : null
  }

  /** Adds a sub-paragraph; before any paragraph, its text (label included) becomes a paragraph. */
  addSub(label: string, runs: Run[], line: number, id: string | null = null, depth?: number): ClauseDraft {
    if (!this.outline) {
      this.ctx.warn(line, `sub-paragraph ${label} before any paragraph: kept as a paragraph`)
      return this.addTop(
        this.operativeSeen ? 'operative' : 'preambular',
        joinRuns(plainRuns(label), runs),
        line,
        id,
      )
    }
    const clause = this.outline.add(label, runs, line, id, depth)
    this.previous = clause
    return clause
  }

  /** The depth of the deepest open clause (0 for a paragraph), or -1 before the first. */
  get openDepth(): number {
    return this.outline?.deepest()?.depth ?? (this.top ? 0 : -1)
  }

  /** The open clause at a depth. */
  openAt(depth: number): ClauseDraft | null {
    return depth === 0 ? this.top : (this.outline?.at(depth) ?? null)
  }

  /** Adds a quotation to the open clause at `ownerDepth`. */
  addQuote(quote: QuoteDraft, ownerDepth: number): void {
    const owner = this.openAt(ownerDepth)
    if (!owner) return
    owner.children.push(quote)
    this.outline?.closeBelow(ownerDepth)
    this.previous = null
  }

  /** Appends text to the previous paragraph (a paragraph broken across a page, a wrapped line). */
  continueWith(runs: Run[], line: number): void {
    if (!this.previous) {
      if (this.annex) this.addAnnexPara(runs, line)
      else this.addTop(this.operativeSeen ? 'operative' : 'preambular', runs, line)
      return
    }
    appendRuns(this.previous.para, runs)
  }
}
