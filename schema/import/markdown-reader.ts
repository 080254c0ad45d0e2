import { validateProposalAttr } from '../amendments/proposal.ts'
import { isLang, isOrgan, type Lang, type Organ } from '../lang.ts'
import { HEADER_FIELDS, type HeaderField, schema } from '../schema.ts'
import { MAX_ALTERNATIVES } from '../standing/alternatives.ts'
import type { Annotation } from './annotations.ts'
import { parseAnnotation } from './annotations.ts'
import { DocAssembler, Outline } from './assembler.ts'
import { readUnmarkedBlock } from './clause-kind.ts'
import type { ReadContext } from './context.ts'
import { type ClauseDraft, type DocDraft, emptyDocDraft, type QuoteDraft } from './draft.ts'
import { formulaOrgan } from './formula.ts'
import { classifyHeaderLine, parseTitleLine } from './header-lines.ts'
import { HeaderReader } from './header-reader.ts'
import { matchOperativeNumber, matchSubLabel } from './labels.ts'
import {
  blockRaw,
  DEFINITION,
  HEADING,
  type MdBlock,
  markdownBlocks,
  QUOTE,
  RULE,
} from './markdown-blocks.ts'
import {
  allItalic,
  type InlineToken,
  type ItalicsMeaning,
  parseInline,
  resolveInline,
  splitLines,
} from './markdown-inline.ts'
import { appendRuns, plainText, type Run, textRun } from './runs.ts'
import { type SourceLine, sourceLines, tidy } from './source.ts'

const STATED = /^[ \t]*<!--[ \t]*penholder\b[^\n]*-->/
const FIELD_ANNOTATION = new RegExp(`(?:^|[ \\t])<!--[ \\t]*(${HEADER_FIELDS.join('|')})[ \\t]*-->$`)
const CLAUSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

/** A delegation's name as an annotation holds it (percent-encoded), or null if it is none. */
function decodeName(value: string): string | null {
  try {
    const name = decodeURIComponent(value).trim()
    return name && name.length <= 200 ? name : null
  } catch {
    return null
  }
}

/** The language and organ a Markdown export states on its first line (`<!-- penholder lang=fr organ=ga -->`). */
export function statedInMarkdown(source: string): { lang: Lang | null; organ: Organ | null } | null {
  const first = source.trimStart().split('\n', 1)[0] ?? ''
  if (!STATED.test(first)) return null
  const a = parseAnnotation(first.trim())
  if (!a) return null
  const lang = a.get('lang')
  const organ = a.get('organ')
  return { lang: isLang(lang) ? lang : null, organ: isOrgan(organ) ? organ : null }
}

interface Definition {
  runs: Run[]
  line: number
  used: boolean
  /** Where to keep the note if nothing cites it: the content read last before it. */
  host: Run[] | null
}

/** Reads Markdown: the UN's Markdown renditions of resolutions, and what `toMarkdown` writes. */
export function readMarkdown(source: string, ctx: ReadContext): DocDraft {
  return new MarkdownReader(ctx).read(source)
}

class MarkdownReader {
  private readonly draft = emptyDocDraft()
  private readonly definitions = new Map<string, Definition[]>()
  private readonly assembler: DocAssembler
  private readonly header: HeaderReader
  // The inline content read last, where a footnote definition that nothing cites is kept.
  private host: Run[] | null = null
  private closingSeen = false
  // The clause read last, to which an alternative wording after it belongs.
  private lastClause: ClauseDraft | null = null

  constructor(private readonly ctx: ReadContext) {
    this.assembler = new DocAssembler(ctx)
    this.header = new HeaderReader(ctx)
  }

