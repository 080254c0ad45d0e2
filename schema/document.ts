import type { Node } from 'prosemirror-model'
import { draftOf, isPartName, PART_OF } from './blocks.ts'
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
    const doc = schema.nodeFromJSON(withPartsJSON(json as JSONNode))
    doc.check()
    return doc
  } catch (e) {
    // Named in the JSON as it was given, before its paragraphs were put in parts.
    throw new RangeError(`${firstInvalid(json as JSONNode, 'doc') ?? 'doc'}: ${(e as Error).message}`)
  }
}

interface JSONNode {
  type?: unknown
  content?: unknown
}

/**
 * A document's JSON as schema version 2 has it: the paragraphs of a version 1 document (at the top level) put
 * in the preamble and the operative part. JSON already in parts, or not a draft, is returned as it is.
 */
export function withPartsJSON<T extends JSONNode>(json: T): T {
  if (json.type !== 'doc' || !Array.isArray(json.content)) return json
  const content = json.content as JSONNode[]
  if (content.some((child) => isPartName(String(child?.type)))) return json
  const kinds = ['preambular', 'operative'] as const
  // The parts go where the first paragraph stood, or after the formula in a draft without paragraphs; JSON
  // with neither is no draft of version 1, and is left for the schema to refuse.
  const first = content.findIndex((child) => (kinds as readonly unknown[]).includes(child?.type))
  const at = first >= 0 ? first : content.findIndex((child) => child?.type === 'formula') + 1
  if (at === 0) return json
  const rest = content.slice(at)
  const part = (kind: (typeof kinds)[number]) => ({
    type: PART_OF[kind],
    content: rest.filter((child) => child?.type === kind),
  })
  const tail = rest.filter((child) => !(kinds as readonly unknown[]).includes(child?.type))
  return { ...json, content: [...content.slice(0, at), part('preambular'), part('operative'), ...tail] }
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
  const doc = draftOf({ lang, organ }, [
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
