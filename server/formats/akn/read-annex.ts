import type { Node } from 'prosemirror-model'
import { schema } from '../../../schema/index.ts'
import { childElements, firstChild, type XmlElement } from '../xml/parse.ts'
import { readHierClause } from './read-clauses.ts'
import { type AknReadContext, warn } from './read-context.ts'
import { readInline } from './read-inline.ts'
import { AKN_NS, ANNEX_HEADING } from './vocabulary.ts'

const { nodes: N } = schema

// Elements of an annex's body that hold a numbered paragraph (Penholder writes `paragraph`).
const PARAGRAPHS = new Set(['paragraph', 'point', 'article', 'clause'])

/**
 * The annexes of an `<attachments>`: each `attachment` holding a document (`doc`, or another type) becomes an
 * annex, its title the `docTitle` of its preface, its body's `hcontainer name="annexHeading"` section headings
 * (level from the class), its `paragraph`s numbered paragraphs, its `p`s other paragraphs. The label and
 * numbers are not read: they are computed. What has no place in an annex is reported.
 */
export function readAnnexes(attachments: XmlElement, rc: AknReadContext): Node[] {
  const out: Node[] = []
  for (const attachment of childElements(attachments, AKN_NS, 'attachment')) {
    const doc = childElements(attachment, AKN_NS)[0]
    if (!doc) continue
    const items: Node[] = []
    let title: Node[] = []
    for (const part of childElements(doc, AKN_NS)) {
      if (part.local === 'preface') {
        for (const p of childElements(part, AKN_NS)) {
          const docTitle = firstChild(p, AKN_NS, 'docTitle')
          if (docTitle) title = readInline(docTitle, rc)
        }
      } else if (part.local === 'mainBody' || part.local === 'body') readBody(part, rc, items)
      else if (part.local !== 'meta') warn(rc, part, `<${part.local}> of an annex is not read`)
    }
    out.push(N.annex.create(null, [N.annex_title.create(null, title), ...items]))
  }
  return out
}

function readBody(body: XmlElement, rc: AknReadContext, items: Node[]): void {
  for (const child of childElements(body, AKN_NS)) {
    if (child.local === 'hcontainer' && child.attrs.name === ANNEX_HEADING) {
      const heading = firstChild(child, AKN_NS, 'heading')
      const level = /\blevel2\b/.test(child.attrs.class ?? '') ? 2 : 1
      items.push(N.annex_heading.create({ level }, heading ? readInline(heading, rc) : []))
    } else if (PARAGRAPHS.has(child.local)) {
      const clause = readHierClause('operative', child, rc)
      items.push(N.annex_paragraph.create({ id: clause.attrs.id }, clause.content))
    } else if (child.local === 'p') {
      // An empty paragraph stands for an annex with a title alone.
      if (child.children.length > 0 || items.length > 0)
        items.push(N.para.create(null, readInline(child, rc)))
    } else if (['hcontainer', 'section', 'chapter', 'part'].includes(child.local)) {
      // Another tool's sections: their heading, then what they hold.
      const heading = firstChild(child, AKN_NS, 'heading')
      if (heading) items.push(N.annex_heading.create({ level: 1 }, readInline(heading, rc)))
      readBody(child, rc, items)
    } else if (child.local !== 'num' && child.local !== 'heading') {
      warn(rc, child, `<${child.local}> in an annex is not read`)
    }
  }
}