  read(source: string): DocDraft {
    const blocks = markdownBlocks(sourceLines(source))
    let i = 0
    const stated = statedInMarkdown(source)
    if (stated && blocks[0]?.annotation?.has('penholder')) {
      this.draft.lang = stated.lang
      this.draft.organ = stated.organ
      i = 1
    }
    const titleAt = blocks.findIndex(
      (b, k) => k >= i && b.lines.length > 0 && isTitleHeading(b.lines[0]!.text),
    )
    const bodyAt = titleAt >= 0 ? titleAt : this.findFormulaOrBody(blocks, i)
    for (; i < bodyAt; i++) this.headerBlock(blocks[i]!)
    if (titleAt >= 0) {
      this.titleBlock(blocks[titleAt]!)
      i = titleAt + 1
    }
    const { fields, title } = this.header.finish(titleAt < 0)
    this.draft.header = fields
    if (titleAt < 0) this.draft.title = { number: title.number, runs: title.runs }
    i = this.formula(blocks, i)
    for (; i < blocks.length; i++) this.bodyBlock(blocks[i]!)
    this.draft.clauses = this.assembler.clauses
    this.resolveFootnotes()
    return this.draft
  }

  private tokens(lines: readonly SourceLine[], from = 0): InlineToken[] {
    return parseInline(blockRaw(lines).slice(from))
  }

  private runs(raw: string, meaning: ItalicsMeaning, line: number): Run[] {
    return resolveInline(parseInline(raw), meaning, line)
  }

  /** Without a title heading: the header ends at the formula or at the first block that reads as a paragraph. */
  private findFormulaOrBody(blocks: MdBlock[], from: number): number {
    for (let k = from; k < blocks.length; k++) {
      const b = blocks[k]!
      if (b.lines.length === 0 || DEFINITION.test(b.lines[0]!.text) || RULE.test(b.lines[0]!.text.trim()))
        continue
      const raw = blockRaw(b.lines)
      const tokens = parseInline(raw)
      const plain = plainText(resolveInline(tokens, 'print'))
      if (formulaOrgan(plain) || (allItalic(tokens) && /[,،，]$/.test(plain.trim()))) return k
      if (matchOperativeNumber(raw) || tokens[0]?.italic) return k
    }
    return blocks.length
  }

  private headerBlock(block: MdBlock): void {
    if (block.lines.length === 0) return
    const first = block.lines[0]!.text
    if (DEFINITION.test(first) && !FIELD_ANNOTATION.test(tidy(first))) {
      this.definition(block)
      return
    }
    if (RULE.test(first.trim())) return
    block.lines.forEach((line, k) => {
      let raw = tidy(line.text)
      let stated: HeaderField | null = null
      const annotation = FIELD_ANNOTATION.exec(raw)
      if (annotation) {
        stated = annotation[1] as HeaderField
        raw = raw.slice(0, annotation.index).trimEnd()
      }
      const heading = HEADING.exec(raw)
      const runs = this.runs(heading ? (heading[2] ?? '') : raw, 'emphasis', line.no)
      this.host = runs
      if (stated) this.header.field(stated, runs, line.no)
      else if (heading) {
        const name = classifyHeaderLine(plainText(runs)) ?? (heading[1]!.length === 1 ? 'organ' : 'adoption')
        this.header.field(name, runs, line.no)
      } else this.header.line(runs, line.no, k === 0 ? block.blankBefore : false)
    })
  }

  private titleBlock(block: MdBlock): void {
    const line = block.lines[0]!
    const content = HEADING.exec(tidy(line.text))?.[2] ?? ''
    const stated = block.annotation?.has('title') ? block.annotation : null
    let number: string | null = null
    let rest = content
    if (stated) number = stated.get('number') ?? null
    else {
      const parsed = parseTitleLine(content)
      if (parsed) {
        number = parsed.number
        rest = parsed.rest
      }
    }
    const runs = this.runs(rest, 'emphasis', line.no)
    this.draft.title = { number, runs }
    this.host = runs
  }

