import type { Node } from 'prosemirror-model'
import * as Y from 'yjs'
import { markKey } from './mark-key.ts'

// Writes ProseMirror nodes as y-prosemirror does (`createTypeFromElementNode`, `createTypeFromTextNodes`): one
// Y.XmlElement per node named after its type, non-null attributes as XML attributes with their values as they
// are, and each run of adjacent text nodes as one Y.XmlText whose formatting attributes are the marks.

function textType(run: Node[]): Y.XmlText {
  const text = new Y.XmlText()
  text.applyDelta(
    run.map((node) => ({
      insert: node.text!,
      attributes: Object.fromEntries(node.marks.map((mark) => [markKey(mark), mark.attrs])),
    })),
  )
  return text
}

/** The Y types for a node's children: elements for nodes, one Y.XmlText per run of text nodes. */
function childTypes(node: Node): (Y.XmlElement | Y.XmlText)[] {
  const out: (Y.XmlElement | Y.XmlText)[] = []
  let run: Node[] = []
  node.forEach((child) => {
    if (child.isText) {
      run.push(child)
      return
    }
    if (run.length) out.push(textType(run))
    run = []
    out.push(nodeToYElement(child))
  })
  if (run.length) out.push(textType(run))
  return out
}

/** A new (not yet inserted) Y.XmlElement holding a ProseMirror node and everything in it. */
export function nodeToYElement(node: Node): Y.XmlElement {
  const element = new Y.XmlElement(node.type.name)
  for (const [key, value] of Object.entries(node.attrs)) {
    if (value !== null) element.setAttribute(key, value)
  }
  element.insert(0, childTypes(node))
  return element
}

/**
 * Writes a document's content into an empty shared fragment (its document attributes, language and organ, go
 * in the `meta` map, which the caller fills).
 */
export function writeDocToFragment(doc: Node, fragment: Y.XmlFragment): void {
  if (fragment.length > 0) throw new RangeError('the shared fragment is not empty')
  fragment.insert(0, childTypes(doc) as Y.XmlElement[])
}
