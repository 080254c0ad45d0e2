import type { Mark, Node, NodeType } from 'prosemirror-model'
import { isPartName, type Lang, type Organ, schema } from '../../../schema/index.ts'

/** A node as y-prosemirror's `yXmlFragmentToProsemirrorJSON` writes it. */
interface JSONNode {
  type: string
  text?: string
  attrs?: Record<string, unknown>
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  content?: JSONNode[]
}

function knownAttrs(type: NodeType, attrs: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const name of Object.keys(type.spec.attrs ?? {})) if (name in attrs) out[name] = attrs[name]
  return out
}

function marksOf(json: JSONNode): Mark[] {
  const out: Mark[] = []
  for (const m of json.marks ?? []) {
    const type = schema.marks[m.type]
    if (!type) continue
    try {
      out.push(type.create(m.attrs ?? null))
    } catch {
      // A mark whose attributes this version does not accept is dropped; the text stays.
    }
  }
  return out
}

/** The nodes this version can show for a JSON node: itself, or its content when it cannot build the node. */
function build(json: JSONNode): Node[] {
  if (json.type === 'text') return json.text ? [schema.text(json.text, marksOf(json))] : []
  const children = (json.content ?? []).flatMap(build)
  const type = schema.nodes[json.type]
  if (!type) return children
  for (const attrs of [knownAttrs(type, json.attrs), null]) {
    try {
      return [type.createChecked(attrs, children)]
    } catch {
      const filled = (() => {
        try {
          return type.createAndFill(attrs, children)
        } catch {
          return null
        }
      })()
      if (filled) return [filled]
    }
  }
  return children
}

/**
 * A document this version can display from the shared fragment of a draft written by another schema version:
 * what it knows is kept, what it does not is unwrapped to its content or dropped, and every paragraph goes in
 * its part wherever it was found (version 1 held them at the top level). Only for reading: the page never
 * binds such a draft for editing, since y-prosemirror deletes the parts it cannot parse.
 */
export function foreignDoc(json: { content?: JSONNode[] }, attrs: { lang: Lang; organ: Organ }): Node {
  const blocks = (json.content ?? [])
    .flatMap(build)
    .flatMap((child) => (isPartName(child.type.name) ? child.children : [child]))
  const { nodes } = schema
  const paragraphs = (kind: 'preambular' | 'operative') => blocks.filter((block) => block.type.name === kind)
  const others = blocks.filter((block) => !isParagraph(block))
  const after = (block: Node) => block.type.name === 'closing' || block.type.name === 'annex'
  const head = others.filter((block) => !after(block))
  const closing = others.filter(after)
  const children = [
    ...head,
    nodes.preamble.create(null, paragraphs('preambular')),
    nodes.operative_part.create(null, paragraphs('operative')),
    ...closing,
  ]
  const doc = schema.topNodeType
  const kept: Node[] = []
  let match = doc.contentMatch
  for (const child of children) {
    const next = match.matchType(child.type)
    if (next) {
      kept.push(child)
      match = next
    }
  }
  return doc.createAndFill(attrs, kept) ?? doc.createAndFill(attrs)!
}

const isParagraph = (node: Node) => node.type.name === 'preambular' || node.type.name === 'operative'
