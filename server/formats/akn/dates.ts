// Printed dates of the six language versions read as ISO dates, for FRBRdate and docDate's `date` attribute.

const MONTHS: [RegExp, number][] = [
  // English, French, Spanish, Russian (genitive) and Arabic (the Latin month name, which Arabic texts print after
  // the Syriac one: "19 كانون الأول/ديسمبر 2016"). The Arabic pairs cover both spellings in use.
  [/^(?:january|janvier|enero|января|يناير)$/iu, 1],
  [/^(?:february|février|febrero|февраля|فبراير)$/iu, 2],
  [/^(?:march|mars|marzo|марта|مارس)$/iu, 3],
  [/^(?:april|avril|abril|апреля|أبريل)$/iu, 4],
  [/^(?:may|mai|mayo|мая|مايو)$/iu, 5],
  [/^(?:june|juin|junio|июня|يونيه|يونيو)$/iu, 6],
  [/^(?:july|juillet|julio|июля|يوليه|يوليو)$/iu, 7],
  [/^(?:august|août|agosto|августа|أغسطس)$/iu, 8],
  [/^(?:september|septembre|septiembre|setiembre|сентября|سبتمبر)$/iu, 9],
  [/^(?:october|octobre|octubre|октября|أكتوبر)$/iu, 10],
  [/^(?:november|novembre|noviembre|ноября|نوفمبر)$/iu, 11],
  [/^(?:december|décembre|diciembre|декабря|ديسمبر)$/iu, 12],
]

const WORDS = '\\p{L}+(?:/\\p{L}+)?'
// "19 December 2016", "1er mars 2022", "19 de diciembre de 2016", "19 декабря 2016 года", Arabic with either
// digits, and the Chinese "2016年12月19日".
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:er)? (?:de )?((?:\\p{L}+ )*?${WORDS}) (?:de )?(\\d{4})`, 'u')
const CHINESE = /(\d{4})年(\d{1,2})月(\d{1,2})日/

const pad = (n: number) => String(n).padStart(2, '0')

/** Arabic-Indic digits as ASCII ones. */
const asciiDigits = (text: string) =>
  text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))

/** A real day of the Gregorian calendar, as YYYY-MM-DD, or null. */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/**
 * The first date printed in a line, as YYYY-MM-DD: "20 janvier 2017" → "2017-01-20", "Resolution adopted by
 * the General Assembly on 2 March 2022" → "2022-03-02", "2022年11月1日" → "2022-11-01". Null when the line holds
 * no date in one of the six languages.
 */
export function isoDateIn(line: string): string | null {
  const text = asciiDigits(line)
  const zh = CHINESE.exec(text)
  if (zh) return isoDate(Number(zh[1]), Number(zh[2]), Number(zh[3]))
  const m = DAY_MONTH_YEAR.exec(text)
  if (!m) return null
  // The month is the last word before the year ("كانون الأول/ديسمبر" → "ديسمبر").
  const word = m[2]!.split(/[ /]/).pop()!
  const month = MONTHS.find(([pattern]) => pattern.test(word))?.[1]
  return month ? isoDate(Number(m[3]), month, Number(m[1])) : null
}
