/**
 * Annotations: HTML comments in our Markdown that state what the reader would not guess from the text — the
 * language and organ (`<!-- penholder lang=fr organ=ga -->`), a header field whose words do not tell its name
 * (`A/C.3/71/L.23 <!-- symbol -->`), a paragraph that would be read as another kind (`<!-- preambular -->`), a
 * sub-paragraph whose depth its label leaves open (`<!-- subparagraph depth=2 -->`), the clause a quotation
 * belongs to (`<!-- quotation owner=1 -->`), the id of a clause a cross-reference points to (`id=c1a2b3`), a
 * pending proposal on a whole clause (`proposal=` and its JSON, percent-encoded), a paragraph in square
 * brackets (`bracketed=` and the delegation, percent-encoded), an alternative wording of the clause before it
 * (`<!-- alternative by=Chile -->`).
 * Markdown viewers do not show them.
 */
export type Annotation = Map<string, string>

const WORDS = new Set([
  'penholder',
  'preambular',
  'operative',
  'subparagraph',
  'quotation',
  'para',
  'closing',
  'formula',
  'title',
  'organ',
  'distribution',
  'date',
  'symbol',
  'original',
  'session',
  'agenda',
  'agendaTitle',
  'sponsors',
  'adoption',
  'basis',
  'alternative',
])
const KEYS = new Set(['lang', 'organ', 'depth', 'owner', 'id', 'number', 'proposal', 'bracketed', 'by'])

const COMMENT = /^<!--[ \t]*([\s\S]*?)[ \t]*-->$/
const TOKEN = /([A-Za-z]+)(?:=(?:"([^"]*)"|(\S+)))?/y

/**
 * The annotation a comment holds, or null for a comment that is not one (any other comment is left alone).
 * A bare word maps to "" ("preambular" → ""), a key to its value ("depth=2" → "2").
 */
export function parseAnnotation(comment: string): Annotation | null {
  const m = COMMENT.exec(comment.trim())
  if (!m) return null
  const body = m[1]!
  const out: Annotation = new Map()
  let i = 0
  while (i < body.length) {
    if (body[i] === ' ' || body[i] === '\t') {
      i++
      continue
    }
    TOKEN.lastIndex = i
    const t = TOKEN.exec(body)
    if (!t || (body[TOKEN.lastIndex] !== undefined && !/[ \t]/.test(body[TOKEN.lastIndex]!))) return null
    const name = t[1]!
    const value = t[2] ?? t[3]
    if (value === undefined ? !WORDS.has(name) : !KEYS.has(name)) return null
    out.set(name, value ?? '')
    i = TOKEN.lastIndex
  }
  return out.size > 0 ? out : null
}

/** An annotation comment: words and key=value pairs, values quoted when they hold a space. */
export function formatAnnotation(words: readonly string[], keys: Record<string, string | null> = {}): string {
  const parts = [...words]
  for (const [k, v] of Object.entries(keys)) {
    if (v === null) continue
    parts.push(/^[^\s"]+$/.test(v) ? `${k}=${v}` : `${k}="${v.replace(/"/g, "'")}"`)
  }
  return `<!-- ${parts.join(' ')} -->`
}
