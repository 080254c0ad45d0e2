import type { Mark, Node } from 'prosemirror-model'
import { forEachBlock } from '../blocks.ts'
import { formatAnnotation } from '../import/annotations.ts'
import { readUnmarkedBlock } from '../import/clause-kind.ts'
import { SubparagraphDepth } from '../import/depth.ts'
import {
  classifyHeaderLine,
  type PreviousField,
  parseTitleLine,
  readHeaderLine,
  titleLineFor,
} from '../import/header-lines.ts'
import { isLang, type Lang } from '../lang.ts'
import { numberDocument, operativeLabel, subparagraphLabel } from '../numbering.ts'
import type { HeaderField } from '../schema.ts'
import { alternativesOf, paragraphBrackets } from '../standing/layout.ts'
import { STANDING_WORDS, type StandingWords } from '../standing/words.ts'
import type { Compilation } from './compilation.ts'
import { creditsAfter } from './credits.ts'
import { type Item, mergeRuns } from './markdown-runs.ts'
import {
  attrValue as attr,
  encodeTarget,
  escapeStart,
  escapeMarkdownWords as escapeWords,
  plainOf,
  startsWithMarker,
} from './markdown-words.ts'
import { referenceText } from './reference.ts'

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /**
   * Write `compilation.doc` as a compilation text (see `compile`): a legend, each paragraph opening with its
   * compilation label in bold ("**OP5 bis**") and its note, and `<sup>[Egypt]</sup>` after each change. Such a
   * text is for reading; it does not import back.
   */
  compilation?: Compilation
}

/**
 * The document as Markdown, in the conventions of the UN's Markdown renditions (`# Organ`, header lines,
 * `## adoption line`, `### 71/194. Title`, `*formula,*`, `*Opening phrase* text`, `1. *Verb* text`, `(a) text`,
 * `> quoted text`, footnotes as `<sup>1</sup>` with their text in a block of their own right after the block
 * that cites them, `*closing lines*`, each annex from a `## Annex` heading), that `importResolution` reads back
 * to the same document.
 *
 * Choices, for whoever reads the output:
 * - Round trips are exact except for ids: a re-imported file is a new draft and its clauses get new ids, but a
 *   clause a cross-reference points to keeps its id (`<!-- id=c1a2b3 -->`), so that the reference holds. Ids on
 *   every paragraph would clutter a text people read and edit.
 * - Where the reader would not guess what the text is, an HTML comment says it (viewers hide comments): the
 *   language and organ on the first line; a header line whose words do not tell its field
 *   (`A/C.3/71/L.23 <!-- symbol -->` is not needed, `TBD <!-- date -->` is); a paragraph that reads as another
 *   kind; a sub-paragraph whose label leaves its depth open ("(i)" after "(h)"); a quotation that belongs to a
 *   clause other than the last one written; a title number the reader would not find.
 * - Characters Markdown would read as markup are escaped (`\*`, `\<`, `\#` at the start of a line ...), spaces
 *   it would collapse or trim are written `&#32;`, line ends and tabs in text `&#10;`, `&#9;`.
 * - Pending proposals are `<ins>`/`<del>` elements with their amendment and delegation, and proposals on whole
 *   clauses an annotation (`proposal=` and the attribute's JSON, percent-encoded), so a compilation text
 *   survives a round trip; italics and superscripts on footnote markers, references and line breaks do not.
 */
export function toMarkdown(doc: Node, options: MarkdownOptions = {}): string {
  const compilation = options.compilation
  if (compilation && compilation.doc !== doc) {
    throw new RangeError('toMarkdown: the compilation was made for another document (pass compilation.doc)')
  }
  return new MarkdownWriter(doc, compilation ?? null).write()
}

type Meaning = 'clause' | 'emphasis' | 'print'

