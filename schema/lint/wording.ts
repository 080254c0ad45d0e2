import type { Lang } from '../lang.ts'
import type { LintExpected, LintFixMessage, LintMessage, LintPlace, LintTextKey } from './messages.ts'
import { LINT_TEXTS } from './texts.ts'
import type { LintSeverity } from './types.ts'

// Writes the text of a lint message, a fix label or a place from its data and the templates of one language
// (`texts-*.ts`). The way a text is put together from its templates is written once, here, so that every
// language's text is made the same way and a language is added with templates alone.

/** The templates of one language: the template of a key with its {name} placeholders filled from `vars`. */
export type LintLookup = (key: LintTextKey, vars: Readonly<Record<string, string | number>>) => string

const pluralRules = new Map<Lang, Intl.PluralRules>()

/** The plural form a language gives a count: "one", "few", "many" ... as `Intl.PluralRules` tells. */
function pluralForm(lang: Lang, n: number): string {
  let rules = pluralRules.get(lang)
  if (!rules) {
    rules = new Intl.PluralRules(lang)
    pluralRules.set(lang, rules)
  }
  return rules.select(n)
}

/** The end of the brace group that opens at `open`, or -1. */
function closing(template: string, open: number): number {
  let depth = 0
  for (let i = open; i < template.length; i++) {
    if (template[i] === '{') depth++
    else if (template[i] === '}' && --depth === 0) return i
  }
  return -1
}

/**
 * A template with its placeholders filled from `vars`: `{name}` takes the value, and
 * `{name, plural, one {# error} other {# errors}}` the form that `Intl.PluralRules` of `lang` chooses for the
 * number (an exact `=0 {...}` first), with `#` standing for it, as in ICU messages. A placeholder without a
 * value, or a count without the form its language needs, is an error in the table, said with the key.
 */
export function fillLintTemplate(
  key: string,
  template: string,
  vars: Readonly<Record<string, string | number>>,
  lang: Lang = 'en',
): string {
  let out = ''
  let i = 0
  while (i < template.length) {
    const open = template.indexOf('{', i)
    if (open < 0) break
    const close = closing(template, open)
    if (close < 0) throw new RangeError(`lint text '${key}': an unclosed '{'`)
    out += template.slice(i, open)
    const inner = template.slice(open + 1, close)
    const plural = /^(\w+),\s*plural,\s*/.exec(inner)
    const name = plural ? plural[1]! : inner
    const value = vars[name]
    if (value === undefined) throw new RangeError(`lint text '${key}': no value for {${name}}`)
    out += plural
      ? choosePlural(key, inner.slice(plural[0].length), Number(value), vars, lang)
      : String(value)
    i = close + 1
  }
  return out + template.slice(i)
}

/** The form of `options` ("one {…} other {…}") that a count takes in a language, filled. */
function choosePlural(
  key: string,
  options: string,
  n: number,
  vars: Readonly<Record<string, string | number>>,
  lang: Lang,
): string {
  const forms = new Map<string, string>()
  for (let i = 0; i < options.length; ) {
    const open = options.indexOf('{', i)
    if (open < 0) break
    const close = closing(options, open)
    forms.set(options.slice(i, open).trim(), options.slice(open + 1, close))
    i = close + 1
  }
  const form = forms.get(`=${n}`) ?? forms.get(pluralForm(lang, n)) ?? forms.get('other')
  if (form === undefined) throw new RangeError(`lint text '${key}': no plural form for ${n}`)
  return fillLintTemplate(key, form.replaceAll('#', String(n)), vars, lang)
}

const lookups = new Map<Lang, LintLookup>()

/** The templates of a language as a lookup: `penholder lint --locale fr`, the editor's French interface. */
export function lintTexts(lang: Lang): LintLookup {
  let lookup = lookups.get(lang)
  if (!lookup) {
    const table = LINT_TEXTS[lang]
    lookup = (key, vars) => fillLintTemplate(key, table[key], vars, lang)
    lookups.set(lang, lookup)
  }
  return lookup
}

/** The English templates, as `penholder lint` prints them by default. */
export const englishLint: LintLookup = lintTexts('en')

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

/** One problem as a line, its place then its message: "operative paragraph 4: expected ...". */
export function lintLineText(problem: LintMessage & { place: LintPlace }, lookup: LintLookup): string {
  return lookup('frame.line', {
    clause: lintPlaceText(problem.place, lookup),
    message: lintMessageText(problem, lookup),
  })
}

/** One problem as the command line prints it: "operative paragraph 4: error: expected ...". */
export function lintReportLine(
  problem: LintMessage & { place: LintPlace; severity: LintSeverity },
  lookup: LintLookup,
): string {
  return lookup('frame.line.severity', {
    clause: lintPlaceText(problem.place, lookup),
    severity: lookup(`frame.${problem.severity}`, {}),
    message: lintMessageText(problem, lookup),
  })
}
