import { arabicOrdinal } from '../amendments/wording-ar.ts'
import { englishOrdinal } from '../amendments/wording-en.ts'
import { spanishOrdinal } from '../amendments/wording-es.ts'
import { frenchOrdinal } from '../amendments/wording-fr.ts'
import type { ClauseRef } from '../amendments/wording-language.ts'
import { russianOrdinal } from '../amendments/wording-ru.ts'
import { chineseOrdinal } from '../amendments/wording-zh.ts'
import type { Lang } from '../lang.ts'

// How a comparison names a clause standing alone (a heading, a label in JSON), in the forms the amendment
// wording uses (schema/amendments/wording-*.ts) without the article or case an instruction needs: "operative
// paragraph 6", "paragraphe 6 du dispositif", "párrafo 6 de la parte dispositiva", "пункт 6 постановляющей
// части", "الفقرة 6 من المنطوق", "执行部分第6段"; preambular paragraphs by their ordinal.
//
// "(formerly N)" after a renumbered clause. Sources: the issue that asked for the comparison (issue 13) gives
// "operative paragraph 6 (formerly 7)" and "paragraphe 6 du dispositif (ancien paragraphe 7)"; its brief gives,
// as UN usage, ru "пункт 6 постановляющей части (бывший пункт 7)", ar "الفقرة 6 من المنطوق (الفقرة 7 سابقا)" and
// zh "执行部分第6段(原第7段)". No UN document with these phrases could be reached with the search tool (pages
// and code corpora, exact-string search of "(formerly operative paragraph", "(ancien paragraphe", "(бывший
// пункт", "(antiguo párrafo"), so the Spanish "(antiguo párrafo 7)" and every form for sub-paragraphs and
// preambular paragraphs are `unverified`, built after the ones above.

interface Namer {
  /** The clause as a heading names it. */
  name(ref: ClauseRef): string
  /** What follows a renumbered clause's name: "(formerly 7)", given its name before. */
  formerly(now: ClauseRef, before: ClauseRef): string
}

const sameKind = (a: ClauseRef, b: ClauseRef) => a.kind === b.kind && a.sub.length === b.sub.length
/** Both top-level preambular paragraphs: the earlier one named by its ordinal alone, "(formerly third)". */
const preambular = (a: ClauseRef, b: ClauseRef) =>
  a.kind === 'preambular' && b.kind === 'preambular' && a.sub.length === 0 && b.sub.length === 0
const numbers = (ref: ClauseRef) => [ref.paragraph, ...ref.sub].join(' ')