const ENTITY_AHEAD = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);/
const DIGIT = /[0-9]/
const CHANGES = new Set(['insertion', 'deletion'])
// Square brackets around words and proposed changes, the marks written as elements, brackets outermost.
const OUTER = new Set(['bracket', 'insertion', 'deletion'])
const outerMarks = (marks: readonly Mark[]) =>
  marks
    .filter((m) => OUTER.has(m.type.name))
    .sort((a, b) => Number(CHANGES.has(a.type.name)) - Number(CHANGES.has(b.type.name)))

interface SubState {
  depth: SubparagraphDepth
  /** Depth of the deepest open clause: where the reader puts a quotation that does not say whose it is. */
  open: number
}

class MarkdownWriter {
  private readonly lang: Lang
  private readonly numbering
  private readonly targets = new Set<string>()
  private readonly blocks: string[] = []
  private notes: Node[] = []
  private noteNumber = 0
  // What the reader will know when it reaches the next top-level block.
  private clauseSeen = false
  private operativeSeen = false
  private previous: string | null = null
  private readonly standing: StandingWords
  // The closing square brackets of paragraphs in brackets, by the textblock whose words they follow.
  private readonly closers = new Map<Node, string[]>()

  constructor(
    private readonly doc: Node,
    private readonly compilation: Compilation | null,
  ) {
    this.lang = isLang(doc.attrs.lang) ? doc.attrs.lang : 'en'
    this.numbering = numberDocument(doc)
    this.standing = STANDING_WORDS[this.lang]
    for (const [pos, ends] of paragraphBrackets(doc, (at) => compilation?.collapsed.has(at) ?? false)) {
      const block = doc.nodeAt(pos)
      if (block && ends.close.length)
        this.closers.set(block, [...(this.closers.get(block) ?? []), ...ends.close])
    }
    doc.descendants((node) => {
      if (node.type.name === 'xref') this.targets.add(node.attrs.target)
      // The copy of a moved clause names the clause it comes from.
      const from = node.attrs.proposal
        ? (JSON.parse(node.attrs.proposal) as { from?: string }).from
        : undefined
      if (from) this.targets.add(from)
      return true
    })
  }

  write(): string {
    this.blocks.push(formatAnnotation(['penholder'], { lang: this.lang, organ: this.doc.attrs.organ }))
    const operatives = this.numbering.operativeCount
    let operative = 0
    forEachBlock(this.doc, (child, pos) => {
      if (this.compilation && (child.type.name === 'preambular' || child.type.name === 'operative')) {
        this.compiledClause(child, pos, (block) => this.block(block))
        return
      }
      switch (child.type.name) {
        case 'header':
          this.header(child)
          if (this.compilation) this.blocks.push(compilationLegend(this.compilation))
          break
        case 'title':
          this.title(child)
          break
        case 'formula':
          this.formula(child)
          break
        case 'preambular':
        case 'operative':
          if (child.type.name === 'operative') operative++
          this.clause(child, operatives > 1 && child.type.name === 'operative' ? operative : 0)
          break
        case 'closing':
          this.closing(child)
          break
        case 'annex':
          this.annex(child, pos)
          break
      }
    })
    return `${this.blocks.join('\n\n')}\n`
  }

  /**
   * An annex: its label as a level 2 heading ("## Annex II"), its title as a level 3 heading, its section
   * headings at levels 4 and 5 with their numbers ("#### I. Our shared commitment"), its paragraphs with their
   * numbers and labels, other paragraphs as they are. The reader takes the numbers off again: they are computed.
   */
  private annex(annex: Node, pos: number): void {
    const info = this.numbering.annexes.find((a) => a.pos === pos)
    this.block(`## ${info?.label ?? ''}`.trimEnd())
    this.previous = null
    annex.forEach((child, offset) => {
      const at = pos + 1 + offset
      const label = this.numbering.annexLabels.get(at) ?? ''
      const content = this.inline(
        child.type.name === 'annex_paragraph' ? child.firstChild! : child,
        'emphasis',
      )
      switch (child.type.name) {
        case 'annex_title':
          this.block(`### ${content}`.trimEnd())
          break
        case 'annex_heading':
          this.block(`${child.attrs.level === 2 ? '#####' : '####'} ${label} ${content}`.trimEnd())
          break
        case 'annex_paragraph': {
          this.block(this.stated([], this.keysOf(child), `${label}${content ? ` ${content}` : ''}`))
          const state: SubState = { depth: new SubparagraphDepth(this.lang, 1), open: 0 }
          this.children(child, 0, state, (block) => this.block(block))
          break
        }
        default:
          this.block(
            content === '' || startsWithMarker(content)
              ? formatAnnotation(['para']) + (content ? `\n${content}` : '')
              : escapeStart(content),
          )
      }
    })
  }

