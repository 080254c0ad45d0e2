import type { StyledRole } from '../../../schema/index.ts'
import type { XmlElement } from '../xml/parse.ts'
import { onOff, wAttr, wChild, wChildren, wVal } from './read-wordml.ts'

/** The run properties that carry meaning in a draft; undefined where a level of styles leaves them as they are. */
export interface RunFormat {
  italic?: boolean
  sup?: boolean
  /** Hidden text (w:vanish), which Word does not show or print. */
  hidden?: boolean
}

/** A paragraph's list: the numbering instance and the level (0 to 8). */
export interface NumberingRef {
  numId: string
  ilvl: number
}

/** What a paragraph style gives its paragraphs: a role, run properties, and a list. */
export interface ParagraphStyle {
  role: StyledRole
  run: RunFormat
  numbering: NumberingRef | null
}

/**
 * The run properties an `w:rPr` sets. Italics of complex scripts (Arabic) count where Latin ones are not set;
 * text raised and made smaller (how LibreOffice writes the superscript of a web page) counts as superscript.
 */
export function runFormat(rPr: XmlElement | null): RunFormat {
  const align = wVal(rPr, 'vertAlign')
  const raised = Number(wVal(rPr, 'position') ?? 0) > 0 && wChild(rPr, 'sz') !== null
  return {
    italic: onOff(wChild(rPr, 'i')) ?? onOff(wChild(rPr, 'iCs')),
    sup: align === undefined ? (raised ? true : undefined) : align === 'superscript',
    hidden: onOff(wChild(rPr, 'vanish')),
  }
}

/** Run properties `over` laid on `base`: what `over` sets wins. */
export function mergeFormat(base: RunFormat, over: RunFormat): RunFormat {
  return {
    italic: over.italic ?? base.italic,
    sup: over.sup ?? base.sup,
    hidden: over.hidden ?? base.hidden,
  }
}

/** The list a `w:pPr` names (`w:numId` 0 takes away the list of the style); undefined where it names none. */
export function numberingOf(pPr: XmlElement | null): NumberingRef | null | undefined {
  const numPr = wChild(pPr, 'numPr')
  if (!numPr) return undefined
  const numId = wVal(numPr, 'numId')
  if (numId === undefined) return undefined
  if (numId === '0') return null
  return { numId, ilvl: Math.min(8, Math.max(0, Number(wVal(numPr, 'ilvl') ?? 0) || 0)) }
}

const HEADING_NAME = /^(?:heading|title|subtitle)\b/i
const QUOTE_NAME = /quot/i
// Word's outline levels 0-8 make a paragraph a heading; 9 is body text.
const isOutline = (pPr: XmlElement | null) => {
  const level = wVal(pPr, 'outlineLvl')
  return level !== undefined && Number(level) < 9
}

/**
 * The styles of a Word file (word/styles.xml), resolved through their `w:basedOn` chains: run properties of
 * the document defaults, of paragraph styles and of character styles; what a paragraph style says its
 * paragraphs are (a heading or title, by name or outline level; quoted text, by a name such as "Quote" or
 * LibreOffice's "Quotations"); the list a paragraph or numbering style carries.
 */
export class WordStyles {
  /** The run properties of the document defaults. */
  readonly defaults: RunFormat
  private readonly byId = new Map<string, XmlElement>()
  private readonly defaultParagraph: string | undefined
  private readonly paragraphs = new Map<string, ParagraphStyle>()
  private readonly characters = new Map<string, RunFormat>()

  constructor(styles: XmlElement | null) {
    const defaults = wChild(wChild(wChild(styles, 'docDefaults'), 'rPrDefault'), 'rPr')
    this.defaults = runFormat(defaults)
    let defaultParagraph: string | undefined
    for (const style of wChildren(styles, 'style')) {
      const id = wAttr(style, 'styleId')
      if (id === undefined || this.byId.has(id)) continue
      this.byId.set(id, style)
      const isDefault = /^(?:1|true|on)$/.test(wAttr(style, 'default') ?? '')
      if (isDefault && wAttr(style, 'type') === 'paragraph' && !defaultParagraph) defaultParagraph = id
    }
    this.defaultParagraph = defaultParagraph
  }

  /** A style and the styles it is based on, nearest first (a loop in the chain is cut). */
  private chain(id: string | undefined): XmlElement[] {
    const out: XmlElement[] = []
    const seen = new Set<string>()
    while (id !== undefined && !seen.has(id) && out.length < 32) {
      seen.add(id)
      const style = this.byId.get(id)
      if (!style) break
      out.push(style)
      id = wVal(style, 'basedOn')
    }
    return out
  }

  /** What a paragraph style (the default one when none is named) gives its paragraphs. */
  paragraph(id: string | undefined): ParagraphStyle {
    const key = id ?? this.defaultParagraph ?? ''
    let style = this.paragraphs.get(key)
    if (style) return style
    const chain = this.chain(key)
    let run: RunFormat = {}
    let numbering: NumberingRef | null | undefined
    let role: StyledRole = null
    for (const s of chain) {
      run = mergeFormat(runFormat(wChild(s, 'rPr')), run)
      if (numbering === undefined) numbering = numberingOf(wChild(s, 'pPr'))
      const name = wVal(s, 'name') ?? ''
      if (!role && QUOTE_NAME.test(name)) role = 'quote'
      else if (!role && (HEADING_NAME.test(name) || isOutline(wChild(s, 'pPr')))) role = 'heading'
    }
    style = { role, run, numbering: numbering ?? null }
    this.paragraphs.set(key, style)
    return style
  }

  /** The run properties of a character style. */
  character(id: string | undefined): RunFormat {
    if (id === undefined) return {}
    let format = this.characters.get(id)
    if (format) return format
    format = {}
    for (const s of this.chain(id)) format = mergeFormat(runFormat(wChild(s, 'rPr')), format)
    this.characters.set(id, format)
    return format
  }

  /** The list a numbering style names (for abstract numberings linked to a style), or null. */
  numberingStyle(id: string): NumberingRef | null {
    for (const s of this.chain(id)) {
      const numbering = numberingOf(wChild(s, 'pPr'))
      if (numbering !== undefined) return numbering
    }
    return null
  }
}
