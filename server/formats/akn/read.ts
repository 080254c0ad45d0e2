import type { Node } from 'prosemirror-model'
import {
  detectLanguage,
  draftOf,
  type ImportWarning,
  isLang,
  type Lang,
  ORGAN_FACTS,
  ORGANS,
  type Organ,
  schema,
  withIds,
} from '../../../schema/index.ts'
import { assertFileSize } from '../limits.ts'
import { childElements, firstChild, parseXml, textContent, type XmlElement } from '../xml/parse.ts'
import { readAnnexes } from './read-annex.ts'
import { readBlockClause, readHierClause, readMainBody } from './read-clauses.ts'
import { type AknReadContext, warn } from './read-context.ts'
import { readInline } from './read-inline.ts'
import { type FrontMatter, readFrontMatter } from './read-preface.ts'
import { AKN_NS, LANGUAGE_BY_CODE, ORGAN_NAMES, PH_NS } from './vocabulary.ts'

const { nodes: N } = schema

const WHERE = 'the Akoma Ntoso file'

// The document types a resolution may come in, with the element that holds their operative part.
const BODIES: Record<string, string> = { statement: 'mainBody', doc: 'mainBody', act: 'body', bill: 'body' }

/**
 * Reads an Akoma Ntoso 3.0 file into a draft: the one `writeAkn` writes gives back the same document (header
 * fields, title and its number, formula, paragraphs with their stable ids from the eIds, sub-paragraphs,
 * quotations, footnotes, marks, pending proposals with their delegations, closing lines, annexes, language and
 * organ);
 * another tool's resolution (`preamble`, `mainBody` of `paragraph`s with `num`/`content`/`p`, `authorialNote`)
 * is read as far as it goes, and what is skipped is reported as warnings with the element's line. `lang`
 * overrides the language the file states. Throws a RangeError of one line for an empty file, a file over the
 * upload limit, XML that is not well-formed or has a DTD (so no external entity is ever read and no entity
 * expands), a root that is not Akoma Ntoso 3.0, and a document that is no resolution.
 */
export function readAkn(
  text: string,
  options: { lang?: Lang } = {},
): { doc: Node; warnings: ImportWarning[] } {
  if (text.trim() === '') throw new RangeError(`${WHERE} is empty`)
  assertFileSize(Buffer.byteLength(text, 'utf8'))
  // A byte order mark left by the decoding is no part of the XML.
  const root = parseXml(text.replace(/^\uFEFF/, ''), WHERE)
  if (root.local !== 'akomaNtoso' || root.uri !== AKN_NS) {
    const ns = root.uri ? ` in namespace ${root.uri}` : ' without a namespace'
    throw new RangeError(
      `${WHERE} is not Akoma Ntoso 3.0: its root element is <${root.local}>${ns}, where <akomaNtoso xmlns="${AKN_NS}"> was expected`,
    )
  }
  const document = childElements(root, AKN_NS)[0]
  if (!document) throw new RangeError(`${WHERE}: <akomaNtoso> holds no document`)
  if (document.local === 'amendment') {
    throw new RangeError(
      `${WHERE}, line ${document.line}: an amendments document (<amendment>) is not a draft; import the draft it amends`,
    )
  }
  const bodyName = BODIES[document.local]
  if (!bodyName) {
    throw new RangeError(
      `${WHERE}, line ${document.line}: a <${document.local}> is not a resolution (expected <statement>, <doc>, <act> or <bill>)`,
    )
  }

  const rc: AknReadContext = {
    penholder: Object.values(root.attrs).includes(PH_NS),
    names: new Map(),
    warnings: [],
  }
  const meta = firstChild(document, AKN_NS, 'meta')
  if (meta) readNames(meta, rc)

  const front: FrontMatter = { fields: [], title: null }
  let formula: Node | null = null
  const preambular: Node[] = []
  const operative: Node[] = []
  let closing: Node | null = null
  let annexes: Node[] = []
  for (const part of childElements(document)) {
    switch (part.uri === AKN_NS ? part.local : '') {
      case 'meta':
        break
      case 'coverPage':
      case 'preface':
        readFrontMatter(part, rc, front)
        break
      case 'preamble':
        formula = readPreamble(part, rc, preambular) ?? formula
        break
      case bodyName:
        readMainBody(part, rc, operative)
        break
      case 'conclusions': {
        const lines = childElements(part, AKN_NS).map((p) => N.para.create(null, readInline(p, rc)))
        if (lines.length) closing = N.closing.create(null, lines)
        break
      }
      case 'attachments':
        annexes = readAnnexes(part, rc)
        break
      default:
        warn(rc, part, `<${part.local}> is not read: a draft has no place for it`)
    }
  }
  if (!rc.penholder && preambular.length === 0 && operative.length === 0) {
    throw new RangeError(
      `${WHERE} holds no paragraphs: no preamble recitals and no paragraphs in its <${bodyName}>`,
    )
  }

  const lang = options.lang ?? languageOf(meta, document) ?? detectLanguage(textContent(document))
  const organ = organOf(meta, front.fields)
  const blocks = [
    N.header.create(null, front.fields),
    front.title ?? N.title.create(),
    formula ?? N.formula.create(),
    ...preambular,
    ...operative,
    ...(closing ? [closing] : []),
    ...annexes,
  ]
  let doc: Node
  try {
    doc = draftOf({ lang, organ }, blocks)
    doc.check()
  } catch (e) {
    throw new RangeError(`${WHERE} does not make a valid draft: ${(e as Error).message}`)
  }
  // Clauses and footnotes whose eId carries no stable id (another tool's "para_5"), and copies, get fresh ones.
  return { doc: withIds(doc), warnings: rc.warnings.sort((a, b) => a.line - b.line) }
}

