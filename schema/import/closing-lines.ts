import { simplifiedChinese } from '../lexicon/zh-traditional.ts'
import { isDateLine } from './dates.ts'

// Chinese numerals, as a page in words writes the meeting's number ("第一九七六次全體會議").
const ZH_NUMBER = '[0-9〇零一二三四五六七八九十百千]+'

// The meeting line that closes a General Assembly resolution: "65th plenary meeting", "65e séance plénière",
// "1976.ª sesión plenaria", "65-е пленарное заседание", "第65次全体会议", "الجلسة العامة 65"; and the line that
// closes a Security Council resolution copied from the web ("第4872次会议一致通过。"). A web page may put a comma
// or a full stop after it.
const MEETING = new RegExp(
  [
    '^\\d+(?:st|nd|rd|th) (?:plenary )?meeting$',
    '^\\d+(?:e|re|ème|ᵉ) séance(?: plénière)?$',
    '^\\d+\\.?(?:ª|a\\.?)? sesión(?: plenaria)?$',
    '^\\d+-?е (?:пленарное )?заседание$',
    `^.{0,24}第${ZH_NUMBER}次(?:全体)?会议.{0,8}$`,
    '^الجلسة (?:العامة )?[0-9٠-٩]+$',
  ].join('|'),
  'iu',
)

const TRAILING = /[\s,.;،。，；|]/u

/**
 * The line without the spaces and punctuation a web page puts after it, read from the end: a regular expression
 * anchored at the end tries every position of a long paragraph, and every body line is asked.
 */
function withoutTrailing(text: string): string {
  let end = text.length
  while (end > 0 && TRAILING.test(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** Whether a line names the meeting at which a resolution was adopted. */
export function isMeetingLine(text: string): boolean {
  const bare = withoutTrailing(text.trim())
  // The folding keeps one character for one, so a line too long stays too long.
  return bare.length <= 60 && MEETING.test(simplifiedChinese(bare))
}

/** Whether a line can stand in the closing lines: the meeting or the date of adoption. */
export function isClosingLine(text: string): boolean {
  return isMeetingLine(text) || isDateLine(withoutTrailing(text.trim()))
}
