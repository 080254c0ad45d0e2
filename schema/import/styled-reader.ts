import type { Node } from 'prosemirror-model'
import { proposalAttr } from '../amendments/proposal.ts'
import type { Lang, Organ } from '../lang.ts'
import { isAnnexLabel, matchAnnexHeading } from './annex-lines.ts'
import { DocAssembler, Outline } from './assembler.ts'
import { buildDocument } from './build.ts'
import { continuesPrevious, kindByWords, openingKind, opensPreambular } from './clause-kind.ts'
import { isClosingLine } from './closing-lines.ts'
import type { ImportWarning, ReadContext } from './context.ts'
import { type AnnexDraft, type ClauseDraft, type DocDraft, emptyDocDraft, type QuoteDraft } from './draft.ts'
import { matchOperativeNumber, matchSubLabel } from './labels.ts'
import { detectLanguage } from './language.ts'
import { detectOrgan } from './organ.ts'
import { plainText, type Run } from './runs.ts'
import {
  dropStyled,
  type StyledInline,
  type StyledParagraph,
  styledLines,
  styledRuns,
  styledText,
  tidyStyled,
  withoutAmendment,
} from './styled.ts'
import { acceptedContent, frameStyled, readStyledHeader, type StyledPara } from './styled-frame.ts'
import { withOpening } from './typed-reader.ts'

export type { StyledInline, StyledParagraph, StyledRole } from './styled.ts'

/** How to read styled paragraphs; each option overrides what the importer would detect. */
export interface StyledImportOptions {
  lang?: Lang
  organ?: Organ
}

/** A document read from styled paragraphs, its language, and what could not be placed (by paragraph). */
export interface StyledImportResult {
  doc: Node
  lang: Lang
  warnings: ImportWarning[]
}

