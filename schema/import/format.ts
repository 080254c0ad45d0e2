/** The kinds of text `importResolution` reads. */
export type ImportFormat = 'markdown' | 'pdf-text' | 'typed'

const MARKDOWN_SIGNS =
  /^#{1,6} |^> |<sup>\d+<\/sup>|^<!-- penholder|^\[\^[^\]]+\]:|^\*[^*\s\d][^*\n]*\*[,.;:]?[ \t]*$/m
const EMPHASIS = /\*[^*\s][^*\n]*\*/g
const RUNNING_LINE = /^(?:\d{2}-\d{5}(?: \([A-Z]\))?|\*\d{7,}\*|Please recycle.*|\d+\/\d+)$/m
const CLAUSE_END = /[,;.:،؛，；。：]["”»’')\]]*$/u

/**
 * What a text is: text extracted from a PDF (page breaks as form feeds, the UN's running footers, or lines
 * wrapped at a fixed width), Markdown (headings, `*italics*`, `<sup>` footnotes), or else a typed draft.
 */
export function detectFormat(text: string): ImportFormat {
  if (text.includes('\f') || RUNNING_LINE.test(text)) return 'pdf-text'
  if (MARKDOWN_SIGNS.test(text) || (text.match(EMPHASIS)?.length ?? 0) >= 3) return 'markdown'
  // Hard-wrapped lines: long paragraphs of many lines, most of which stop mid-sentence.
  let lines = 0
  let open = 0
  let blocks = 0
  let inBlock = false
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line) {
      inBlock = false
      continue
    }
    if (!inBlock) blocks++
    inBlock = true
    lines++
    if (line.length > 40 && !CLAUSE_END.test(line)) open++
  }
  return lines >= 8 && lines / Math.max(1, blocks) >= 4 && open / lines > 0.5 ? 'pdf-text' : 'typed'
}