  /** Adds a block and the definitions of the footnotes it cites. */
  private block(text: string): void {
    this.blocks.push(text)
    for (const note of this.notes) {
      this.noteNumber++
      const content = this.inline(note, 'emphasis')
      this.blocks.push(content ? `<sup>${this.noteNumber}</sup> ${content}` : `<sup>${this.noteNumber}</sup>`)
    }
    this.notes = []
  }

  /** What an annotation must carry for a clause: its id if something points to it, its proposal if any. */
  private keysOf(node: Node): Record<string, string | null> {
    const id = node.attrs.id as string | null
    const proposal = node.attrs.proposal as string | null | undefined
    const bracketed = node.attrs.bracketed as string | null | undefined
    return {
      id: id && this.targets.has(id) ? id : null,
      proposal: proposal ? encodeURIComponent(proposal) : null,
      bracketed: bracketed ? encodeURIComponent(bracketed) : null,
    }
  }

  /**
   * What a clause's words open with, for a reader who sees the Markdown rendered: "[" of a paragraph in square
   * brackets, the label "[Alt 1]" of its first wording. Elements the importer skips: the annotation says it.
   */
  private opensWith(clause: Node): string {
    const bracket = clause.attrs.bracketed ? '<span class="bracketed">[</span>' : ''
    const alt = alternativesOf(clause).length
      ? `<span class="alt">[${escapeWords(this.standing.alternative(1))}] </span>`
      : ''
    return bracket + alt
  }

  /**
   * The alternative wordings of a clause as blocks after its first line, each annotated so that the importer
   * gives it back to the clause; the last takes the closing brackets of a paragraph whose first line is its
   * last (taken off that line).
   */
  private alternativeBlocks(clause: Node, emit: (block: string) => void, label = ''): void {
    const list = alternativesOf(clause)
    if (list.length === 0) return
    const first = clause.firstChild!
    const closers = clause.childCount === 1 ? this.closers.get(first) : undefined
    list.forEach((a, i) => {
      const words = `<span class="alt">[${escapeWords(this.standing.alternative(a.n))}] </span>${escapeWords(a.text.replace(/\s+/g, ' ').trim())}`
      const end = i === list.length - 1 && closers ? this.closingBrackets(closers) : ''
      if (this.compilation) {
        const by = a.by ? ` <sup>(${escapeWords(a.by)})</sup>` : ''
        emit(`${label ? `${label} ` : ''}${words}${by}${end}`)
      } else
        emit(
          `${formatAnnotation(['alternative'], { by: a.by ? encodeURIComponent(a.by) : null })}\n${words}${end}`,
        )
    })
  }

  /** The closing square brackets of paragraphs, with who asked for them in a compilation. */
  private closingBrackets(by: readonly string[]): string {
    const named = (name: string) => (this.compilation ? `<sup>(${escapeWords(name)})</sup>` : '')
    return by.map((name) => `<span class="bracketed">]</span>${named(name)}`).join('')
  }

