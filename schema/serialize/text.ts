import type { Mark, Node } from 'prosemirror-model'
import { forEachBlock } from '../blocks.ts'
import { isLang } from '../lang.ts'
import { numberDocument } from '../numbering.ts'
import type { HeaderField } from '../schema.ts'
import { alternativesOf, paragraphBrackets } from '../standing/layout.ts'
import { STANDING_WORDS } from '../standing/words.ts'
import type { Compilation } from './compilation.ts'
import { type InlineWriter, writeInline } from './inline.ts'
import { referenceText } from './reference.ts'
import { titleLine } from './title.ts'

// Header lines the UN prints together; a blank line separates one group from the next.
const HEADER_GROUP: Record<HeaderField, number> = {
  organ: 0,
  symbol: 0,
  distribution: 1,
  date: 1,
  original: 1,
  session: 2,
  agenda: 2,
  agendaTitle: 2,
  sponsors: 3,
  adoption: 4,
  basis: 4,
}

// Indentation added for each level of sub-paragraph and for quoted text.
const STEP = '    '

// The short rule the UN prints above the footnotes.
const NOTES_RULE = '__________'

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** A footnote number in superscript digits ("12" → "¹²"). */
function superscript(n: number): string {
  let out = ''
  for (const digit of String(n)) out += SUPERSCRIPT_DIGITS[Number(digit)]
  return out
}

// Pending proposals in wdiff's notation, the plain-text convention for changes within a line.
const CHANGE_OPEN: Partial<Record<string, string>> = { insertion: '{+', deletion: '[-' }
const CHANGE_CLOSE: Partial<Record<string, string>> = { insertion: '+}', deletion: '-]' }

/** Options of {@link toText}. */
export interface TextOptions {
  /** Write `compilation.doc` as a compilation text (see `compile`): labels, notes and who proposes what. */
  compilation?: Compilation
}

/**
 * The resolution as plain text, laid out as the UN prints it: the header lines in groups, the title line
 * ("71/194. Title"), the authoring formula, each paragraph as one block separated by blank lines, operative
 * paragraphs with their numbers ("1. ", Arabic "1 - "), sub-paragraphs with their labels indented by depth,
 * the closing lines, then a short rule and the footnotes ("1 A/CONF.157/24 (Part I), chap. III.").
 *
 * Choices, for whoever reads the output:
 * - No hard wrapping: each paragraph is one line, so that it pastes into Word, e-mail or a chat as one
 *   paragraph, and so that Arabic and Chinese (whose characters have no fixed width in a terminal) are not
 *   broken mid-phrase. Line breaks inside a paragraph continue under its text, after the number.
 * - Footnote markers are superscript digits right after the word ("droits de l'homme¹"), as in print. A plain
 *   digit ("homme1") is mistaken for part of a symbol ("resolution 70/1" + note 2 reads "70/12"), and "[1]"
 *   for the square brackets that mark text not yet agreed in a negotiation draft.
 * - Pending proposals are shown in wdiff's notation: "{+inserted words+}" and "[-deleted words-]"; a clean
 *   draft is the document after its proposals are accepted or rejected.
 * - Every number and label comes from `numberDocument`, so it matches the editor and every other export.
 * - A compilation text opens with a legend; each change is followed by who proposes it in square brackets
 *   ("[-promote-]{+promote and protect+} [Egypt]"), paragraphs carry their compilation labels ("PP2",
 *   "OP5 bis") and proposals on whole paragraphs a note in square brackets after the label.
 */