  /** Reads the authoring formula after the title; returns the index of the first block of the body. */
  private formula(blocks: MdBlock[], from: number): number {
    let i = from
    for (; i < blocks.length; i++) {
      const b = blocks[i]!
      if (b.lines.length > 0 && DEFINITION.test(b.lines[0]!.text)) this.definition(b)
      else if (!(b.lines.length > 0 && RULE.test(b.lines[0]!.text.trim()))) break
    }
    const b = blocks[i]
    if (!b) return i
    if (b.annotation?.has('formula')) {
      this.draft.formula = resolveInline(this.tokens(b.lines), 'print', b.line)
      this.host = this.draft.formula
      return i + 1
    }
    const tokens = this.tokens(b.lines)
    const runs = resolveInline(tokens, 'print', b.line)
    if (
      !b.annotation &&
      !QUOTE.test(b.lines[0]?.text ?? '') &&
      (allItalic(tokens) || formulaOrgan(plainText(runs)))
    ) {
      this.draft.formula = runs
      this.host = runs
      return i + 1
    }
    this.ctx.warn(b.line, 'no authoring formula ("The General Assembly,") before the first paragraph')
    return i
  }

  private definition(block: MdBlock): void {
    const raw = blockRaw(block.lines)
    const m = DEFINITION.exec(raw)!
    const key = m[1] ?? `^${m[2]}`
    const tokens = parseInline(raw.slice(m[0].length))
    const runs: Run[] = []
    for (const run of resolveInline(tokens, 'emphasis', block.line)) {
      if (run.type === 'text') runs.push(run)
      else if (run.type === 'marker')
        runs.push(textRun(run.key.replace(/^\^/, ''), [schema.marks.sup.create()]))
      else if (run.type === 'break') runs.push(textRun(' '))
      else if (run.type === 'xref') runs.push(textRun(run.target))
    }
    const list = this.definitions.get(key) ?? []
    list.push({ runs, line: block.line, used: false, host: this.host })
    this.definitions.set(key, list)
  }

  private clauseId(annotation: Annotation | null, line: number): string | null {
    const id = annotation?.get('id')
    if (id === undefined) return null
    if (CLAUSE_ID.test(id)) return id
    this.ctx.warn(line, `clause id "${id}" is not a short identifier; a new one is given`)
    return null
  }

  private bodyBlock(block: MdBlock): void {
    const a = block.annotation
    const id = this.clauseId(a, block.line)
    const lines = block.lines
    const first = lines[0]?.text ?? ''
    const line = block.line
    if (lines.length && !a && RULE.test(first.trim())) return
    if (lines.length && !a && DEFINITION.test(first)) {
      this.definition(block)
      return
    }
    if (this.closingSeen && !a) {
      this.ctx.warn(line, 'text after the closing lines: kept as a paragraph')
      this.closingSeen = false
    }
    if (a?.has('alternative')) {
      this.alternative(block, a)
      return
    }
    if (a?.has('closing')) {
      this.closing(this.tokens(lines), line)
      return
    }
    if (a?.has('quotation') || (lines.length && QUOTE.test(first))) {
      const stated = a?.get('owner')
      this.quotation(block, stated === undefined ? undefined : Number(stated))
      return
    }
    const raw = blockRaw(lines)
    if (a?.has('preambular') || a?.has('operative')) {
      const kind = a.has('operative') ? 'operative' : 'preambular'
      this.clause(this.assembler.addTop(kind, this.runs(raw, 'clause', line), line, id), a, line)
      return
    }
    const stated = a?.get('depth')
    const label = matchSubLabel(raw)
    if (a?.has('subparagraph') || label) {
      const rest = label ? raw.slice(label.length) : raw
      const runs = this.runs(rest, 'emphasis', line)
      const depth = stated === undefined ? undefined : Number(stated)
      this.clause(this.assembler.addSub(label?.label ?? '', runs, line, id, depth), a, line)
      return
    }
    const heading = HEADING.exec(raw)
    if (heading) this.ctx.warn(line, `heading in the body: "${heading[2] ?? ''}" kept as a paragraph`)
    const number = heading ? null : matchOperativeNumber(raw)
    if (number) {
      const expected = this.assembler.clauses.filter((c) => c.kind === 'operative').length + 1
      if (number.value !== expected) {
        this.ctx.warn(line, `operative paragraph numbered ${number.value} where ${expected} was expected`)
      }
      const runs = this.runs(raw.slice(number.length), 'clause', line)
      this.clause(this.assembler.addTop('operative', runs, line, id), a, line)
      return
    }
    const text = heading ? (heading[2] ?? '') : raw
    const tokens = parseInline(text)
    const lineTexts = splitLines(tokens).map((l) => plainText(resolveInline(l, 'print')))
    const previous = this.assembler.previous ? plainText(this.assembler.previous.para) : null
    const reading = readUnmarkedBlock(
      lineTexts,
      previous,
      this.assembler.clauses.length > 0,
      this.assembler.operativeSeen,
      this.ctx.lang,
    )
    if (reading === 'closing') {
      this.closing(tokens, line)
      return
    }
    if (reading === 'continuation') {
      const runs = resolveInline(tokens, 'emphasis', line)
      this.assembler.continueWith(runs, line)
      this.host = this.assembler.previous?.para ?? runs
      return
    }
    this.clause(this.assembler.addTop(reading, resolveInline(tokens, 'clause', line), line, id), a, line)
  }

