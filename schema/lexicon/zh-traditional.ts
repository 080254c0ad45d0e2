// Traditional characters and the simplified ones the UN's Chinese texts (and so the lexicon) use, for the
// characters of the opening phrases, the organs' names and formulas, and the closing lines: a Chinese text
// copied from a page in traditional characters ("回顧", "決定", "大會", "全體會議") reads as the UN's
// ("回顾", "决定", "大会", "全体会议"). Each pair is one character for one, so positions do not move.
const PAIRS =
  '顧顾決决議议還还強强彊强調调滿满關关為为爲为遺遗贊赞讚赞賞赏確确認认銘铭記记慮虑識识嚴严驚惊譴谴責责歡欢' +
  '揚扬審审斷断據据聯联國国憲宪採采動动請请書书長长勵励籲吁謝谢權权過过會会經经濟济體体項项於于與与說说發发' +
  '現现並并後后這这個个們们來来對对時时從从將将無无業业實实區区衛卫際际環环護护維维戰战爭争'

const SIMPLIFIED = new Map<string, string>()
for (let i = 0; i + 1 < PAIRS.length; i += 2) SIMPLIFIED.set(PAIRS[i]!, PAIRS[i + 1]!)

const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'gu')

/**
 * A Chinese text with its traditional characters (those this module knows) written as the simplified ones, one
 * character for one, so that a match found in the result has the same length in the text.
 */
export function simplifiedChinese(text: string): string {
  TRADITIONAL.lastIndex = 0
  return TRADITIONAL.test(text) ? text.replace(TRADITIONAL, (c) => SIMPLIFIED.get(c)!) : text
}
