import * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'

/** The `symbol` line of the header in a shared document, or null if the draft's header has none. */
function symbolField(ydoc: Y.Doc): Y.XmlElement | null {
  for (const block of ydoc.getXmlFragment(SHARED.document).toArray()) {
    if (!(block instanceof Y.XmlElement) || block.nodeName !== 'header') continue
    for (const field of block.toArray()) {
      if (field instanceof Y.XmlElement && field.getAttribute('name') === 'symbol') return field
    }
  }
  return null
}

/**
 * Writes `symbol` as the text of the header's symbol line, in the shared document as y-prosemirror holds it
 * (one Y.XmlText in the line's element). Throws a RangeError if the header has no symbol line.
 */
export function setSymbolField(ydoc: Y.Doc, symbol: string): void {
  const field = symbolField(ydoc)
  if (!field) throw new RangeError('the draft has no symbol line in its header')
  if (field.length > 0) field.delete(0, field.length)
  if (symbol !== '') {
    const text = new Y.XmlText()
    text.insert(0, symbol)
    field.insert(0, [text])
  }
}
