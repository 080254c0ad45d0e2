/**
 * Alternative wordings of a paragraph ("Alt 1", "Alt 2"), as a facilitator's compilation text offers them
 * while delegations have not settled on one. The clause's own words are Alt 1; the `alternatives` attribute
 * of the clause holds the others, Alt 2 onwards. Kept as a JSON string, like the `proposal` attribute, so that
 * y-prosemirror syncs it as a plain XML attribute, a client of an older schema carries it along untouched, and
 * the server can read and check it.
 */
export interface Alternative {
  /** The words of the paragraph's first line in this wording (its sub-paragraphs, if any, are shared). */
  text: string
  /** The delegation that asked for it, when one did. */
  by?: string
}

/** At most this many alternatives on one paragraph besides its own words. */
export const MAX_ALTERNATIVES = 9

/** At most this many characters in one alternative, as much as a long paragraph. */
export const MAX_ALTERNATIVE_LENGTH = 10_000

/** At most this many characters in a delegation's name, wherever the standing of a paragraph names one. */
export const MAX_NAME_LENGTH = 200

/** Throws a RangeError unless `value` is a delegation's name: a non-empty string of at most 200 characters. */
export function checkName(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_NAME_LENGTH) {
    throw new RangeError(
      `${where}: expected a delegation's name (1 to ${MAX_NAME_LENGTH} characters), got ${JSON.stringify(value)}`,
    )
  }
  return value
}

function checkAlternative(value: unknown, where: string): Alternative {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RangeError(`${where}: expected an object {text, by?}, got ${JSON.stringify(value)}`)
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (key !== 'text' && key !== 'by') throw new RangeError(`${where}.${key}: unknown field`)
  }
  const { text, by } = record
  if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_ALTERNATIVE_LENGTH) {
    throw new RangeError(`${where}.text: expected 1 to ${MAX_ALTERNATIVE_LENGTH} characters of text`)
  }
  if (by === undefined) return { text }
  return { text, by: checkName(by, `${where}.by`) }
}

/** The alternatives an attribute value holds (an empty list for null); throws a RangeError saying what is wrong. */
export function parseAlternatives(attr: unknown, where = 'alternatives'): Alternative[] {
  if (attr === null || attr === undefined) return []
  if (typeof attr !== 'string') throw new RangeError(`${where}: expected a JSON string or null`)
  let value: unknown
  try {
    value = JSON.parse(attr)
  } catch (e) {
    throw new RangeError(`${where}: not JSON: ${(e as Error).message}`)
  }
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_ALTERNATIVES) {
    throw new RangeError(`${where}: expected a list of 1 to ${MAX_ALTERNATIVES} alternatives`)
  }
  return value.map((item, i) => checkAlternative(item, `${where}[${i}]`))
}

/** The attribute value for a list of alternatives: null for none, else JSON with its keys in a fixed order. */
export function alternativesAttr(alternatives: readonly Alternative[]): string | null {
  if (alternatives.length === 0) return null
  const checked = alternatives.map((a, i) => checkAlternative(a, `alternatives[${i}]`))
  if (checked.length > MAX_ALTERNATIVES) {
    throw new RangeError(`alternatives: at most ${MAX_ALTERNATIVES} besides the paragraph's own words`)
  }
  return JSON.stringify(
    checked.map((a) => (a.by === undefined ? { text: a.text } : { text: a.text, by: a.by })),
  )
}

/** The schema's check of the `alternatives` attribute of a clause. */
export function validateAlternativesAttr(value: unknown): void {
  parseAlternatives(value)
}

/** The schema's check of the `bracketed` attribute of a clause: null, or the delegation that asked for it. */
export function validateBracketedAttr(value: unknown): void {
  if (value !== null) checkName(value, 'bracketed')
}