  private header(header: Node): void {
    let prev: PreviousField | null = null
    let group: string[] = []
    const flush = () => {
      if (group.length) this.block(group.join('  \n'))
      group = []
    }
    header.forEach((field) => {
      const name = field.attrs.name as HeaderField
      const plain = plainOf(field)
      const level = name === 'organ' ? 1 : name === 'adoption' ? 2 : 0
      // A heading is a block of its own: the notes the lines before it cite come before it.
      if (level && field.childCount > 0) flush()
      const content = this.inline(field, 'emphasis')
      if (level && content && !startsWithMarker(content)) {
        const read = classifyHeaderLine(plain) ?? (level === 1 ? 'organ' : 'adoption')
        this.block(`${'#'.repeat(level)} ${content}${read === name ? '' : ` ${formatAnnotation([name])}`}`)
      } else {
        const reading = readHeaderLine(plain, prev, group.length === 0)
        const plainly =
          content !== '' && !startsWithMarker(content) && reading.kind === 'field' && reading.name === name
        const line = content ? escapeStart(content) : ''
        group.push(plainly ? line : `${line}${line ? ' ' : ''}${formatAnnotation([name])}`)
      }
      prev = { name, text: plain }
    })
    flush()
  }

  private title(title: Node): void {
    const content = this.inline(title, 'emphasis')
    const number = title.attrs.number as string | null
    const line = number ? titleLineFor(number, content, this.lang) : content
    const parsed = parseTitleLine(line)
    const plainly = number ? parsed?.number === number && parsed.rest === content : parsed === null
    const shown = plainly ? line : content
    const heading = shown ? `### ${shown}` : '###'
    this.block(plainly ? heading : `${formatAnnotation(['title'], { number })}\n${heading}`)
  }

  private formula(formula: Node): void {
    const content = this.inline(formula, 'print')
    let text = false
    formula.forEach((child) => {
      if (child.isText) text = true
    })
    this.block(text ? `*${content}*` : `${formatAnnotation(['formula'])}${content ? `\n${content}` : ''}`)
  }

  private closing(closing: Node): void {
    const lines: string[] = []
    const plains: string[] = []
    closing.forEach((para, _, i) => {
      const content = this.inline(para, 'print')
      lines.push(content === '' ? '<!-- -->' : i > 0 ? escapeStart(content) : content)
      plains.push(plainOf(para))
    })
    const reading = readUnmarkedBlock(plains, this.previous, this.clauseSeen, this.operativeSeen, this.lang)
    const body = `*${lines.join('  \n')}*`
    this.block(reading === 'closing' ? body : `${formatAnnotation(['closing'])}\n${body}`)
  }

  /** A preambular or operative paragraph (`number` 0 where it is written without one) and what it holds. */
  private clause(clause: Node, number: number): void {
    const kind = clause.type.name as 'preambular' | 'operative'
    const para = clause.firstChild!
    const content = this.inline(para, 'clause', alternativesOf(clause).length > 0)
    const plain = plainOf(para)
    const keys = this.keysOf(clause)
    const pre = this.opensWith(clause)
    const numbered = (n: number) =>
      `${operativeLabel(this.lang, n)}${content || pre ? ` ${pre}${content}` : ''}`
    let text: string
    if (number > 0) text = this.stated([], keys, numbered(number))
    else {
      const reading = readUnmarkedBlock(
        [plain],
        this.previous,
        this.clauseSeen,
        this.operativeSeen,
        this.lang,
      )
      const misread = reading !== kind || content === '' || startsWithMarker(content)
      if (misread && kind === 'operative') {
        text = this.stated([], keys, numbered(1))
      } else text = this.stated(misread ? [kind] : [], keys, pre + escapeStart(content))
    }
    this.block(text)
    this.alternativeBlocks(clause, (block) => this.block(block))
    this.clauseSeen = true
    if (kind === 'operative') this.operativeSeen = true
    this.previous = plain
    const state: SubState = { depth: new SubparagraphDepth(this.lang, 1), open: 0 }
    this.children(clause, 0, state, (block) => this.block(block))
  }

