// Dates as the six language versions print them in headers and closing lines.
const EN = 'January|February|March|April|May|June|July|August|September|October|November|December'
const FR = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'
const ES =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre'
const RU = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря'
// Arabic texts of the United Nations give the Syriac month name and the Latin one: "19 كانون الأول/ديسمبر 2016".
const AR = 'يناير|فبراير|مارس|أبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر'
const D = '[0-9٠-٩]'

const DATE = new RegExp(
  [
    `^\\d{1,2} (?:${EN}) \\d{4}$`,
    `^\\d{1,2}(?:er)? (?:${FR}) \\d{4}$`,
    `^\\d{1,2} de (?:${ES}) de \\d{4}$`,
    `^\\d{1,2} (?:${RU}) \\d{4}(?: (?:года|г\\.))?$`,
    `^${D}{1,2} (?:[\\u0600-\\u06FF ]+/)?(?:${AR}) ${D}{4}$`,
    '^\\d{4}年\\d{1,2}月\\d{1,2}日$',
    '^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$',
  ].join('|'),
  'iu',
)

/** Whether a line is a date alone ("2 March 2022", "19 décembre 2016", "2016年12月19日"). */
export function isDateLine(text: string): boolean {
  return DATE.test(text.trim())
}
