import type { ClausePlace, ClauseRef, WordingLanguage } from './wording-language.ts'

// unverified: no Chinese amendment document could be found with the search tool. The templates follow the
// English ones in the usage of Chinese United Nations texts ("执行部分第5段", "序言部分第三段", “ ” quotation
// marks, full-width punctuation); every template here is unverified.

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

function below100(n: number, leading: boolean): string {
  const t = Math.floor(n / 10)
  const u = n % 10
  if (t === 0) return DIGITS[u]!
  // 十一 at the start of a number, 一百一十一 inside one.
  return `${t === 1 && leading ? '' : DIGITS[t]}十${DIGITS[u]}`
}

/** Chinese ordinal numerals, 1 to 999, as in "第三段": "三", "二十一", "一百零一". */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`no Chinese ordinal for ${n}`)
  const h = Math.floor(n / 100)
  const rest = n % 100
  if (h === 0) return below100(rest, true)
  if (rest === 0) return `${DIGITS[h]}百`
  return `${DIGITS[h]}百${rest < 10 ? '零' : ''}${below100(rest, false)}`
}

function name(ref: ClauseRef): string {
  const top =
    ref.kind === 'operative' ? `执行部分第${ref.paragraph}段` : `序言部分第${chineseOrdinal(ref.paragraph)}段`
  return ref.sub.length ? `${top}${ref.sub.join('')}分段` : top
}

const q = (text: string) => `“${text}”`

function where(p: ClausePlace): string {
  if ('after' in p) return `移至${name(p.after)}之后`
  if ('before' in p) return `移至${name(p.before)}之前`
  if ('within' in p) return `移入${name(p.within)}`
  return p.part === 'operative' ? '移至执行部分' : '移至序言部分'
}

/** Amendment wording in Chinese (unverified). */
export const chinese: WordingLanguage = {
  lang: 'zh',
  comma: '，',
  ordinal: chineseOrdinal,
  inClause: (ref) => `在${name(ref)}中`,
  after: (anchor) => `在${q(anchor.text)}之后`,
  replace: (old, now) => `将${q(old.text)}改为${q(now.text)}`,
  delete: (old) => `删除${q(old.text)}`,
  insert: (words, at) => {
    if (at === 'end') return `在段末添加${q(words.text)}`
    if (at === 'start') return `在段首插入${q(words.text)}`
    return `插入${q(words.text)}`
  },
  and: (phrases) => phrases.join('，并'),
  insertClause: (kind, p) => {
    const what = `插入一个${kind === 'subparagraph' ? '新分段' : '新段落'}，内容如下：`
    if ('after' in p) return `在${name(p.after)}之后${what}`
    if ('before' in p) return `在${name(p.before)}之前${what}`
    if ('within' in p) return `在${name(p.within)}中${what}`
    return `在${p.part === 'operative' ? '执行部分' : '序言部分'}${what}`
  },
  deleteClause: (ref) => `删除${name(ref)}`,
  moveClause: (ref, p) => `将${name(ref)}${where(p)}`,
  title: (delegations, symbol) => `${delegations.join('、')}：对决议草案${symbol}的修正`,
}
