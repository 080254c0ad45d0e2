import type { XmlElement } from '../xml/parse.ts'

// WordprocessingML's namespace in transitional OOXML (what Word and LibreOffice write) and in strict OOXML.
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
])

/** Whether a node is a WordprocessingML element (of that local name, if given), whatever its prefix. */
export function isW(node: XmlElement | string, local?: string): node is XmlElement {
  return (
    typeof node !== 'string' && W_NAMESPACES.has(node.uri) && (local === undefined || node.local === local)
  )
}

/** The first WordprocessingML child of an element with that local name, or null. */
export function wChild(element: XmlElement | null, local: string): XmlElement | null {
  if (!element) return null
  for (const child of element.children) if (isW(child, local)) return child
  return null
}

/** The WordprocessingML children of an element, of one local name if given. */
export function wChildren(element: XmlElement | null, local?: string): XmlElement[] {
  if (!element) return []
  return element.children.filter((c): c is XmlElement => isW(c, local))
}

/** A WordprocessingML attribute ("w:val") of an element, whatever its prefix. */
export function wAttr(element: XmlElement | null, local: string): string | undefined {
  if (!element) return undefined
  for (const uri of W_NAMESPACES) {
    const value = element.nsAttrs[`${uri}|${local}`]
    if (value !== undefined) return value
  }
  return undefined
}

/** The `w:val` of a child element ("w:pStyle w:val=..."), or undefined. */
export function wVal(element: XmlElement | null, local: string): string | undefined {
  return wAttr(wChild(element, local), 'val')
}

/**
 * An on/off property ("w:i", "w:vanish"): undefined where the element is absent, else off for "0", "false",
 * "off" and on for anything else (the element alone means on).
 */
export function onOff(element: XmlElement | null): boolean | undefined {
  if (!element) return undefined
  const value = wAttr(element, 'val')
  return !(value === '0' || value === 'false' || value === 'off')
}