  /** Notes a clause just read: where uncited notes go, and the proposal its annotation records. */
  private clause(clause: ClauseDraft, annotation: Annotation | null, line: number): void {
    this.host = clause.para
    this.lastClause = clause
    const bracketed = annotation?.get('bracketed')
    if (bracketed !== undefined) {
      const by = decodeName(bracketed)
      if (by) clause.standing = { ...clause.standing, bracketed: by }
      else this.ctx.warn(line, 'square brackets that name no delegation are left out')
    }
    const proposal = annotation?.get('proposal')
    if (proposal === undefined) return
    try {
      const value = decodeURIComponent(proposal)
      validateProposalAttr(value)
      clause.proposal = value
    } catch (e) {
      this.ctx.warn(line, `a proposal that cannot be read is left out: ${(e as Error).message}`)
    }
  }

  /** An alternative wording of the clause read last (`<!-- alternative by=Chile -->`), its words as plain text. */
  private alternative(block: MdBlock, a: Annotation): void {
    const clause = this.lastClause
    const text = plainText(resolveInline(this.tokens(block.lines), 'print'))
      .replace(/\s+/g, ' ')
      .trim()
    if (!clause || !text) {
      this.ctx.warn(
        block.line,
        'an alternative wording with no paragraph before it, or no words, is left out',
      )
      return
    }
    if ((clause.standing?.alternatives?.length ?? 0) >= MAX_ALTERNATIVES) {
      this.ctx.warn(
        block.line,
        `a paragraph has at most ${MAX_ALTERNATIVES} alternatives: this one is left out`,
      )
      return
    }
    const by = a.has('by') ? decodeName(a.get('by')!) : null
    const alternatives = [...(clause.standing?.alternatives ?? []), by ? { text, by } : { text }]
    clause.standing = { ...clause.standing, alternatives }
  }

  private closing(tokens: InlineToken[], line: number): void {
    const lines = splitLines(tokens).map((l) => resolveInline(l, 'print', line))
    this.draft.closing = [...this.draft.closing, ...lines]
    this.host = lines[lines.length - 1] ?? null
    this.closingSeen = true
  }

  private quotation(block: MdBlock, stated: number | undefined): void {
    const depth = stated ?? this.assembler.openDepth
    const owner = this.assembler.openAt(depth)
    const quote = this.readQuote(block, depth)
    if (!owner) {
      this.ctx.warn(block.line, 'quotation before any paragraph: its paragraphs are kept as paragraphs')
      for (const item of quote.items) {
        const kind = this.assembler.operativeSeen ? 'operative' : 'preambular'
        const clause = this.assembler.addTop(kind, item.type === 'para' ? item.runs : item.para, block.line)
        if (item.type === 'clause') clause.children.push(...item.children)
      }
      return
    }
    this.assembler.addQuote(quote, depth)
  }

