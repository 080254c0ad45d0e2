import type { Node } from 'prosemirror-model'
import { withIds } from './ids.ts'
import { isLang, isOrgan, type Lang, ORGAN_FACTS, type Organ } from './lang.ts'
import { schema } from './schema.ts'

/**
 * Reads a draft from its ProseMirror JSON and checks it against the schema. Throws a RangeError that says what
 * is wrong and where ("doc.content[3] (operative): ...") rather than returning a document the editor would
 * silently repair.
 */
export function docFromJSON(json: unknown): Node {
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'doc') {
    throw new RangeError('a draft must be a JSON object with "type": "doc"')
  }
  try {
    const doc = schema.nodeFromJSON(json)
    doc.check()
    return doc
  } catch (e) {
    throw new RangeError(`${firstInvalid(json as JSONNode, 'doc') ?? 'doc'}: ${(e as Error).message}`)
  }
}

interface JSONNode {
  type?: unknown
  content?: unknown
}

/** The path of the deepest node of the JSON the schema does not accept, to name it in the error. */
function firstInvalid(node: JSONNode, at: string): string | null {
  if (typeof node?.type !== 'string' || !(node.type in schema.nodes)) return `${at} (${String(node?.type)})`
  if (Array.isArray(node.content)) {
    for (let i = 0; i < node.content.length; i++) {
      const found = firstInvalid(node.content[i] as JSONNode, `${at}.content[${i}]`)
      if (found) return found
    }
  }
  try {
    schema.nodeFromJSON(node).check()
  } catch {
    return `${at} (${node.type})`
  }
  return null
}

/** A blank draft for an organ in a language: empty header fields, the authoring formula, one of each paragraph. */
export function emptyDraft(lang: Lang, organ: Organ): Node {
  if (!isLang(lang)) throw new RangeError(`unknown language ${JSON.stringify(lang)}`)
  if (!isOrgan(organ)) throw new RangeError(`unknown organ ${JSON.stringify(organ)}`)
  const { nodes } = schema
  const facts = ORGAN_FACTS[organ]
  const field = (name: string, text = '') =>
    nodes.header_field.create({ name }, text ? schema.text(text) : null)
  const clause = (type: 'preambular' | 'operative') => nodes[type]!.create(null, nodes.para.create())
  const doc = nodes.doc.create({ lang, organ }, [
    nodes.header.create(null, [
      field('organ', facts.name[lang]),
      field('symbol'),
      field('date'),
      field('sponsors'),
    ]),
    nodes.title.create(),
    nodes.formula.create(null, schema.text(facts.formula[lang])),
    clause('preambular'),
    clause('operative'),
  ])
  return withIds(doc)
}