  /**
   * A clause of a compilation text and what it holds: its label in bold for a paragraph, as printed for a
   * sub-paragraph, then its note; quoted text as `>` lines.
   */
  private compiledClause(clause: Node, pos: number, emit: (block: string) => void): void {
    const c = this.compilation!
    const top = clause.type.name !== 'subparagraph'
    const label = escapeWords(c.labels.get(pos) ?? '')
    const note = c.notes.get(pos)
    const status = c.status(pos)?.text
    const shownLabel = top ? `**${label}**` : label
    const head = [
      shownLabel,
      status ? `*\\[${escapeWords(status)}\\]*` : '',
      note ? `*\\[${escapeWords(note)}\\]*` : '',
    ].filter(Boolean)
    const pre = this.opensWith(clause)
    if (c.collapsed.has(pos)) {
      emit(head.join(' '))
      return
    }
    clause.forEach((child, offset) => {
      const at = pos + 1 + offset
      if (child.type.name === 'para') {
        const content = this.inline(
          child,
          top ? 'clause' : 'emphasis',
          offset === 0 && alternativesOf(clause).length > 0,
        )
        emit([...head, offset === 0 ? pre + content : content].filter(Boolean).join(' '))
        if (offset === 0) this.alternativeBlocks(clause, emit, shownLabel)
      } else if (child.type.name === 'subparagraph') this.compiledClause(child, at, emit)
      else {
        const lines: string[] = []
        child.forEach((item, itemOffset) => {
          if (item.type.name === 'para') lines.push(this.inline(item, 'emphasis'))
          else this.compiledClause(item, at + 1 + itemOffset, (block) => lines.push(block))
        })
        emit(
          lines
            .join('\n\n')
            .split('\n')
            .map((l) => (l ? `> ${l}` : '>'))
            .join('\n'),
        )
      }
    })
  }

  /** A block with its annotation above it, when it needs one. */
  private stated(words: string[], keys: Record<string, string | null>, text: string): string {
    if (!words.length && Object.values(keys).every((v) => v === null)) return text
    const note = formatAnnotation(words, keys)
    return text ? `${note}\n${text}` : note
  }

  /**
   * The sub-paragraphs and quotations of a clause at `depth`, each written with `emit`; `state` follows what
   * the reader will infer, so that a depth or owner it would get wrong is stated.
   */
  private children(clause: Node, depth: number, state: SubState, emit: (block: string) => void): void {
    let n = 0
    clause.forEach((child, _, index) => {
      if (index === 0) return
      if (child.type.name === 'subparagraph') {
        n++
        this.subparagraph(child, depth + 1, n, state, emit)
      } else {
        const stated = state.open === depth ? null : String(depth)
        const lines = this.quotation(child, depth)
        const body = lines.map((l) => (l ? `> ${l}` : '>')).join('\n')
        emit(stated === null ? body : `${formatAnnotation(['quotation'], { owner: stated })}\n${body}`)
        state.depth.keep(depth + 1)
        state.open = depth
        this.previous = null
      }
    })
  }

  private subparagraph(
    sub: Node,
    depth: number,
    n: number,
    state: SubState,
    emit: (block: string) => void,
  ): void {
    const label = subparagraphLabel(this.lang, depth, n)
    const para = sub.firstChild!
    const content = this.inline(para, 'emphasis', alternativesOf(sub).length > 0)
    const pre = this.opensWith(sub)
    let words: string[] = []
    const keys: Record<string, string | null> = { depth: null, ...this.keysOf(sub) }
    if (state.depth.peek(label) === depth) state.depth.place(label)
    else {
      state.depth.force(depth, label)
      words = ['subparagraph']
      keys.depth = String(depth)
    }
    const text = `${label}${content || pre ? ` ${pre}${content}` : ''}`
    const annotated = words.length > 0 || Object.values(keys).some((v) => v !== null)
    emit(annotated ? `${formatAnnotation(words, keys)}\n${text}` : text)
    this.alternativeBlocks(sub, emit)
    state.open = depth
    this.previous = plainOf(para)
    this.children(sub, depth, state, emit)
  }

