import { Fragment, Mark, type Node, type NodeType } from 'prosemirror-model'
import * as Y from 'yjs'
import { isLang, isOrgan, isPartName, type Lang, META, type Organ, schema } from '../../schema/index.ts'
import { InvalidDocumentError } from './invalid-document.ts'
import { markKey, markNameOfKey } from './mark-key.ts'

// Reads the shared fragment the way y-prosemirror does (element nodeName = node type, attributes = node attrs,
// Y.XmlText deltas = text with marks as formatting attributes), but strictly: where y-prosemirror silently drops
// what it cannot build, this throws an InvalidDocumentError that says what is wrong and where. The server uses
// it to refuse updates, so a document every client can open is the only kind that is ever stored.

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const has = (object: object | null | undefined, key: string) => object != null && Object.hasOwn(object, key)

function textNodes(text: Y.XmlText, at: string, out: Node[]): void {
  const textAttrs = Object.keys(text.getAttributes())
  if (textAttrs.length)
    throw new InvalidDocumentError(at, `text carries attributes (${textAttrs.join(', ')})`)
  for (const delta of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof delta.insert !== 'string') throw new InvalidDocumentError(at, 'text holds an embedded object')
    const marks: Mark[] = []
    for (const [key, value] of Object.entries(delta.attributes ?? {})) {
      const name = markNameOfKey(key)
      const type = schema.marks[name]
      if (!type) throw new InvalidDocumentError(at, `unknown mark '${name}'`)
      if (!isPlainObject(value)) throw new InvalidDocumentError(at, `mark '${name}' has no attribute object`)
      for (const attr of Object.keys(value)) {
        if (!has(type.spec.attrs, attr))
          throw new InvalidDocumentError(at, `mark '${name}' has no attribute '${attr}'`)
      }
      let mark: Mark
      try {
        mark = type.create(value)
      } catch (e) {
        throw new InvalidDocumentError(at, `mark '${name}': ${(e as Error).message}`)
      }
      if (markKey(mark) !== key)
        throw new InvalidDocumentError(at, `mark '${name}' is stored under a wrong key`)
      marks.push(mark)
    }
    const set = Mark.setFrom(marks)
    let added = Mark.none
    for (const mark of set) added = mark.addToSet(added)
    if (!Mark.sameSet(added, set)) {
      throw new InvalidDocumentError(
        at,
        `marks that exclude each other: ${set.map((m) => m.type.name).join(', ')}`,
      )
    }
    out.push(schema.text(delta.insert, set))
  }
}

/** Throws unless `content` is what `type` may hold, naming what was expected and what was found. */
export function checkContent(type: NodeType, content: Fragment, at: string): void {
  const match = type.contentMatch.matchFragment(content)
  if (!match?.validEnd) {
    const found: string[] = []
    content.forEach((child) => {
      found.push(child.type.name)
    })
    throw new InvalidDocumentError(
      at,
      `'${type.name}' must hold ${type.spec.content ? `'${type.spec.content}'` : 'nothing'}, found ${found.length ? `'${found.join(' ')}'` : 'nothing'}`,
    )
  }
  content.forEach((child) => {
    if (!type.allowsMarks(child.marks)) {
      throw new InvalidDocumentError(
        at,
        `'${type.name}' does not allow the marks ${child.marks.map((m) => m.type.name).join(', ')}`,
      )
    }
  })
}

