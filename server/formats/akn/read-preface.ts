import type { Node } from 'prosemirror-model'
import { type HeaderField, schema } from '../../../schema/index.ts'
import { childElements, textContent, type XmlElement } from '../xml/parse.ts'
import type { AknReadContext } from './read-context.ts'
import { warn } from './read-context.ts'
import { readInline } from './read-inline.ts'
import { AKN_NS, INLINE_NAMES } from './vocabulary.ts'

const { nodes: N } = schema

/** The header fields and the title read from a file's preface and cover page. */
export interface FrontMatter {
  fields: Node[]
  title: Node | null
}

// The header field each element of the preface holds (the inverse of the writer's choice, with the elements
// other tools use for the same lines).
const FIELD_OF: Record<string, HeaderField> = {
  docAuthority: 'organ',
  docStatus: 'distribution',
  docDate: 'date',
  docNumber: 'symbol',
  session: 'session',
  docStage: 'adoption',
  docProponent: 'sponsors',
}

const INLINE_FIELD: Record<string, HeaderField> = {
  [INLINE_NAMES.original]: 'original',
  [INLINE_NAMES.agenda]: 'agenda',
  [INLINE_NAMES.agendaTitle]: 'agendaTitle',
  [INLINE_NAMES.sponsors]: 'sponsors',
  [INLINE_NAMES.basis]: 'basis',
  [INLINE_NAMES.date]: 'date',
}

/** The element of a line that says what the line is: its `docTitle`, else the first telling one, depth first. */
function markerOf(line: XmlElement): XmlElement | null {
  const title = childElements(line, AKN_NS, 'docTitle')[0]
  if (title) return title
  for (const child of childElements(line, AKN_NS)) {
    if (child.local === 'docTitle' || child.local in FIELD_OF) return child
    if (child.local === 'inline' && INLINE_FIELD[child.attrs.name ?? '']) return child
    const inner = markerOf(child)
    if (inner) return inner
  }
  return null
}

const field = (name: HeaderField, content: Node[]) => N.header_field.create({ name }, content)

/**
 * Reads the lines of a `preface` (or, in another tool's file, a `coverPage`) into header fields and the title.
 * A line is what its first telling element says: `docTitle` the title (with the resolution number of a
 * `docNumber` beside it), `docAuthority` the organ, `docStatus` the distribution, `docDate` the date, `docNumber`
 * the symbol, `session`, `docStage` the adoption line, `docProponent` the sponsors, a named `inline` the other
 * fields. A cover page's `docTitle` is the adoption line ("Resolution adopted by …"), as AKN4UN files set it.
 * Lines with none of these are skipped with a warning.
 */
export function readFrontMatter(container: XmlElement, rc: AknReadContext, into: FrontMatter): void {
  const cover = container.local === 'coverPage'
  for (const line of childElements(container)) {
    if (line.uri !== AKN_NS) {
      warn(rc, line, `<${line.local}> of another namespace in the ${container.local} is not read`)
      continue
    }
    if (line.local === 'longTitle') {
      into.title ??= N.title.create(
        null,
        childElements(line, AKN_NS).flatMap((p) => readInline(p, rc)),
      )
      continue
    }
    if (line.local === 'container' || line.local === 'blockContainer') {
      readFrontMatter(line, rc, into)
      continue
    }
    const marker = markerOf(line)
    if (!marker) {
      const words = textContent(line).trim().slice(0, 60)
      if (words)
        warn(rc, line, `a line of the ${container.local} that is no header field was skipped: "${words}"`)
      continue
    }
    if (marker.local === 'docTitle' && !cover) {
      const number = childElements(line, AKN_NS, 'docNumber')[0]
      let value = number ? textContent(number) : null
      // Another tool may write the number as printed, "79/275."; the title line adds the full stop itself.
      if (value !== null && !rc.penholder) value = value.trim().replace(/\.$/, '')
      if (into.title) warn(rc, line, 'a second title was skipped')
      else into.title = N.title.create({ number: value }, readInline(marker, rc))
      continue
    }
    if (marker.local === 'docTitle') into.fields.push(field('adoption', readInline(marker, rc)))
    else if (marker.local === 'docProponent') into.fields.push(field('sponsors', readInline(line, rc)))
    else {
      const name = marker.local === 'inline' ? INLINE_FIELD[marker.attrs.name!]! : FIELD_OF[marker.local]!
      into.fields.push(field(name, readInline(marker, rc)))
    }
  }
}