const NAMERS: Record<Lang, Namer> = {
  en: {
    name: (ref) => {
      if (ref.kind === 'operative') return `operative paragraph ${numbers(ref)}`
      const top = `${englishOrdinal(ref.paragraph)} preambular paragraph`
      return ref.sub.length ? `subparagraph ${ref.sub.join(' ')} of the ${top}` : top // unverified
    },
    // "operative paragraph 6 (formerly 7)" (issue 13); "(formerly 5 (c))", "(formerly fourth ...)": unverified
    formerly: (now, before) =>
      now.kind === 'operative' && before.kind === 'operative'
        ? `(formerly ${numbers(before)})`
        : preambular(now, before)
          ? `(formerly ${englishOrdinal(before.paragraph)})`
          : `(formerly ${NAMERS.en.name(before)})`,
  },
  fr: {
    name: (ref) => {
      let name =
        ref.kind === 'operative'
          ? `paragraphe ${ref.paragraph} du dispositif`
          : `${frenchOrdinal(ref.paragraph)} alinéa du préambule`
      ref.sub.forEach((label, i) => {
        name = `${i === 0 ? 'alinéa' : 'sous-alinéa'} ${label} ${i === 0 && ref.kind === 'preambular' ? 'de l’' : 'du '}${name}`
      })
      return name
    },
    // "paragraphe 6 du dispositif (ancien paragraphe 7)" (issue 13); the other forms unverified
    formerly: (now, before) =>
      sameKind(now, before) && before.kind === 'operative' && before.sub.length === 0
        ? `(ancien paragraphe ${before.paragraph})`
        : preambular(now, before)
          ? `(ancien ${frenchOrdinal(before.paragraph)} alinéa)`
          : `(ancien ${NAMERS.fr.name(before)})`,
  },
  es: {
    // unverified, as the Spanish amendment wording it follows
    name: (ref) => {
      if (ref.kind === 'operative') return `párrafo ${numbers(ref)} de la parte dispositiva`
      const top = `${spanishOrdinal(ref.paragraph)} párrafo del preámbulo`
      return ref.sub.length ? `apartado ${ref.sub.join(' ')} del ${top}` : top
    },
    // unverified: "(antiguo párrafo 7)"
    formerly: (now, before) =>
      sameKind(now, before) && before.kind === 'operative' && before.sub.length === 0
        ? `(antiguo párrafo ${before.paragraph})`
        : preambular(now, before)
          ? `(antiguo ${spanishOrdinal(before.paragraph)} párrafo)`
          : `(antiguo ${NAMERS.es.name(before)})`,
  },
  ru: {
    name: (ref) => {
      const top =
        ref.kind === 'operative'
          ? `пункт ${ref.paragraph} постановляющей части`
          : `${russianOrdinal(ref.paragraph)} пункт преамбулы`
      if (ref.sub.length === 0) return top
      // Nested sub-paragraphs in the genitive, as the amendment wording names them: "подпункт б) пункта 4 ...".
      const genitive =
        ref.kind === 'operative'
          ? `пункта ${ref.paragraph} постановляющей части`
          : `${russianOrdinal(ref.paragraph).replace(/(ий|ый|ой)$/, (e) => (e === 'ий' ? 'ьего' : 'ого'))} пункта преамбулы`
      let inner = genitive
      for (let i = 0; i < ref.sub.length - 1; i++) inner = `подпункта ${ref.sub[i]} ${inner}`
      return `подпункт ${ref.sub[ref.sub.length - 1]} ${inner}`
    },
    // "пункт 6 постановляющей части (бывший пункт 7)" (brief of issue 13); the other forms unverified
    formerly: (now, before) =>
      sameKind(now, before) && before.kind === 'operative' && before.sub.length === 0
        ? `(бывший пункт ${before.paragraph})`
        : preambular(now, before)
          ? `(бывший ${russianOrdinal(before.paragraph)} пункт)`
          : `(бывший ${NAMERS.ru.name(before)})`,
  },
  ar: {
    name: (ref) => {
      let name =
        ref.kind === 'operative'
          ? `الفقرة ${ref.paragraph} من المنطوق`
          : `الفقرة ${arabicOrdinal(ref.paragraph)} من الديباجة`
      for (const label of ref.sub) name = `الفقرة الفرعية ${label} من ${name}`
      return name
    },
    // "الفقرة 6 من المنطوق (الفقرة 7 سابقا)" (brief of issue 13); the other forms unverified
    formerly: (now, before) =>
      sameKind(now, before) && before.kind === 'operative' && before.sub.length === 0
        ? `(الفقرة ${before.paragraph} سابقا)`
        : preambular(now, before)
          ? `(الفقرة ${arabicOrdinal(before.paragraph)} سابقا)`
          : `(${NAMERS.ar.name(before)} سابقا)`,
  },
  zh: {
    name: (ref) => {
      const top =
        ref.kind === 'operative'
          ? `执行部分第${ref.paragraph}段`
          : `序言部分第${chineseOrdinal(ref.paragraph)}段`
      return ref.sub.length ? `${top}${ref.sub.join('')}分段` : top
    },
    // "执行部分第6段(原第7段)" (brief of issue 13): no space before the parenthesis; the other forms unverified
    formerly: (now, before) =>
      sameKind(now, before) && before.kind === 'operative' && before.sub.length === 0
        ? `(原第${before.paragraph}段)`
        : preambular(now, before)
          ? `(原第${chineseOrdinal(before.paragraph)}段)`
          : `(原${NAMERS.zh.name(before)})`,
  },
}

/** How a clause is named in a language, standing alone: "operative paragraph 6", "third preambular paragraph". */
export function clauseLabel(lang: Lang, ref: ClauseRef): string {
  return NAMERS[lang].name(ref)
}

/**
 * A renumbered clause named with both numbers: "operative paragraph 6 (formerly 7)", "paragraphe 6 du
 * dispositif (ancien paragraphe 7)", "执行部分第6段(原第7段)".
 */
export function renumberedLabel(lang: Lang, now: ClauseRef, before: ClauseRef): string {
  const namer = NAMERS[lang]
  return `${namer.name(now)}${lang === 'zh' ? '' : ' '}${namer.formerly(now, before)}`
}

/** The parenthesis alone that follows a renumbered clause's number: "(formerly 7)", "(ancien paragraphe 7)". */
export function formerlyNote(lang: Lang, now: ClauseRef, before: ClauseRef): string {
  return NAMERS[lang].formerly(now, before)
}
