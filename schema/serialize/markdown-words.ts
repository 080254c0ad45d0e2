import type { Node } from 'prosemirror-model'
import { matchOperativeNumber, matchSubLabel } from '../import/labels.ts'
import { HEADING, RULE } from '../import/markdown-blocks.ts'

// Escaping for the Markdown writer: plain words shown as they are, and the start of a block escaped where the
// reader would take it for structure (a heading, a label, a number, a footnote definition).

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/

/** Plain words (a note, a name, a legend, an instruction) escaped so that Markdown shows them as they are. */
export const escapeMarkdownWords = (text: string): string => text.replace(/[\\*_<>[\]&`]/g, (c) => `\\${c}`)

/** The words of a textblock as the reader's classification sees them: footnotes left out, breaks as spaces. */
export function plainOf(node: Node): string {
  let out = ''
  node.forEach((child) => {
    if (child.isText) out += child.text
    else if (child.type.name === 'hard_break') out += ' '
    else if (child.type.name === 'xref') out += child.attrs.target
  })
  return out
}

/** Whether text would be read as structure at the start of a block or line (a heading, a label, a number). */
function readsAsStructure(raw: string): boolean {
  return (
    HEADING.test(raw) ||
    RULE.test(raw) ||
    raw.startsWith('>') ||
    matchSubLabel(raw) !== null ||
    matchOperativeNumber(raw) !== null
  )
}

/** The text with its first markup character escaped if the reader would take its start for structure. */
export function escapeStart(raw: string): string {
  if (!readsAsStructure(raw)) return raw
  for (let i = 0; i < Math.min(raw.length, 8); i++) {
    if (ASCII_PUNCTUATION.test(raw[i]!)) return `${raw.slice(0, i)}\\${raw.slice(i)}`
  }
  const first = raw.codePointAt(0)!
  return `&#${first};${raw.slice(String.fromCodePoint(first).length)}`
}

/** A footnote marker at the start of a text, which the reader would take for a footnote definition. */
export const startsWithMarker = (raw: string) => /^<sup>\d+<\/sup>/.test(raw)

/** A value written inside a double-quoted HTML attribute. */
export const attrValue = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** A cross-reference target written as a link's fragment, every character a Markdown link could misread encoded. */
export const encodeTarget = (target: string) =>
  encodeURIComponent(target).replace(/[()*!']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