  /** Reads the lines of a quotation (without their ">") as paragraphs, sub-paragraphs and nested quotations. */
  private readQuote(block: MdBlock, ownerDepth: number): QuoteDraft {
    const quote: QuoteDraft = { type: 'quotation', items: [] }
    const inner = block.lines.map((l) => ({ text: l.text.replace(/^[ \t]{0,3}>[ \t]?/, ''), no: l.no }))
    const outline = new Outline(this.ctx, ownerDepth + 1, (c) => quote.items.push(c))
    for (const b of markdownBlocks(inner)) {
      const first = b.lines[0]?.text ?? ''
      const a = b.annotation
      if (b.lines.length && DEFINITION.test(first) && !a) {
        this.definition(b)
        continue
      }
      if (a?.has('quotation') || (b.lines.length && QUOTE.test(first))) {
        const stated = a?.get('owner')
        const open = stated === undefined ? outline.deepest() : { depth: Number(stated) }
        const owner = open ? outline.at(open.depth) : null
        const nested = this.readQuote(b, open?.depth ?? ownerDepth)
        if (owner && open) {
          owner.children.push(nested)
          outline.closeBelow(open.depth)
        } else {
          this.ctx.warn(b.line, 'a quotation inside a quotation: its paragraphs are kept in the outer one')
          quote.items.push(...nested.items)
        }
        continue
      }
      const raw = blockRaw(b.lines)
      const label = a?.has('para') ? null : matchSubLabel(raw)
      if (label || a?.has('subparagraph')) {
        const stated = a?.get('depth')
        const runs = this.runs(label ? raw.slice(label.length) : raw, 'emphasis', b.line)
        const clause = outline.add(
          label?.label ?? '',
          runs,
          b.line,
          this.clauseId(a, b.line),
          stated === undefined ? undefined : Number(stated),
        )
        this.clause(clause, a, b.line)
      } else {
        const runs = this.runs(raw, 'emphasis', b.line)
        quote.items.push({ type: 'para', runs })
        outline.closeBelow(ownerDepth)
        this.host = runs
      }
    }
    if (quote.items.length === 0) quote.items.push({ type: 'para', runs: [] })
    return quote
  }

  /** Puts each footnote definition in place of the citation that names it, in the order they are cited. */
  private resolveFootnotes(): void {
    // In place: a definition nothing cites is kept in the list it was read after.
    const resolve = (runs: Run[]): Run[] => {
      if (!runs.some((r) => r.type === 'marker')) return runs
      runs.forEach((run, i) => {
        if (run.type !== 'marker') return
        const def = this.definitions.get(run.key)?.find((d) => !d.used)
        if (!def) {
          const shown = run.key.replace(/^\^/, '')
          this.ctx.warn(run.line, `footnote ${shown} is cited but never given; kept as a superscript number`)
          runs[i] = textRun(shown, schema.marks.sup.create().addToSet(run.marks))
          return
        }
        def.used = true
        runs[i] = { type: 'footnote', content: def.runs, marks: run.marks }
      })
      return runs
    }
    const clause = (c: ClauseDraft) => {
      c.para = resolve(c.para)
      for (const child of c.children) {
        if (child.type === 'clause') clause(child)
        else
          for (const item of child.items) {
            if (item.type === 'para') item.runs = resolve(item.runs)
            else clause(item)
          }
      }
    }
    const d = this.draft
    for (const f of d.header) f.runs = resolve(f.runs)
    d.title.runs = resolve(d.title.runs)
    d.formula = resolve(d.formula)
    d.clauses.forEach(clause)
    d.closing = d.closing.map(resolve)
    for (const [key, list] of this.definitions) {
      for (const def of list) {
        if (def.used) continue
        const shown = key.replace(/^\^/, '')
        const host = def.host ?? d.clauses[0]?.para
        this.ctx.warn(def.line, `footnote ${shown} is never cited; kept at the end of the text before it`)
        if (host) host.push({ type: 'footnote', content: def.runs, marks: [] })
        else appendRuns(d.title.runs, [{ type: 'footnote', content: def.runs, marks: [] }], '')
      }
    }
  }
}

/** Whether a line is a heading of level 3 or deeper: the title in the UN's Markdown and in ours. */
function isTitleHeading(text: string): boolean {
  return /^#{3,6}(?:[ \t]|$)/.test(text)
}
