import type { HeaderField } from '../schema.ts'
import type { ReadContext } from './context.ts'
import type { FieldDraft } from './draft.ts'
import { type PreviousField, readHeaderLine } from './header-lines.ts'
import { appendRuns, joinRuns, plainRuns, plainText, prependRuns, type Run } from './runs.ts'

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

  constructor(private readonly ctx: ReadContext) {}

  /** A line whose field the source states (a Markdown heading or annotation). */
  field(name: HeaderField, runs: Run[], line: number): void {
    this.fields.push({ name, runs, line })
    this.prev = { name, text: plainText(runs) }
    this.titleOpen = false
  }

  /** A line to read by its words and its place. */
  line(runs: Run[], line: number, blankBefore: boolean): void {
    const text = plainText(runs)
    const reading = readHeaderLine(text, this.prev, blankBefore)
    switch (reading.kind) {
      case 'field':
        this.field(reading.name, runs, line)
        return
      case 'join': {
        const last = this.fields[this.fields.length - 1]!
        appendRuns(last.runs, runs)
        this.prev = { name: last.name, text: `${this.prev!.text} ${text}` }
        return
      }
      case 'letterhead':
        return
      case 'title':
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

  /** A title the source marks as such (a Markdown heading). */
  setTitle(number: string | null, runs: Run[], line: number): void {
    this.title = { number, runs, line }
    this.titleOpen = false
  }

  /**
   * Places the lines no pattern recognised: when `titleFromLast` and no title was read, the last group of them
   * (after the last field and a blank line) is the title; the others join the field before them, with a warning.
   */
  finish(titleFromLast: boolean): { fields: FieldDraft[]; title: TitleDraft } {
    let rest = this.unplaced
    if (!this.title && titleFromLast && rest.length) {
      // The last group of such lines (after a blank line or the last field), right above the formula.
      let from = rest.length
      while (from > 0 && rest[from - 1]!.after === this.fields.length) {
        from--
        if (rest[from]!.blankBefore) break
      }
      const lastGroup = rest.slice(from)
      if (lastGroup.length) {
        this.title = {
          number: null,
          runs: lastGroup.reduce<Run[]>((acc, u) => joinRuns(acc, u.runs), []),
          line: lastGroup[0]!.line,
        }
        rest = rest.slice(0, from)
      }
    }
    for (const u of rest) {
      const text = plainText(u.runs)
      const field = this.fields[u.after - 1] ?? this.fields[u.after]
      if (field) {
        if (u.after > 0) appendRuns(field.runs, u.runs)
        else prependRuns(field.runs, u.runs)
        this.ctx.warn(u.line, `header line not recognised: "${text}"; kept in the ${field.name} field`)
      } else if (this.title) {
        prependRuns(this.title.runs, u.runs)
        this.ctx.warn(u.line, `header line not recognised: "${text}"; kept in the title`)
      } else {
        this.title = { number: null, runs: u.runs, line: u.line }
        this.ctx.warn(u.line, `header line not recognised: "${text}"; kept as the title`)
      }
    }
    return { fields: this.fields, title: this.title ?? { number: null, runs: [], line: 0 } }
  }
}
