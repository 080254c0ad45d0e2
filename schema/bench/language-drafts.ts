import { LANGUAGES, type Lang, ORGAN_FACTS } from '../lang.ts'
import { LEXICONS } from '../lexicon/lexicons.ts'
import { entryForms } from '../lexicon/types.ts'

// The words after each opening phrase and the punctuation that ends a preambular paragraph, an operative one and
// the last one, in each language, as a General Assembly text writes them.
const WORDING: Record<
  Lang,
  { body: string; pp: string; op: string; last: string; number: (n: number) => string }
> = {
  en: {
    body: 'the relevant resolutions and the report of the Secretary-General on the question',
    pp: ',',
    op: ';',
    last: '.',
    number: (n) => `${n}. `,
  },
  fr: {
    body: 'les résolutions pertinentes et le rapport du Secrétaire général sur la question',
    pp: ',',
    op: ' ;',
    last: '.',
    number: (n) => `${n}. `,
  },
  es: {
    body: 'las resoluciones pertinentes y el informe del Secretario General sobre la cuestión',
    pp: ',',
    op: ';',
    last: '.',
    number: (n) => `${n}. `,
  },
  ru: {
    body: 'соответствующие резолюции и доклад Генерального секретаря по этому вопросу',
    pp: ',',
    op: ';',
    last: '.',
    number: (n) => `${n}. `,
  },
  ar: {
    body: 'القرارات ذات الصلة وتقرير الأمين العام عن هذه المسألة',
    pp: '،',
    op: '؛',
    last: '.',
    number: (n) => `${n} - `,
  },
  zh: { body: '有关决议和秘书长关于这个问题的报告', pp: '，', op: '；', last: '。', number: (n) => `${n}. ` },
}

/** The opening phrases of one kind a General Assembly text uses in a language (the feminine forms). */
function phrases(lang: Lang, kind: 'preambular' | 'operative'): string[] {
  return LEXICONS[lang][kind].map((e) => entryForms(e).find((f) => f.gender !== 'm')!.text)
}

/**
 * A typed General Assembly draft in `lang` with `preambular` + `operative` paragraphs (40 + 60 by default),
 * each opening with a phrase of the language's lexicon, as a delegation would paste it: the formula, the
 * preambular paragraphs, the numbered operative ones, a blank line between paragraphs.
 */
export function languageDraft(lang: Lang, preambular = 40, operative = 60): string {
  const w = WORDING[lang]
  const pp = phrases(lang, 'preambular')
  const op = phrases(lang, 'operative')
  const lines = [ORGAN_FACTS.ga.formula[lang]]
  for (let i = 0; i < preambular; i++) lines.push(`${pp[i % pp.length]} ${w.body}${w.pp}`)
  for (let i = 0; i < operative; i++) {
    const end = i === operative - 1 ? w.last : w.op
    lines.push(`${w.number(i + 1)}${op[i % op.length]} ${w.body}${end}`)
  }
  return `${lines.join('\n\n')}\n`
}

/** The six languages, in the order the bench prints them. */
export const BENCH_LANGUAGES: readonly Lang[] = LANGUAGES
