import { SaxesParser } from 'saxes'

/** One element of a parsed XML document: its namespace and local name, attributes, and children in order. */
export interface XmlElement {
  /** The namespace URI ('' for none). */
  uri: string
  /** The local name, without prefix. */
  local: string
  /** The attributes by qualified name as written ("w:val", "eId"), values unescaped. */
  attrs: Record<string, string>
  /** Attributes by namespace URI and local name: `${uri}|${local}` ("|eId" for one without namespace). */
  nsAttrs: Record<string, string>
  children: XmlNode[]
  /** The line (from 1) on which the element starts, for error messages. */
  line: number
}

/** A child of an element: an element, or a run of character data (text and CDATA, entities resolved). */
export type XmlNode = XmlElement | string

/** Limits on what a parse may build, so that a crafted file cannot take the server's memory. */
export interface XmlLimits {
  /** Elements in all (default 2,000,000). */
  maxElements?: number
  /** Nesting depth (default 256). */
  maxDepth?: number
}

/** Raised for a document that is not well-formed XML, has a DTD, or exceeds the limits: says what and where. */
export class XmlError extends RangeError {
  override name = 'XmlError'
}

/**
 * Parses an XML document into a tree of {@link XmlElement}s, with namespaces resolved. Refuses, with an
 * {@link XmlError} naming the line: a document type declaration (so no external entity is ever read and no
 * entity expands: XXE and "billion laughs" stop at the `<!DOCTYPE`), a reference to any entity other than the
 * five of XML itself, and a tree over the limits. `where` names the file in messages ("word/document.xml").
 */
export function parseXml(text: string, where: string, limits: XmlLimits = {}): XmlElement {
  const maxElements = limits.maxElements ?? 2_000_000
  const maxDepth = limits.maxDepth ?? 256
  const parser = new SaxesParser({ xmlns: true, position: true })
  const fail = (message: string): never => {
    throw new XmlError(`${where}, line ${parser.line}: ${message}`)
  }
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  let count = 0
  parser.on('doctype', () =>
    fail('a document type declaration (<!DOCTYPE>) is not accepted: it could pull in other files'),
  )
  parser.on('opentag', (tag) => {
    if (++count > maxElements) fail(`more than ${maxElements} elements`)
    if (stack.length >= maxDepth) fail(`elements nested deeper than ${maxDepth}`)
    const attrs: Record<string, string> = {}
    const nsAttrs: Record<string, string> = {}
    for (const attr of Object.values(tag.attributes)) {
      attrs[attr.name] = attr.value
      nsAttrs[`${attr.uri}|${attr.local}`] = attr.value
    }
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attrs,
      nsAttrs,
      children: [],
      line: parser.line,
    }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(element)
    else root = element
    stack.push(element)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const addText = (data: string) => {
    const parent = stack[stack.length - 1]
    if (!parent) return
    const last = parent.children[parent.children.length - 1]
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + data
    else parent.children.push(data)
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  // saxes writes "LINE:COLUMN: message"; the line is said by `fail`.
  parser.on('error', (e) =>
    fail(`not well-formed XML: ${e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')}`),
  )
  parser.write(text).close()
  if (!root) throw new XmlError(`${where}: no root element`)
  return root
}

/** The child elements of an element, optionally only those of a namespace and local name. */
export function childElements(element: XmlElement, uri?: string, local?: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const child of element.children) {
    if (typeof child === 'string') continue
    if (uri !== undefined && child.uri !== uri) continue
    if (local !== undefined && child.local !== local) continue
    out.push(child)
  }
  return out
}

/** The first child element of a namespace and local name, or null. */
export function firstChild(element: XmlElement, uri: string, local: string): XmlElement | null {
  for (const child of element.children) {
    if (typeof child !== 'string' && child.uri === uri && child.local === local) return child
  }
  return null
}

/** The text of an element and its descendants, in document order. */
export function textContent(element: XmlElement): string {
  let out = ''
  for (const child of element.children) out += typeof child === 'string' ? child : textContent(child)
  return out
}
