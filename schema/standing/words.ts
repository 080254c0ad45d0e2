import type { Lang } from '../lang.ts'
import type { ParagraphStatus } from './status.ts'

/**
 * The words the exports add for where each paragraph stands, in the draft's language: the status written after
 * a paragraph of a compilation text, the label of an alternative wording, and the legend's line on brackets.
 */
export interface StandingWords {
  /** A paragraph's status as a compilation text writes it: "agreed ad ref.". */
  status: Record<ParagraphStatus, string>
  /** The label of the n-th wording of a paragraph: "Alt 1" is its own words, "Alt 2" the first alternative. */
  alternative(n: number): string
  /** Separates a status from its note: "agreed ad ref.; pending consultation in capitals". */
  separator: string
  /** The legend's line on square brackets and alternatives. */
  legend: string
}

// Sources. "Agreed ad ref" and "Alt 1"/"Alt 2" are how English compilation texts of UN negotiations write them
// (e.g. the facilitators' texts of the Commission on the Status of Women and of intergovernmental conferences).
// "Variante" (French), "Alternativa" (Spanish), "Вариант" (Russian), "البديل" (Arabic) and "备选案文" (Chinese)
// are the usual translations of "alternative" wording in UN documents; the other phrases are this project's
// and, as in serialize/view-words.ts, unverified outside English.

/** The words of each language. */
export const STANDING_WORDS: Record<Lang, StandingWords> = {
  en: {
    status: { open: 'open', 'agreed-ad-ref': 'agreed ad ref.', agreed: 'agreed' },
    alternative: (n) => `Alt ${n}`,
    separator: '; ',
    legend:
      '[ ]: words not agreed, with the delegation that asked for the brackets; Alt 1, Alt 2: alternative wordings',
  },
  fr: {
    status: { open: 'en discussion', 'agreed-ad-ref': 'convenu ad referendum', agreed: 'convenu' },
    alternative: (n) => `Variante ${n}`,
    separator: '\u00a0; ',
    legend:
      '[ ]\u00a0: libellé non convenu, avec la délégation qui a demandé les crochets\u00a0; Variante 1, Variante 2\u00a0: libellés possibles',
  },
  es: {
    status: { open: 'abierto', 'agreed-ad-ref': 'acordado ad referéndum', agreed: 'acordado' },
    alternative: (n) => `Alternativa ${n}`,
    separator: '; ',
    legend:
      '[ ]: texto no acordado, con la delegación que pidió los corchetes; Alternativa 1, Alternativa 2: redacciones posibles',
  },
  ru: {
    status: { open: 'не согласовано', 'agreed-ad-ref': 'согласовано ad referendum', agreed: 'согласовано' },
    alternative: (n) => `Вариант ${n}`,
    separator: '; ',
    legend:
      '[ ]: несогласованный текст и делегация, попросившая о квадратных скобках; Вариант 1, Вариант 2: альтернативные формулировки',
  },
  ar: {
    status: { open: 'مفتوح', 'agreed-ad-ref': 'متفق عليه رهناً بالاستشارة', agreed: 'متفق عليه' },
    alternative: (n) => `البديل ${n}`,
    separator: '؛ ',
    legend: '[ ]: نص غير متفق عليه، مع الوفد الذي طلب الأقواس المعقوفة؛ البديل 1، البديل 2: صيغ بديلة',
  },
  zh: {
    status: { open: '未商定', 'agreed-ad-ref': '暂时商定（待核准）', agreed: '已商定' },
    alternative: (n) => `备选案文${n}`,
    separator: '；',
    legend: '[ ]：未商定的案文及要求加方括号的代表团；备选案文1、备选案文2：备选措辞',
  },
}