/** The formula and the preambular paragraphs of a `preamble`; returns the formula, if it has one. */
function readPreamble(preamble: XmlElement, rc: AknReadContext, clauses: Node[]): Node | null {
  let formula: Node | null = null
  for (const child of childElements(preamble)) {
    const local = child.uri === AKN_NS ? child.local : ''
    if (local === 'formula') {
      const words = childElements(child, AKN_NS).flatMap((p, i) => [
        ...(i ? [N.hard_break.create()] : []),
        ...readInline(p, rc),
      ])
      if (formula) warn(rc, child, 'a second formula was skipped')
      else formula = N.formula.create(null, words)
    } else if (local === 'recitals' || local === 'citations') {
      for (const item of childElements(child, AKN_NS)) {
        if (item.local === 'recital' || item.local === 'citation')
          clauses.push(readBlockClause('preambular', item, rc))
        else if (item.local !== 'num' && item.local !== 'heading')
          warn(rc, item, `<${item.local}> of the ${local} is not read`)
      }
    } else if (local === 'container' || local === 'blockContainer' || local === 'p') {
      if (textContent(child).trim() || rc.penholder) clauses.push(readBlockClause('preambular', child, rc))
    } else if (local === 'paragraph') clauses.push(readHierClause('preambular', child, rc))
    else warn(rc, child, `<${child.local}> in the preamble is not read`)
  }
  return formula
}

/** The names of the references section's TLCs by eId, for the `refersTo` of changes and proposals. */
function readNames(meta: XmlElement, rc: AknReadContext): void {
  for (const references of childElements(meta, AKN_NS, 'references')) {
    for (const tlc of childElements(references, AKN_NS)) {
      if (tlc.attrs.eId && tlc.attrs.showAs) rc.names.set(tlc.attrs.eId, tlc.attrs.showAs)
    }
  }
}

const identification = (meta: XmlElement | null, level: string) => {
  const id = meta && firstChild(meta, AKN_NS, 'identification')
  return id && firstChild(id, AKN_NS, level)
}

/** The language the file states: FRBRlanguage of the Expression, else the document's xml:lang. */
function languageOf(meta: XmlElement | null, document: XmlElement): Lang | null {
  const expression = identification(meta, 'FRBRExpression')
  const stated =
    (expression && firstChild(expression, AKN_NS, 'FRBRlanguage')?.attrs.language) ??
    document.attrs['xml:lang']
  const lang = stated ? LANGUAGE_BY_CODE[stated.toLowerCase()] : undefined
  return lang && isLang(lang) ? lang : null
}

/** The organ: the Work's author ("#unga"), else the organ its IRI names, else the organ header field's name. */
function organOf(meta: XmlElement | null, fields: Node[]): Organ {
  const work = identification(meta, 'FRBRWork')
  const author = work && firstChild(work, AKN_NS, 'FRBRauthor')?.attrs.href?.replace(/^#/, '')
  const uri = (work && firstChild(work, AKN_NS, 'FRBRuri')?.attrs.value) ?? ''
  const segments = uri.split('/')
  for (const organ of ORGANS) {
    const actor = ORGAN_NAMES[organ].actor
    if (author === actor || segments.includes(actor)) return organ
  }
  const name = fields
    .find((f) => f.attrs.name === 'organ')
    ?.textContent.trim()
    .toLowerCase()
  return (
    ORGANS.find((organ) => Object.values(ORGAN_FACTS[organ].name).some((n) => n.toLowerCase() === name)) ??
    'ga'
  )
}
