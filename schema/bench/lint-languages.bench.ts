// Times lint on a 100-paragraph draft (40 preambular, 60 operative paragraphs) in each of the six languages,
// each paragraph opening with a phrase of that language's lexicon, with a few planted problems (a wrong
// ending, an unclosed quotation mark, a repeated verb) so that the messages are built too. Target: under 2 ms
// per language. Prints median and p95 per language, then one JSON line with `lint_ms_<lang>` (the median).

import { LANGUAGES, type Lang, LEXICONS, lint } from '../index.ts'
import { clause, draft } from '../test/amendment-drafts.ts'
import { type Timing, time } from './timing.ts'

// A body of words after the opening phrase, and the marks that end a preambular and an operative paragraph.
const BODY: Record<Lang, { text: string; pre: string; op: string }> = {
  en: {
    text: 'the situation of human rights in the region and the work of the international community',
    pre: ',',
    op: ';',
  },
  fr: {
    text: 'la situation des droits de l’homme dans la région et le travail de la communauté internationale',
    pre: ',',
    op: '\u00a0;',
  },
  es: {
    text: 'la situación de los derechos humanos en la región y la labor de la comunidad internacional',
    pre: ',',
    op: ';',
  },
  ru: {
    text: 'положение в области прав человека в регионе и работу международного сообщества',
    pre: ',',
    op: ';',
  },
  ar: { text: 'حالة حقوق الإنسان في المنطقة وعمل المجتمع الدولي', pre: '،', op: '؛' },
  zh: { text: '该区域的人权状况和国际社会的工作', pre: '，', op: '；' },
}

/** The opening phrases of a lexicon list as the General Assembly (feminine where that matters) writes them. */
const openings = (lang: Lang, kind: 'preambular' | 'operative') =>
  LEXICONS[lang][kind].map((e) => (typeof e === 'string' ? e : e.f))

function hundredParagraphs(lang: Lang) {
  const { text, pre, op } = BODY[lang]
  const space = lang === 'zh' ? '' : ' '
  const pres = openings(lang, 'preambular')
  const ops = openings(lang, 'operative')
  const body = [
    ...Array.from({ length: 40 }, (_, i) => {
      const ending = i === 7 ? '.' : pre
      return clause('preambular', `p${i}`, `${pres[i % pres.length]}${space}${text}${ending}`)
    }),
    ...Array.from({ length: 60 }, (_, i) => {
      const ending = i === 59 ? (lang === 'zh' ? '。' : '.') : op
      const quote = i === 12 ? `${space}“${text}` : ''
      const verb = i === 31 ? ops[30 % ops.length] : ops[i % ops.length]
      return clause('operative', `o${i}`, `${verb}${space}${text}${quote}${ending}`)
    }),
  ]
  return draft(lang, body)
}

const results: Timing[] = []
const figures: Record<string, number> = {}
for (const lang of LANGUAGES) {
  const doc = hundredParagraphs(lang)
  const problems = lint(doc).length
  const result = time(`lint ${lang} (${problems} problems)`, 300, () => lint(doc))
  results.push(result)
  figures[`lint_ms_${lang}`] = result.median
}
const target = 2
console.log(
  JSON.stringify({
    bench: 'lint-languages',
    paragraphs: 100,
    ...figures,
    results,
    target_ms: target,
    ok: results.every((r) => r.median < target),
  }),
)
