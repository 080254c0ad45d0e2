import { ANNEX_NUMBER_WORDS } from '../annex-labels.ts'
import { simplifiedChinese } from '../lexicon/zh-traditional.ts'

const { annex, arOrdinals, arAdverbs, arLetterNames } = ANNEX_NUMBER_WORDS
const ZH_NUMERALS = '[一二三四五六七八九十]+'

// "Annex", "ANNEX II", "Annexe", "Anexo I", "Приложение", "المرفق الأول", "مرفق", "附件一": the line that opens an
// annex, its number in Roman or Arabic digits or (in Arabic and Chinese) in words.
const LABEL = new RegExp(
  [
    `^(?:annex|annexe|anexo|приложение)(?:\\s+(?:[IVXLC]+|\\d{1,2}))?$`,
    `^(?:${annex.ar}|مرفق)(?:\\s+(?:${arOrdinals.join('|')}|[0-9٠-٩]{1,2}))?$`,
    `^${annex.zh}(?:${ZH_NUMERALS}|\\d{1,2})?$`,
  ].join('|'),
  'iu',
)

/** Whether a line is the label that opens an annex ("Annex", "Annex II", "Anexo", "المرفق الأول", "附件"). */
export function isAnnexLabel(text: string): boolean {
  const line = simplifiedChinese(text.trim().replace(/[.:：]$/u, ''))
  return line.length <= 24 && LABEL.test(line)
}

/** A section heading of an annex: its level and the words after its number (empty when they stand apart). */
export interface AnnexHeadingLine {
  level: 1 | 2
  /** The number as printed ("II.", "ثانيا -"). */
  label: string
  rest: string
}

const LEVEL_1 = new RegExp(
  [
    '^([IVXL]{1,6}\\.)(?:\\s+(\\S.*))?$',
    `^((?:${arAdverbs.join('|')})\\s*[-–—])(?:\\s*(\\S.*))?$`,
    `^(${ZH_NUMERALS}[.．、])(?:\\s*(\\S.*))?$`,
  ].join('|'),
  'u',
)
const LEVEL_2 = new RegExp(
  ['^([A-Z]\\.)(?:\\s+(\\p{Lu}.*))?$', `^((?:${arLetterNames.join('|')})\\s*[-–—])(?:\\s*(\\S.*))?$`].join(
    '|',
  ),
  'u',
)

/**
 * The section heading a line of an annex is: "I." or "II. Our changed world" (level 1, Roman numerals; Arabic
 * "ثانيا -", Chinese "二."), "A." or "B. Climate action" (level 2, capital letters; Arabic "باء -"); or null.
 * A level 2 heading on one line must start its words with a capital letter, so that a sentence is not one.
 */
export function matchAnnexHeading(text: string): AnnexHeadingLine | null {
  const line = text.trim()
  const one = LEVEL_1.exec(line)
  if (one) {
    const label = one[1] ?? one[3] ?? one[5]!
    return { level: 1, label, rest: (one[2] ?? one[4] ?? one[6] ?? '').trim() }
  }
  const two = LEVEL_2.exec(line)
  if (two) {
    const label = two[1] ?? two[3]!
    return { level: 2, label, rest: (two[2] ?? two[4] ?? '').trim() }
  }
  return null
}