  /** The lines of a quotation owned by a clause at `owner` (without their "> "), blank lines between items. */
  private quotation(quote: Node, owner: number): string[] {
    const blocks: string[] = []
    const state: SubState = { depth: new SubparagraphDepth(this.lang, owner + 1), open: owner }
    let n = 0
    quote.forEach((item) => {
      if (item.type.name === 'para') {
        const content = this.inline(item, 'emphasis')
        blocks.push(
          content === '' || startsWithMarker(content)
            ? `${formatAnnotation(['para'])}${content ? `\n${content}` : ''}`
            : escapeStart(content),
        )
        state.depth.keep(owner + 1)
        state.open = owner
      } else {
        n++
        this.subparagraph(item, owner + 1, n, state, (block) => blocks.push(block))
      }
    })
    return blocks.join('\n\n').split('\n')
  }

  /**
   * Inline content as Markdown. `meaning` is how the reader will take `*` italics there: the opening phrase at
   * the start of a clause's paragraph, emphasis elsewhere, and nothing in the formula and closing lines, which
   * are italic as a whole (emphasis is then written `<em>`). Footnotes are numbered in document order and kept
   * for the definitions after the block.
   */
  private inline(block: Node, meaning: Meaning, alternativesFollow = false): string {
    let out = ''
    let star = false
    let emTag = false
    let sup = false
    let changes: Mark[] = []
    // Whether everything written so far is in `*` italics: the reader takes such a start for the opening phrase.
    let italicStart = true
    let lastSpace = true

    const setChanges = (wanted: readonly Mark[]) => {
      let keep = 0
      while (keep < changes.length && keep < wanted.length && changes[keep]!.eq(wanted[keep]!)) keep++
      for (let i = changes.length - 1; i >= keep; i--) {
        const m = changes[i]!
        if (m.type.name === 'bracket') {
          out += `]</span>${this.compilation ? `<sup>(${escapeWords(m.attrs.by)})</sup>` : ''}`
        } else out += m.type.name === 'insertion' ? '</ins>' : '</del>'
      }
      for (let i = keep; i < wanted.length; i++) {
        const m = wanted[i]!
        if (m.type.name === 'bracket') {
          out += `<span data-bracket="${attr(m.attrs.id)}" data-by="${attr(m.attrs.by)}">[`
          continue
        }
        const tag = m.type.name === 'insertion' ? 'ins' : 'del'
        out += `<${tag} data-amendment="${attr(m.attrs.amendment)}" data-delegation="${attr(m.attrs.delegation)}">`
      }
      changes = [...wanted]
    }
    const closeInline = () => {
      if (sup) out += '</sup>'
      if (emTag) out += '</em>'
      if (star && meaning !== 'print') out += '*'
      sup = emTag = false
      if (meaning !== 'print') star = false
    }
    const text = (value: string) => {
      for (let k = 0; k < value.length; k++) {
        const c = value[k]!
        const code = c.charCodeAt(0)
        if (c === ' ') {
          out += lastSpace ? '&#32;' : ' '
          lastSpace = true
          continue
        }
        lastSpace = false
        if (c === '\\' || c === '*' || c === '<') out += `\\${c}`
        else if (c === '&' && ENTITY_AHEAD.test(value.slice(k, k + 40))) out += '\\&'
        else if ((c === '[' && value[k + 1] === '^') || (c === ']' && value[k + 1] === '(')) out += `\\${c}`
        else if (code < 32 || code === 127 || code === 0x2028 || code === 0x2029) out += `&#${code};`
        else out += c
      }
    }

    const writeItem = (item: Item) => {
      if (item.kind === 'text') {
        const has = (name: string) => item.marks.some((m) => m.type.name === name)
        const opening = has('opening')
        const em = has('em')
        let wantStar = star
        let wantEm = false
        if (meaning === 'print') wantEm = em || opening
        else if (meaning === 'emphasis') wantStar = em || opening
        else {
          wantEm = em && (opening || italicStart)
          wantStar = opening || (em && !wantEm)
        }
        const wantSup = has('sup')
        const wantChanges = outerMarks(item.marks)
        if (sup && !wantSup) out += '</sup>'
        if (emTag && !wantEm) out += '</em>'
        if (meaning !== 'print' && star && !wantStar) out += '*'
        if (sup && !wantSup) sup = false
        if (emTag && !wantEm) emTag = false
        if (meaning !== 'print' && star && !wantStar) star = false
        const changed =
          wantChanges.length !== changes.length || wantChanges.some((m, i) => !m.eq(changes[i]!))
        if (changed) {
          closeInline()
          setChanges(wantChanges)
        }
        if (meaning !== 'print' && !star && wantStar) {
          out += '*'
          star = true
        }
        if (!emTag && wantEm) {
          out += '<em>'
          emTag = true
        }
        let value = item.text
        if (!sup && wantSup) {
          out += '<sup>'
          sup = true
          if (DIGIT.test(value[0]!)) {
            out += `&#${value.charCodeAt(0)};`
            lastSpace = false
            value = value.slice(1)
          }
        }
        text(value)
        if (meaning === 'clause' && !star) italicStart = false
        return
      }
      const node = item.node
      const wantChanges = outerMarks(node.marks)
      if (sup) {
        out += '</sup>'
        sup = false
      }
      if (wantChanges.length !== changes.length || wantChanges.some((m, i) => !m.eq(changes[i]!))) {
        closeInline()
        setChanges(wantChanges)
      }
      if (meaning === 'clause' && !star) italicStart = false
      lastSpace = false
      if (node.type.name === 'footnote') {
        this.notes.push(node)
        out += `<sup>${this.noteNumber + this.notes.length}</sup>`
      } else if (node.type.name === 'xref') {
        const target = node.attrs.target as string
        const printed = this.compilation?.reference(target) ?? referenceText(target, this.numbering)
        const shown = printed.replace(/[\\*<&[\]]/g, (c) => `\\${c}`)
        out += `[${shown}](#ref:${encodeTarget(target)})`
      } else out += '<br>'
    }

    // A compilation names who proposes a change after it, outside its marks, away from its last space.
    const credits = this.compilation ? creditsAfter(block) : null
    for (const item of mergeRuns(block)) {
      writeItem(item)
      const ids = credits?.get(item.last)
      if (!ids) continue
      closeInline()
      // The name stands inside square brackets around the change.
      setChanges(changes.filter((m) => m.type.name === 'bracket'))
      out += `<sup>[${escapeWords(this.compilation!.credit(ids))}]</sup>${lastSpace ? ' ' : ''}`
      lastSpace = false
    }
    closeInline()
    setChanges([])
    if (out.endsWith(' ')) out = `${out.slice(0, -1)}&#32;`
    const closers = alternativesFollow ? undefined : this.closers.get(block)
    return closers ? out + this.closingBrackets(closers) : out
  }
}

/** The block that opens a compilation text: samples of its marks, and how its paragraphs are numbered. */
function compilationLegend({ words, standing, standingShown }: Compilation): string {
  return [
    `**${escapeWords(words.heading)}**${escapeWords(words.colon)}<ins>${escapeWords(words.inserted)}</ins> `,
    `<del>${escapeWords(words.deleted)}</del> <sup>[${escapeWords(words.proposer)}]</sup>`,
    `${escapeWords(words.separator)}${escapeWords(words.numbering)}`,
    standingShown ? `${escapeWords(words.separator)}${escapeWords(standing.legend)}` : '',
    escapeWords(words.stop),
  ].join('')
}
