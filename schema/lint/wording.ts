import {
  LINT_ENGLISH,
  type LintExpected,
  type LintFixMessage,
  type LintMessage,
  type LintPlace,
  type LintTextKey,
} from './messages.ts'

// Writes the text of a lint message, a fix label or a place from its data and the templates of one language,
// which a lookup gives: the English table here, the interface strings in the editor. The way a text is put
// together from its templates is written once, here, so that every language's text is made the same way and
// a language is added with templates alone.

/** The templates of one language: the template of a key with its {name} placeholders filled from `vars`. */
export type LintLookup = (key: LintTextKey, vars: Readonly<Record<string, string | number>>) => string

/** A template with its {name} placeholders filled; a placeholder without a value is an error in the table. */
export function fillLintTemplate(
  key: string,
  template: string,
  vars: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name]
    if (value === undefined) throw new RangeError(`lint text '${key}': no value for {${name}}`)
    return String(value)
  })
}

/** The English templates, as `penholder lint` prints them. */
export const englishLint: LintLookup = (key, vars) => fillLintTemplate(key, LINT_ENGLISH[key], vars)

/** How a place is named: alone, after "of", or after "in". */
export type LintPlaceForm = 'name' | 'of' | 'in'

const FORM_SUFFIX = { name: '', of: '.of', in: '.in' } as const

// One form of a place's name, or undefined where the place has none (a footnote is only named; parts of the
// text outside the paragraphs have no "of" form). A sub-paragraph's templates take its parent's name and
// "of" form.
function placeForm(place: LintPlace, lookup: LintLookup, form: LintPlaceForm): string | undefined {
  const suffix = FORM_SUFFIX[form]
  switch (place.kind) {
    case 'footnote':
      return form === 'name' ? lookup('place.footnote', { number: place.number }) : undefined
    case 'title':
    case 'header':
    case 'formula':
    case 'closing':
      return form === 'of' ? undefined : lookup(`place.${place.kind}${suffix as '' | '.in'}`, {})
    default: {
      const { labels } = place
      if (labels.length === 0) return lookup(`place.${place.kind}${suffix}`, { number: place.number })
      const parent = { ...place, labels: labels.slice(0, -1) }
      const vars = {
        label: labels[labels.length - 1]!,
        parent: placeForm(parent, lookup, 'name')!,
        parentOf: placeForm(parent, lookup, 'of')!,
      }
      return lookup(`${labels.length === 1 ? 'place.sub' : 'place.subsub'}${suffix}`, vars)
    }
  }
}

/** The name of a place in a language: "operative paragraph 4 (a)", "alinéa 2 du préambule", "title". */
export function lintPlaceText(place: LintPlace, lookup: LintLookup, form: LintPlaceForm = 'name'): string {
  const text = placeForm(place, lookup, form)
  if (text === undefined) throw new RangeError(`a ${place.kind} has no "${form}" form`)
  return text
}

/** The marks a clause may end with, as a list: "';' or '; and'". */
function expectedText(expected: LintExpected, lookup: LintLookup): string {
  const quoted = expected.marks.map((mark) => lookup('expected.mark', { mark }))
  let list = quoted.reduce((acc, mark) => lookup('expected.list', { list: acc, mark }))
  if (expected.conjunction !== null) {
    const mark = lookup('expected.mark', { mark: expected.conjunction })
    list = lookup('expected.or', { list, mark })
  }
  return list
}

const isPlace = (value: unknown): value is LintPlace =>
  typeof value === 'object' && value !== null && 'kind' in value

// The values a message's template takes, by the convention of `LintMessageArgs`: codes and places are named
// by the language; a place `x` gives {x}, {xOf} and {xIn} where it has those forms.
function vars(args: Readonly<Record<string, unknown>>, lookup: LintLookup): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(args)) {
    if (name === 'organ' || name === 'gender' || name === 'language') {
      out[name] = lookup(`${name}.${value}` as LintTextKey, {})
    } else if (name === 'expected') out[name] = expectedText(value as LintExpected, lookup)
    else if (isPlace(value)) {
      for (const form of ['name', 'of', 'in'] as const) {
        const text = placeForm(value, lookup, form)
        if (text !== undefined) out[form === 'name' ? name : `${name}${form === 'of' ? 'Of' : 'In'}`] = text
      }
    } else out[name] = value as string | number
  }
  return out
}

/** The text of a problem message in a language: "expected a verb in the present tense, found 'Noting'". */
export function lintMessageText(message: LintMessage, lookup: LintLookup): string {
  return lookup(message.code, vars(message.args, lookup))
}

/** The label of a fix in a language: "Replace ';' by ','". */
export function lintFixText(fix: LintFixMessage, lookup: LintLookup): string {
  return lookup(fix.code, vars(fix.args, lookup))
}