const OPEN_QUOTE = /^["“«„‘]/u
const CLOSE_QUOTE = /["”»’][.,;:،؛，；。]*$/u
const COLON_END = /[:：][\s"”»’')\]]*$/u

/**
 * Reads the paragraphs of a word processor's file (a Word draft) into a schema-valid document, with the
 * recognisers of the text importer: header lines and the title above the authoring formula, numbered and
 * lettered paragraphs (the numbers a list shows arrive as typed text), the kinds of unnumbered ones by their
 * opening phrases, quotations (in a quotation style, or opened by a quotation mark after a colon), closing
 * lines. The italics a clause opens with are its opening phrase; without them the lexicon finds it. Proposals
 * above the formula and in the closing lines are accepted: those parts take none. Throws a RangeError when no
 * paragraph of a resolution is found.
 */
export function importStyled(
  paragraphs: readonly StyledParagraph[],
  options: StyledImportOptions = {},
): StyledImportResult {
  const paras: StyledPara[] = paragraphs.map((p) => {
    const content = tidyStyled(p.content)
    return { ...p, content, text: styledText(content) }
  })
  if (paras.every((p) => p.text === ''))
    throw new RangeError('the document is empty: it has no text in its paragraphs')
  const lang = options.lang ?? detectLanguage(paras.map((p) => p.text).join('\n'))
  const warnings: ImportWarning[] = []
  const ctx: ReadContext = {
    lang,
    dictionary: undefined,
    warn: (line, message) => warnings.push({ line, message }),
    unplace: (line, text, where) =>
      warnings.push({ line, message: `"${text}" is not part of the resolution (${where}): left out` }),
  }
  const draft = new StyledReader(ctx).read(paras)
  if (draft.clauses.length === 0) {
    throw new RangeError(
      'no paragraphs found: the document has no preambular or operative paragraphs, no authoring formula ' +
        '("The General Assembly,") and no paragraph that opens with a number or an opening phrase',
    )
  }
  const organ = options.organ ?? detectOrgan(draft)
  warnings.sort((a, b) => a.line - b.line)
  return { doc: buildDocument(draft, lang, organ), lang, warnings }
}

/** A quotation being read: what it holds, its sub-paragraphs, the depth of its owner, how it ends. */
interface OpenQuote {
  draft: QuoteDraft
  outline: Outline
  owner: number
  line: number
  /** Opened by a quotation style (ends where the style does), else by a quotation mark (ends at the closing one). */
  byStyle: boolean
}

class StyledReader {
  private readonly draft = emptyDocDraft()
  private readonly assembler: DocAssembler
  private quote: OpenQuote | null = null
  private closingSeen = false
  private previousText: string | null = null
  // The annex being read: the paragraphs after its label go to it.
  private annexAssembler: DocAssembler | null = null

  constructor(private readonly ctx: ReadContext) {
    this.assembler = new DocAssembler(ctx)
  }

  read(paras: StyledPara[]): DocDraft {
    const { formulaAt, bodyAt } = frameStyled(paras, this.ctx.lang)
    const header = readStyledHeader(paras.slice(0, formulaAt >= 0 ? formulaAt : bodyAt), this.ctx)
    this.draft.header = header.fields
    this.draft.title = header.title
    const formula = paras[formulaAt]
    if (formula)
      this.draft.formula = styledRuns(acceptedContent(formula, this.ctx), 'print', formula.line).runs
    else {
      const at = paras.slice(bodyAt).find((p) => p.text !== '')?.line ?? 1
      this.ctx.warn(at, 'no authoring formula ("The General Assembly,") before the first paragraph')
    }
    for (const p of paras.slice(bodyAt)) if (p.text !== '') this.body(p)
    if (this.quote) {
      this.ctx.warn(
        this.quote.line,
        'a quotation that opens here is never closed: it runs to the end of the text',
      )
      this.closeQuote()
    }
    this.draft.clauses = this.assembler.clauses
    return this.draft
  }

  /** One paragraph below the formula. */
  private body(p: StyledPara): void {
    if (!this.quote && p.role !== 'quote' && this.assembler.clauses.length > 0 && isAnnexLabel(p.text)) {
      const annex: AnnexDraft = { title: [], items: [], line: p.line }
      this.draft.annexes.push(annex)
      this.annexAssembler = new DocAssembler(this.ctx, annex)
      this.closingSeen = false
      return
    }
    if (this.annexAssembler) {
      this.annexPara(p, this.annexAssembler)
      return
    }
    const previousText = this.previousText
    this.previousText = p.text
    if (this.quote?.byStyle && p.role !== 'quote') this.closeQuote()
    const depth = this.assembler.openDepth
    if (!this.quote && depth >= 0) {
      const byStyle = p.role === 'quote'
      if (byStyle || (OPEN_QUOTE.test(p.text) && previousText !== null && COLON_END.test(previousText))) {
        const draft: QuoteDraft = { type: 'quotation', items: [] }
        const outline = new Outline(this.ctx, depth + 1, (c) => draft.items.push(c))
        this.quote = { draft, outline, owner: depth, line: p.line, byStyle }
      }
    }
    if (this.quote) {
      this.quoted(p, this.quote)
      return
    }
    if (this.assembler.clauses.length > 0 && p.role !== 'quote') {
      const lines = styledLines(p.content).map(styledText)
      if (lines.length > 0 && lines.every(isClosingLine)) {
        const closing = styledLines(acceptedContent(p, this.ctx)).map(
          (l) => styledRuns(l, 'print', p.line).runs,
        )
        this.draft.closing.push(...closing)
        this.closingSeen = true
        return
      }
    }
    if (this.closingSeen) {
      this.ctx.warn(p.line, 'text after the closing lines: kept as a paragraph')
      this.closingSeen = false
    }
    this.clause(p)
  }

  /** A paragraph of the body that is no quotation or closing line: a paragraph, sub-paragraph, or continuation. */
  private clause(p: StyledPara): void {
    const { ctx, assembler } = this
    // A proposal on the whole paragraph stands on its clause, in place of its marks.
    const own = p.proposal ? withoutAmendment(p.content, p.proposal.amendment) : p.content
    const number = matchOperativeNumber(p.text)
    if (number) {
      const expected = assembler.clauses.filter((c) => c.kind === 'operative').length + 1
      if (number.value !== expected) {
        ctx.warn(p.line, `operative paragraph numbered ${number.value} where ${expected} was expected`)
      }
      this.propose(
        assembler.addTop(
          'operative',
          this.clauseRuns(dropStyled(own, number.length), 'operative', p),
          p.line,
          p.id,
        ),
        p,
      )
      return
    }
    const label = matchSubLabel(p.text)
    if (label && assembler.openDepth >= 0) {
      const runs = styledRuns(dropStyled(own, label.length), 'emphasis', p.line).runs
      this.propose(assembler.addSub(label.label, runs, p.line, p.id), p)
      return
    }
    const previous = assembler.previous ? plainText(assembler.previous.para) : null
    if (continuesPrevious(p.text, previous)) {
      assembler.continueWith(styledRuns(p.content, 'emphasis', p.line).runs, p.line)
      return
    }
    let kind = kindByWords(p.text, ctx.lang)
    if (!kind) {
      kind = assembler.operativeSeen ? 'operative' : 'preambular'
      const first = p.content[0]
      if (!openingKind(p.text, ctx.lang) && !(first?.type === 'text' && first.italic)) {
        ctx.warn(
          p.line,
          `paragraph with no opening phrase and no clause punctuation: read as ${kind} by its place`,
        )
      }
    } else if (kind === 'preambular' && assembler.operativeSeen && !opensPreambular(p.text, ctx.lang)) {
      kind = 'operative'
    }
    this.propose(assembler.addTop(kind, this.clauseRuns(own, kind, p), p.line, p.id), p)
  }

  /** A paragraph of an annex: its title (first), a section heading, a numbered paragraph, a sub-paragraph, text. */
  private annexPara(p: StyledPara, assembler: DocAssembler): void {
    const annex = assembler.annex!
    const heading = matchAnnexHeading(p.text)
    const number = matchOperativeNumber(p.text)
    const runsFrom = (cut: number) => styledRuns(dropStyled(p.content, cut), 'emphasis', p.line).runs
    if (annex.title.length === 0 && annex.items.length === 0 && !heading && !number) {
      annex.title = runsFrom(0)
      return
    }
    if (heading) {
      assembler.addHeading(heading.level, runsFrom(p.text.length - heading.rest.length), p.line)
      return
    }
    if (number) {
      assembler.addTop('operative', runsFrom(number.length), p.line, p.id)
      return
    }
    const label = matchSubLabel(p.text)
    if (label && assembler.openDepth >= 0) {
      assembler.addSub(label.label, runsFrom(label.length), p.line, p.id)
      return
    }
    assembler.addAnnexPara(runsFrom(0), p.line)
  }

  /** The runs of a paragraph's first lines: the italics it opens with mark its phrase, else the lexicon does. */
  private clauseRuns(content: StyledInline[], kind: 'preambular' | 'operative', p: StyledPara): Run[] {
    const { runs, opened } = styledRuns(content, 'clause', p.line)
    return opened ? runs : withOpening(runs, plainText(runs), kind, this.ctx.lang)
  }

  private propose(clause: ClauseDraft, p: StyledPara): void {
    if (p.proposal) clause.proposal = proposalAttr(p.proposal)
  }

  /** A paragraph of an open quotation: a sub-paragraph when it opens with a label (after a quotation mark). */
  private quoted(p: StyledPara, quote: OpenQuote): void {
    const mark = OPEN_QUOTE.exec(p.text)?.[0] ?? ''
    const label = matchSubLabel(p.text.slice(mark.length))
    if (label) {
      const own = p.proposal ? withoutAmendment(p.content, p.proposal.amendment) : p.content
      // The quotation mark stays in the text, as printed; the label goes.
      const rest = dropStyled(own, mark.length + label.length)
      const content = mark
        ? [{ type: 'text' as const, text: mark, italic: false, sup: false, changes: [] }, ...rest]
        : rest
      const clause = quote.outline.add(
        label.label,
        styledRuns(content, 'emphasis', p.line).runs,
        p.line,
        p.id,
      )
      this.propose(clause, p)
    } else {
      quote.draft.items.push({ type: 'para', runs: styledRuns(p.content, 'emphasis', p.line).runs })
      quote.outline.closeBelow(quote.owner)
    }
    if (!quote.byStyle && CLOSE_QUOTE.test(p.text)) this.closeQuote()
  }

  private closeQuote(): void {
    const quote = this.quote
    if (!quote) return
    this.quote = null
    if (quote.draft.items.length === 0) quote.draft.items.push({ type: 'para', runs: [] })
    this.assembler.addQuote(quote.draft, quote.owner)
  }
}
