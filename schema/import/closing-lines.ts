import { isDateLine } from './dates.ts'

// The meeting line that closes a General Assembly resolution: "65th plenary meeting", "65e séance plénière".
const MEETING = new RegExp(
  [
    '^\\d+(?:st|nd|rd|th) (?:plenary )?meeting$',
    '^\\d+(?:e|re|ème|ᵉ) séance(?: plénière)?$',
    '^\\d+[ªa]? sesión(?: plenaria)?$',
    '^\\d+-?е (?:пленарное )?заседание$',
    '^第\\d+次(?:全体)?会议$',
    '^الجلسة (?:العامة )?[0-9٠-٩]+$',
  ].join('|'),
  'iu',
)

/** Whether a line names the meeting at which a resolution was adopted. */
export function isMeetingLine(text: string): boolean {
  return MEETING.test(text.trim())
}

/** Whether a line can stand in the closing lines: the meeting or the date of adoption. */
export function isClosingLine(text: string): boolean {
  return isMeetingLine(text) || isDateLine(text)
}
