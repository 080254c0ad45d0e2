import { ORGAN_FACTS, ORGANS, type Organ } from '../lang.ts'
import type { LintTexts } from './messages.ts'

// English: places as the UN's English texts name them ("operative paragraph 4 (a)"); marks in straight single
// quotes, which stand out in a terminal.

/** The English wording of lint: what `penholder lint` prints by default, and the editor's English. */
export const LINT_ENGLISH: LintTexts = {
  'empty-paragraph': 'the paragraph is empty',
  'empty-subparagraph': 'the sub-paragraph is empty',
  'empty-quoted': 'the quoted paragraph is empty',
  'empty-title': 'the title is empty',
  'operative-verb': "expected a verb in the present tense, found '{word}'",
  'preambular-operative-verb': "expected a participle or adjective phrase, found the operative verb '{word}'",
  'preambular-unknown': "expected a participle or adjective phrase from the lexicon, found '{word}'",
  agreement: "'{word}' does not agree with the {organ}, which is {gender} in {language}: write '{right}'",
  ending: 'expected {expected} at the end',
  'ending-found': "expected {expected} at the end, found '{found}'",
  'ending-last': 'expected {expected} at the end of the last operative paragraph',
  'ending-last-found': "expected {expected} at the end of the last operative paragraph, found '{found}'",
  'ending-colon': 'expected {expected} at the end, to introduce what follows',
  'ending-colon-found': "expected {expected} at the end, to introduce what follows, found '{found}'",
  'repeated-verb': "'{word}' repeats the verb {previousOf}: write '{written}'",
  'space-before': "{language} puts a space before '{mark}'",
  'space-after': "{language} puts a space after '{mark}'",
  'no-space-before': "no space before '{mark}' in {language}",
  'no-space-after': "no space after '{mark}' in {language}",
  'wrong-mark': "{language} writes '{right}', not '{mark}'",
  unclosed: "'{mark}' is not closed",
  unopened: "'{mark}' has no opening '{opening}'",
  'footnote-empty': 'footnote {number}, {blockIn}, has no text',
  'footnote-superscript':
    "superscript '{text}' looks like a footnote marker, but there is no footnote {number}",

  replace: "Replace '{from}' by '{to}'",
  'insert-at-end': "Insert '{text}' at the end",
  'insert-nbsp-before': "Insert a no-break space before '{mark}'",
  'insert-nbsp-after': "Insert a no-break space after '{mark}'",
  'remove-space-before': "Remove the space before '{mark}'",
  'remove-space-after': "Remove the space after '{mark}'",
  'insert-after': "Insert '{text}' after '{word}'",

  'place.preambular': 'preambular paragraph {number}',
  'place.preambular.of': 'of preambular paragraph {number}',
  'place.preambular.in': 'in preambular paragraph {number}',
  'place.operative': 'operative paragraph {number}',
  'place.operative.of': 'of operative paragraph {number}',
  'place.operative.in': 'in operative paragraph {number}',
  'place.sub': '{parent} {label}',
  'place.sub.of': 'of {parent} {label}',
  'place.sub.in': 'in {parent} {label}',
  'place.subsub': '{parent} {label}',
  'place.subsub.of': 'of {parent} {label}',
  'place.subsub.in': 'in {parent} {label}',
  'place.title': 'title',
  'place.title.in': 'in the title',
  'place.header': 'header',
  'place.header.in': 'in the header',
  'place.formula': 'formula',
  'place.formula.in': 'in the formula',
  'place.closing': 'closing',
  'place.closing.in': 'in the closing',
  'place.footnote': 'footnote {number}',

  ...(Object.fromEntries(ORGANS.map((o) => [`organ.${o}`, ORGAN_FACTS[o].name.en])) as Record<
    `organ.${Organ}`,
    string
  >),
  'gender.f': 'feminine',
  'gender.m': 'masculine',
  'language.ar': 'Arabic',
  'language.en': 'English',
  'language.es': 'Spanish',
  'language.fr': 'French',
  'language.ru': 'Russian',
  'language.zh': 'Chinese',

  'expected.mark': "'{mark}'",
  'expected.list': '{list}, {mark}',
  'expected.or': '{list} or {mark}',

  'frame.line': '{clause}: {message}',
  'frame.line.severity': '{clause}: {severity}: {message}',
  'frame.error': 'error',
  'frame.warning': 'warning',
  'frame.summary':
    '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
  'frame.clean': '{file}: no problems',
}
