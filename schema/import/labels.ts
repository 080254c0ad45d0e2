// Operative numbers as typed or printed: "1." "1)" "1 -" (Arabic "١ -", "٣-", or with a tatweel "1ـ"), "１．" and
// "1、" (Chinese, with no space after them), "1.决定" (a Chinese web page).
const OPERATIVE_NUMBER =
  /^([0-9٠-٩۰-۹０-９]{1,3})(?:[.)](?=[ \t]|$|[\u3400-\u9fff])|[．、]|[ \t]*[-–—ـ](?=[ \t]|$|[\u0621-\u064A]))[ \t]*/u

// Sub-paragraph labels: (a) (i) (aa), a) i) (French, Spanish), а) (Russian), (أ) (Arabic), 'ii' (Arabic second
// level), a. (third level), and (1).
const SUB_LABEL =
  /^(?:[(（](?:[a-z]{1,3}|[ivxlcdm]{1,7}|[\u0621-\u064A]{1,2}|[а-яё]{1,2}|[0-9]{1,2})[)）]|(?:[a-z]{1,3}|[ivxlcdm]{1,7}|[а-яё]{1,2})\)|[a-z]{1,2}\.|'[0-9٠-٩]{1,2}')(?=[ \t]|$)/u

/** A label or number found at the start of a paragraph. */
export interface LabelMatch {
  /** The label as written, without the space after it. */
  label: string
  /** Characters it covers, with the space after it. */
  length: number
}

/** A paragraph number at the start of a text, with its value. */
export interface NumberMatch extends LabelMatch {
  value: number
}

const digitValue = (c: number) =>
  c >= 0xff10 ? c - 0xff10 : c >= 0x06f0 ? c - 0x06f0 : c >= 0x0660 ? c - 0x0660 : c - 48

/** The operative paragraph number a text starts with ("5." "5)" "5 -"), or null. */
export function matchOperativeNumber(text: string): NumberMatch | null {
  const m = OPERATIVE_NUMBER.exec(text)
  if (!m) return null
  let value = 0
  for (const ch of m[1]!) value = value * 10 + digitValue(ch.charCodeAt(0))
  return { label: m[0].trimEnd(), length: m[0].length, value }
}

/** The sub-paragraph label a text starts with ("(a)", "ii)", "(أ)"), or null. */
export function matchSubLabel(text: string): LabelMatch | null {
  const m = SUB_LABEL.exec(text)
  if (!m) return null
  let length = m[0].length
  while (text[length] === ' ' || text[length] === '\t') length++
  return { label: m[0], length }
}

/** A label without its brackets and points, for comparing "a)" with "(a)". */
export function labelCore(label: string): string {
  return label.replace(/[()（）'.\s]/g, '').toLowerCase()
}
