import type { Lang } from '../lang.ts'
import type { HeaderField } from '../schema.ts'
import type { ReadContext } from './context.ts'
import type { FieldDraft } from './draft.ts'
import { type PreviousField, readHeaderLine, splitHeaderLine } from './header-lines.ts'
import { appendRuns, joinRuns, plainRuns, plainText, type Run } from './runs.ts'
import { sponsorLinesBefore } from './sponsor-lines.ts'

// The word "resolution" in the six languages, as a page's title line names the text.
const NAMES_RESOLUTION = /resolution|résolution|resolución|резолюци|قرار|决议|決議/iu

const SCRIPTS: Record<Lang, RegExp> = {
  ar: /[\u0600-\u06FF]/u,
  en: /[A-Za-z]/u,
  es: /[A-Za-z]/u,
  fr: /[A-Za-z]/u,
  ru: /[\u0400-\u04FF]/u,
  zh: /[\u3400-\u9FFF]/u,
}

/** Whether a text holds letters of the script a language is written in. */
const inScript = (text: string, lang: Lang) => SCRIPTS[lang].test(text)

/** The title as read from the header zone. */
export interface TitleDraft {
  number: string | null
  runs: Run[]
  line: number
}

interface Unplaced {
  runs: Run[]
  line: number
  /** Number of fields read before it. */
  after: number
  blankBefore: boolean
}

/**
 * Reads the lines above the authoring formula: header fields (in the six languages), the numbered title line,
 * and lines no pattern recognises. The last lines no pattern recognises, right above the formula, are the
 * title of a draft; other such lines are kept in the field before them and reported.
 */
export class HeaderReader {
  readonly fields: FieldDraft[] = []
  title: TitleDraft | null = null
  private readonly unplaced: Unplaced[] = []
  private prev: PreviousField | null = null
  private titleOpen = false
  /** The lines read into the last field, its first included, while they may be the start of a sponsor line. */
  private lastLines: Run[][] = []

  constructor(private readonly ctx: ReadContext) {}

  /** A line whose field the source states (a Markdown heading or annotation). */
  field(name: HeaderField, runs: Run[], line: number): void {
    if (name === 'sponsors') runs = this.takeSponsorLines(runs)
    this.fields.push({ name, runs, line })
    this.lastLines = [[...runs]]
    this.prev = { name, text: plainText(runs) }
    this.titleOpen = false
  }

  /** A line to read by its words and its place. */
  line(runs: Run[], line: number, blankBefore: boolean): void {
    const text = plainText(runs)
    const reading = readHeaderLine(text, this.prev, blankBefore)
    const pair = reading.kind === 'unknown' ? splitHeaderLine(text) : null
    if (pair) {
      this.line(plainRuns(pair[0]), line, blankBefore)
      this.line(plainRuns(pair[1]), line, false)
      return
    }
    switch (reading.kind) {
      case 'field':
        this.field(reading.name, runs, line)
        return
      case 'join': {
        const last = this.fields[this.fields.length - 1]!
        appendRuns(last.runs, runs)
        this.lastLines.push(runs)
        this.prev = { name: last.name, text: `${this.prev!.text} ${text}` }
        return
      }
      case 'letterhead':
        return
      case 'title':
        // A numbered title in another language's script (a page that holds two versions) is not this one's.
        if (reading.rest.trim() && !inScript(reading.rest, this.ctx.lang)) {
          this.prev = null
          this.unplaced.push({ runs, line, after: this.fields.length, blankBefore })
          return
        }
        this.title = { number: reading.number, runs: plainRuns(reading.rest.trim()), line }
        this.prev = null
        this.titleOpen = true
        return
      default:
        if (this.titleOpen && this.title) {
          appendRuns(this.title.runs, runs)
          return
        }
        this.prev = null
        this.unplaced.push({ runs, line, after: this.fields.length, blankBefore })
    }
  }

  /**
   * The runs of a sponsor line with the lines before it that belong to it, taken back from the field they were
   * read into (see `sponsorLinesBefore`); that field goes if nothing of it is left.
   */
  private takeSponsorLines(runs: Run[]): Run[] {
    const last = this.fields[this.fields.length - 1]
    const lines = this.lastLines
    // Only an agenda item's title takes lines that are no field of their own (see `readHeaderLine`).
    if (last?.name !== 'agendaTitle' || lines.length === 0 || this.prev?.name !== last.name) return runs
    const taken = sponsorLinesBefore(lines.map(plainText), plainText(runs), this.ctx.lang)
    if (taken === 0) return runs
    const kept = lines.slice(0, lines.length - taken)
    if (kept.length === 0) this.fields.pop()
    else last.runs = kept.reduce<Run[]>((acc, l) => joinRuns(acc, l), [])
    return [...lines.slice(kept.length), runs].reduce<Run[]>((acc, l) => joinRuns(acc, l), [])
  }

  /** A title the source marks as such (a Markdown heading). */
  setTitle(number: string | null, runs: Run[], line: number): void {
    this.title = { number, runs, line }
    this.titleOpen = false
  }

  /**
   * Places the lines no pattern recognised: when `titleFromLast` and no title was read, the last group of them
   * (after the last field and a blank line) is the title; the others join the field before them, with a
   * warning, and those before every field are left out and reported (a web page's lines above the resolution).
   */
  finish(titleFromLast: boolean): { fields: FieldDraft[]; title: TitleDraft } {
    let rest = this.unplaced
    if (!this.title && titleFromLast && rest.length) {
      // The last group of such lines (after a blank line or the last field), right above the formula; on a web
      // page, whose own lines stand there too, the last group that names a resolution.
      const groupAt = (end: number) => {
        let from = end
        while (from > 0 && rest[from - 1]!.after === this.fields.length) {
          from--
          if (rest[from]!.blankBefore) break
        }
        return from
      }
      let from = groupAt(rest.length)
      let to = rest.length
      for (let end = rest.length; end > 0; ) {
        const start = groupAt(end)
        if (start === end) break
        if (rest.slice(start, end).some((u) => NAMES_RESOLUTION.test(plainText(u.runs)))) {
          from = start
          to = end
          break
        }
        end = start
      }
      const lastGroup = rest.slice(from, to)
      if (lastGroup.length) {
        this.title = {
          number: null,
          runs: lastGroup.reduce<Run[]>((acc, u) => joinRuns(acc, u.runs), []),
          line: lastGroup[0]!.line,
        }
        rest = [...rest.slice(0, from), ...rest.slice(to)]
      }
    }
    for (const u of rest) {
      const text = plainText(u.runs)
      const field = this.fields[u.after - 1]
      if (field) {
        appendRuns(field.runs, u.runs)
        this.ctx.warn(u.line, `header line not recognised: "${text}"; kept in the ${field.name} field`)
      } else if (this.title || this.fields.length) {
        // Above every field: a web page's own lines, not the resolution's.
        this.ctx.unplace(u.line, text, 'above the resolution')
      } else {
        this.title = { number: null, runs: u.runs, line: u.line }
        this.ctx.warn(u.line, `header line not recognised: "${text}"; kept as the title`)
      }
    }
    return { fields: this.fields, title: this.title ?? { number: null, runs: [], line: 0 } }
  }
}