export function toText(doc: Node, options: TextOptions = {}): string {
  const compilation = options.compilation
  if (compilation && compilation.doc !== doc) {
    throw new RangeError('toText: the compilation was made for another document (pass compilation.doc)')
  }
  const numbering = numberDocument(doc)
  const noteNumber = new Map(numbering.footnotes.map((f) => [f.pos, f.number]))
  const standing = STANDING_WORDS[isLang(doc.attrs.lang) ? doc.attrs.lang : 'en']
  // Square brackets of whole paragraphs, by the textblock they stand in; a compilation names who asked for them.
  const brackets = paragraphBrackets(doc, (pos) => compilation?.collapsed.has(pos) ?? false)
  const asked = (by: string) => (compilation ? `(${by})` : '')
  // How many marks of each kind of change are open, and whether the last text written ended in a space.
  const depth = new Map<string, number>()
  let endsInSpace = false
  const opening = (mark: Mark) => {
    if (mark.type.name === 'bracket') return '['
    const open = depth.get(mark.type.name) ?? 0
    depth.set(mark.type.name, open + 1)
    return open > 0 ? '' : (CHANGE_OPEN[mark.type.name] ?? '')
  }
  const closing = (mark: Mark) => {
    if (mark.type.name === 'bracket') return `]${asked(mark.attrs.by)}`
    const open = (depth.get(mark.type.name) ?? 1) - 1
    depth.set(mark.type.name, open)
    return open > 0 ? '' : (CHANGE_CLOSE[mark.type.name] ?? '')
  }
  const writer: InlineWriter = {
    text: (text) => {
      if (text) endsInSpace = /\s$/.test(text)
      return text
    },
    // Several delegations' deletions of the same words make one "[-...-]"; the credits say whose they are.
    open: opening,
    close: closing,
    atom: (node, pos) => {
      switch (node.type.name) {
        case 'footnote':
          return superscript(noteNumber.get(pos)!)
        case 'xref':
          return compilation?.reference(node.attrs.target) ?? referenceText(node.attrs.target, numbering)
        case 'hard_break':
          return '\n'
        default:
          return ''
      }
    },
  }
  // The name stands after the change, on the side away from its last space: "{+also +}[Egypt] its".
  if (compilation) {
    writer.credit = (ids) => (endsInSpace ? `[${compilation.credit(ids)}] ` : ` [${compilation.credit(ids)}]`)
  }
  const inline = (block: Node, pos: number): string => {
    const out: string[] = []
    writeInline(block, pos + 1, writer, out)
    return out.join('')
  }

  const blocks: string[] = []
  const push = (block: string) => {
    if (block.trim() !== '') blocks.push(block)
  }

  // A paragraph's first line carries its label; its later lines hang under the text that follows the label.
  // `others` are lines written after the paragraph, inside its brackets: the alternative wordings of its words.
  const paragraph = (para: Node, pos: number, indent: string, label: string, others: string[] = []) => {
    const head = indent + (label ? `${label} ` : '')
    const ends = brackets.get(pos)
    const close = ends ? ends.close.map((by) => `]${asked(by)}`).join('') : ''
    const words = `${'['.repeat(ends?.open.length ?? 0)}${inline(para, pos)}${others.length ? '' : close}`
    push(head + words.replaceAll('\n', `\n${' '.repeat(head.length)}`))
    others.forEach((line, i) => {
      push(line + (i === others.length - 1 ? close : ''))
    })
  }

  const clause = (node: Node, pos: number, indent: string) => {
    const label = compilation ? (compilation.labels.get(pos) ?? '') : (numbering.byPos.get(pos)?.label ?? '')
    const note = compilation?.notes.get(pos)
    if (compilation?.collapsed.has(pos)) {
      push(`${indent}${label} [${note}]`)
      return
    }
    const status = compilation?.status(pos)?.text
    const alternatives = alternativesOf(node)
    const alt = (n: number) => `[${standing.alternative(n)}]`
    const head = [label, status && `[${status}]`, note && `[${note}]`, alternatives.length > 0 && alt(1)]
    // A compilation repeats the paragraph's label before each wording; a clean text lines them up under the first.
    const others = alternatives.map((a) => {
      const words = `${alt(a.n)} ${oneLine(a.text)}`
      if (compilation) return `${indent}${label} ${words}${a.by ? ` (${a.by})` : ''}`
      return `${indent}${' '.repeat(label ? label.length + 1 : 0)}${words}`
    })
    node.forEach((child, offset) => {
      const at = pos + 1 + offset
      if (child.type.name === 'para') paragraph(child, at, indent, head.filter(Boolean).join(' '), others)
      else if (child.type.name === 'subparagraph') clause(child, at, indent + STEP)
      else quotation(child, at, indent + STEP)
    })
  }

  // Quoted sub-paragraphs keep the quotation's margin, as they stand in the text they are quoted from.
  const quotation = (node: Node, pos: number, indent: string) => {
    node.forEach((child, offset) => {
      const at = pos + 1 + offset
      if (child.type.name === 'para') paragraph(child, at, indent, '')
      else clause(child, at, indent)
    })
  }

  const header = (node: Node, pos: number) => {
    let group: string[] = []
    let current = -1
    node.forEach((field, offset) => {
      const line = inline(field, pos + 1 + offset)
      if (line.trim() === '') return
      const g = HEADER_GROUP[field.attrs.name as HeaderField]
      if (g !== current && group.length > 0) {
        push(group.join('\n'))
        group = []
      }
      current = g
      group.push(line)
    })
    push(group.join('\n'))
  }

  forEachBlock(doc, (child, pos) => {
    switch (child.type.name) {
      case 'header':
        header(child, pos)
        if (compilation) push(legend(compilation))
        break
      case 'title':
        push(titleLine(child.attrs.number, inline(child, pos)))
        break
      case 'formula':
        push(inline(child, pos))
        break
      case 'preambular':
      case 'operative':
        clause(child, pos, '')
        break
      case 'closing': {
        const lines: string[] = []
        child.forEach((para, offset) => {
          lines.push(inline(para, pos + 1 + offset))
        })
        push(lines.join('\n'))
        break
      }
    }
  })

  if (numbering.footnotes.length > 0) {
    const notes = numbering.footnotes.map((f) => `${f.number} ${inline(f.node, f.pos)}`)
    blocks.push([NOTES_RULE, ...notes].join('\n'))
  }
  return `${blocks.join('\n\n')}\n`
}

/** Words typed into a field as one line: alternatives are shown in the paragraph's place. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The line that opens a compilation text: what the marks mean and how paragraphs are numbered. */
function legend({ words, standing, standingShown }: Compilation): string {
  const samples = `{+${words.inserted}+} [-${words.deleted}-] [${words.proposer}]`
  const brackets = standingShown ? `${words.separator}${standing.legend}` : ''
  return `${words.heading}${words.colon}${samples}${words.separator}${words.numbering}${brackets}${words.stop}`
}