/** Converts one Y.XmlElement and everything in it to a ProseMirror node, checked against the schema. */
export function yElementToNode(element: Y.XmlElement, at: string): Node {
  const type = schema.nodes[element.nodeName]
  if (!type || type === schema.topNodeType || type.isText) {
    throw new InvalidDocumentError(at, `the schema has no element '${element.nodeName}'`)
  }
  const attrs = element.getAttributes() as Record<string, unknown>
  for (const key of Object.keys(attrs)) {
    if (!has(type.spec.attrs, key))
      throw new InvalidDocumentError(at, `'${type.name}' has no attribute '${key}'`)
  }
  const children: Node[] = []
  element.toArray().forEach((child, i) => {
    if (child instanceof Y.XmlElement) children.push(yElementToNode(child, `${at}/${i}:${child.nodeName}`))
    else if (child instanceof Y.XmlText) textNodes(child, `${at}/${i}:text`, children)
    else throw new InvalidDocumentError(`${at}/${i}`, 'neither an element nor text')
  })
  const content = Fragment.fromArray(children)
  let node: Node
  try {
    // `create` fills defaults and runs each given attribute's `validate`, which throws on a broken value.
    node = type.create(attrs, content)
  } catch (e) {
    throw new InvalidDocumentError(at, (e as Error).message)
  }
  checkContent(type, content, at)
  return node
}

/**
 * Throws unless the node types of the fragment's children are a sequence the document node allows, and those
 * of each part's children (preamble, operative part) a sequence the part allows.
 */
export function checkTopLevel(fragment: Y.XmlFragment): void {
  checkSequence(schema.topNodeType, fragment, 'doc')
  fragment.toArray().forEach((child, i) => {
    if (child instanceof Y.XmlElement && isPartName(child.nodeName)) {
      checkSequence(schema.nodes[child.nodeName]!, child, `doc/${i}:${child.nodeName}`)
    }
  })
}

function checkSequence(parent: NodeType, element: Y.XmlFragment | Y.XmlElement, at: string): void {
  let match = parent.contentMatch
  const names: string[] = []
  element.toArray().forEach((child, i) => {
    const name = child instanceof Y.XmlElement ? child.nodeName : '#text'
    names.push(name)
    const type = schema.nodes[name]
    const next = type && child instanceof Y.XmlElement ? match.matchType(type) : null
    if (!next) {
      throw new InvalidDocumentError(
        `${at}/${i}:${name}`,
        `${describe(parent)} is '${parent.spec.content}'; '${name}' cannot follow '${names.slice(0, -1).join(' ') || 'the start'}'`,
      )
    }
    match = next
  })
  if (!match.validEnd) {
    throw new InvalidDocumentError(
      at,
      `${describe(parent)} is '${parent.spec.content}', found '${names.join(' ')}'`,
    )
  }
}

const describe = (type: NodeType) =>
  type === schema.topNodeType ? 'a draft' : `the ${type.name.replace('_', ' ')}`

/**
 * Where a live element of the document fragment stands, as the conversion's errors name it:
 * `doc/4:operative_part/2:operative`.
 */
export function pathOf(element: Y.XmlElement): string {
  const steps: string[] = []
  let current: Y.XmlElement = element
  for (;;) {
    const parent = current.parent
    if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment)) break
    steps.unshift(`${parent.toArray().indexOf(current)}:${current.nodeName}`)
    if (!(parent instanceof Y.XmlElement)) break
    current = parent
  }
  return ['doc', ...steps].join('/')
}

/** The document attributes (language, organ) a draft keeps in its `meta` map, since y-prosemirror drops them. */
export function docAttrsFromMeta(meta: Y.Map<unknown>): { lang: Lang; organ: Organ } {
  const lang = meta.get(META.lang)
  const organ = meta.get(META.organ)
  if (!isLang(lang)) throw new InvalidDocumentError('meta', `'${META.lang}' is ${JSON.stringify(lang)}`)
  if (!isOrgan(organ)) throw new InvalidDocumentError('meta', `'${META.organ}' is ${JSON.stringify(organ)}`)
  return { lang, organ }
}

/** Converts a whole shared fragment to a checked ProseMirror document with the given document attributes. */
export function yFragmentToDoc(fragment: Y.XmlFragment, attrs: { lang: Lang; organ: Organ }): Node {
  checkTopLevel(fragment)
  const children = fragment.toArray().map((child, i) => {
    if (!(child instanceof Y.XmlElement)) throw new InvalidDocumentError(`doc/${i}`, 'text at the top level')
    return yElementToNode(child, `doc/${i}:${child.nodeName}`)
  })
  return schema.topNodeType.create(attrs, children)
}
