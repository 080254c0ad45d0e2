import type { Mark, Node } from 'prosemirror-model'
import { schema } from '../../../schema/index.ts'
import type { XmlElement, XmlNode } from '../xml/parse.ts'
import { ABBREVIATIONS, stableIdIn } from './eids.ts'
import { type AknReadContext, phAttr, referredName, warn } from './read-context.ts'
import { AKN_NS, INLINE_NAMES, SHOWN_ONLY } from './vocabulary.ts'

const { marks: M, nodes: N } = schema

/** The marks an element adds to the text inside it; null for an element that adds none. */
function marksOf(element: XmlElement, rc: AknReadContext): Mark[] | null {
  switch (element.local) {
    case 'i':
      return [M.em.create()]
    case 'sup':
      return [M.sup.create()]
    case 'span':
      // The AKN4UN files of the Secretariat set italics as a class of a span.
      return /\bitalic\b/.test(element.attrs.class ?? '') ? [M.em.create()] : null
    case 'inline':
      if (element.attrs.name === INLINE_NAMES.bracket) return bracketOf(element, rc)
      return element.attrs.name === INLINE_NAMES.opening ? [M.opening.create()] : null
    case 'ins':
    case 'del': {
      const delegation = referredName(rc, element.attrs.refersTo)
      let amendment = phAttr(element, 'amendment')
      if (!amendment) {
        // Another tool's change: one amendment per proposer, so that accepting it takes all its changes.
        amendment = `akn-${(delegation ?? 'unattributed').replace(/[^\p{L}\p{N}]+/gu, '-')}`
        warn(
          rc,
          element,
          `<${element.local}> without a Penholder amendment id: read as a proposal '${amendment}'`,
        )
      }
      const type = element.local === 'ins' ? M.insertion : M.deletion
      return [type.create({ amendment, delegation: delegation ?? '' })]
    }
    default:
      return null
  }
}

/** The square brackets Penholder wrote around words: who asked for them (`refersTo`) and their id. */
function bracketOf(element: XmlElement, rc: AknReadContext): Mark[] | null {
  const by = referredName(rc, element.attrs.refersTo)
  const id = phAttr(element, 'bracket')
  if (!by || !id || !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(id)) {
    warn(rc, element, 'square brackets without the delegation that asked for them: read as words')
    return null
  }
  return [M.bracket.create({ by, id })]
}

/** An element's children without the "[" and "]" written at its ends (the bracket mark stands for them). */
function withoutBrackets(children: XmlNode[]): XmlNode[] {
  const out = [...children]
  const first = out[0]
  if (typeof first === 'string' && first.startsWith('[')) out[0] = first.slice(1)
  const last = out[out.length - 1]
  if (typeof last === 'string' && last.endsWith(']')) out[out.length - 1] = last.slice(0, -1)
  return out
}

/** The text of an element, in a file of another tool with its runs of white space as one space. */
const prose = (text: string, rc: AknReadContext) => (rc.penholder ? text : text.replace(/[ \t\r\n]+/g, ' '))

/**
 * The inline content of an AKN block (`p`, `docTitle`, `inline` …) as ProseMirror inline nodes: text with the
 * marks of the elements around it (`i`, `sup`, the opening phrase, `ins`/`del` as proposals of the delegation
 * their `refersTo` names), `authorialNote` as a footnote, a `ref` Penholder wrote as a cross-reference (another's
 * as its words), `eol` as a line break. Other elements (`docNumber`, `docProponent`, `span` …) stand for their
 * content. In another tool's file the white space at the block's ends is dropped.
 */
export function readInline(element: XmlElement, rc: AknReadContext, inherited: readonly Mark[] = []): Node[] {
  const out: Node[] = []
  const walk = (children: XmlNode[], marks: readonly Mark[]) => {
    for (const child of children) {
      if (typeof child === 'string') {
        const text = prose(child, rc)
        if (text) out.push(schema.text(text, marks))
        continue
      }
      if (child.uri !== AKN_NS) {
        warn(rc, child, `<${child.local}> of another namespace: its text is kept`)
        walk(child.children, marks)
        continue
      }
      switch (child.local) {
        case 'authorialNote':
          out.push(footnote(child, rc, marks))
          continue
        case 'eol':
        case 'br':
          out.push(N.hard_break.create(null, null, marks))
          continue
        case 'ref': {
          // Penholder's cross-references name their clause; another tool's references keep their words.
          const target = rc.penholder ? phAttr(child, 'target') : undefined
          if (target) out.push(N.xref.create({ target }, null, marks))
          else walk(child.children, marks)
          continue
        }
        case 'noteRef':
        case 'img':
          warn(rc, child, `<${child.local}> is not read: a draft has no place for it`)
          continue
      }
      // What the writer shows for the eye only (a paragraph's brackets, "[Alt 1]", a status) is in attributes.
      if (child.local === 'inline' && SHOWN_ONLY.includes(child.attrs.name ?? '')) continue
      let inner = marks
      const added = marksOf(child, rc) ?? []
      for (const mark of added) inner = mark.addToSet(inner)
      const bracketed = added.some((m) => m.type === M.bracket)
      walk(bracketed ? withoutBrackets(child.children) : child.children, inner)
    }
  }
  walk(element.children, inherited)
  return rc.penholder ? out : trimEnds(out)
}

/** A footnote from an `authorialNote`: its paragraphs' words (italics and superscripts kept), its id from its eId. */
function footnote(note: XmlElement, rc: AknReadContext, marks: readonly Mark[]): Node {
  const parts: Node[] = []
  let first = true
  for (const child of note.children) {
    if (typeof child === 'string') {
      if (child.trim()) parts.push(...plainNote(readInline({ ...note, children: [child] }, rc)))
      continue
    }
    if (!first) parts.push(schema.text(' '))
    first = false
    parts.push(...plainNote(readInline(child, rc)))
  }
  const id = stableIdIn(note.attrs.eId, ABBREVIATIONS.note)
  return N.footnote.create({ id }, parts.length ? parts : null, marks)
}

/** Inline nodes as a footnote may hold them: text with italics and superscripts only. */
function plainNote(nodes: readonly Node[]): Node[] {
  const out: Node[] = []
  for (const node of nodes) {
    if (node.isText)
      out.push(
        schema.text(
          node.text!,
          node.marks.filter((m) => m.type === M.em || m.type === M.sup),
        ),
      )
    else if (node.type === N.footnote) out.push(...plainNote(node.content.content))
    else out.push(schema.text(' '))
  }
  return out
}

/** Inline nodes without white space at their start and end. */
function trimEnds(nodes: Node[]): Node[] {
  const first = nodes[0]
  if (first?.isText) {
    const text = first.text!.replace(/^ +/, '')
    if (text) nodes[0] = schema.text(text, first.marks)
    else nodes.shift()
  }
  const last = nodes[nodes.length - 1]
  if (last?.isText) {
    const text = last.text!.replace(/ +$/, '')
    if (text) nodes[nodes.length - 1] = schema.text(text, last.marks)
    else nodes.pop()
  }
  return nodes
}
