import type { Mark } from 'prosemirror-model'
import {
  type ImportWarning,
  newId,
  type ParagraphProposal,
  type StyledInline,
  type StyledRole,
  schema,
} from '../../../schema/index.ts'
import type { WordChange, WordInline, WordParagraph } from './read-paragraphs.ts'
import type { NumberingRef } from './read-styles.ts'

/** What to do with the tracked changes of a Word file: accept them, or keep them as proposals of their authors. */
export type ChangesChoice = 'accept' | 'proposals'

/** A paragraph with its tracked changes settled: content in the importer's form, and a whole-paragraph proposal. */
export interface SettledParagraph {
  index: number
  content: StyledInline[]
  role: StyledRole
  numbering: NumberingRef | null
  proposal: ParagraphProposal | null
  /** The clause id a moved paragraph needs, so that the copy at its new place can name it. */
  id: string | null
}

/** A proposal on a whole paragraph, and the clause id the paragraph needs (a moved one, for its copy to name). */
interface WholeProposal {
  proposal: ParagraphProposal
  id: string | null
}

/** A fresh amendment id, in the editor's form (a clause id with "a" for "c"). */
const newAmendmentId = () => `a${newId().slice(1)}`

const delegationOf = (change: WordChange) => change.author || 'Unknown author'

/** The content with every change accepted: deleted words dropped, inserted ones kept. */
function accepted(items: readonly WordInline[]): StyledInline[] {
  const out: StyledInline[] = []
  for (const item of items) {
    if (item.changes.some((c) => c.kind === 'del')) continue
    if (item.type === 'note') out.push({ type: 'note', content: accepted(item.content), changes: [] })
    else if (item.type === 'break') out.push({ type: 'break', changes: [] })
    else out.push({ type: 'text', text: item.text, italic: item.italic, sup: item.sup, changes: [] })
  }
  return out
}

/** Counts the tracked changes of each author (each `w:ins`, `w:del`, move once), and where each first appears. */
class ChangeCount {
  private readonly seen = new Set<WordChange>()
  readonly byAuthor = new Map<string, { count: number; line: number }>()

  note(change: WordChange, line: number): void {
    if (this.seen.has(change)) return
    this.seen.add(change)
    const name = delegationOf(change)
    const entry = this.byAuthor.get(name)
    if (entry) entry.count++
    else this.byAuthor.set(name, { count: 1, line })
  }

  items(items: readonly WordInline[], line: number): void {
    for (const item of items) {
      for (const change of item.changes) this.note(change, line)
      if (item.type === 'note') this.items(item.content, line)
    }
  }

  warnings(done: (author: string) => string): ImportWarning[] {
    return [...this.byAuthor].map(([author, { count, line }]) => ({
      line,
      message: `${count} tracked change${count === 1 ? '' : 's'} by ${author} ${done(author)}`,
    }))
  }
}

/**
 * Accepts the tracked changes of a Word file's paragraphs: deleted words and paragraphs go, inserted ones stay,
 * and a paragraph whose break was deleted joins the next (which gives it its style and list, as in Word).
 */
function acceptAll(paragraphs: readonly WordParagraph[], count: ChangeCount): SettledParagraph[] {
  const out: SettledParagraph[] = []
  let carried: StyledInline[] | null = null
  paragraphs.forEach((p, i) => {
    count.items(p.inline, p.index)
    // A paragraph whose words are all deleted goes with them, as accepting its deletion proposal would take it;
    // if its break stays, text joined to it from before ends there (a deletion selected from the end of the
    // paragraph before it), with its style and list as in Word.
    if (wholeChange(p.inline, 'del')) {
      if (carried && p.mark?.kind !== 'del') {
        out.push({
          index: p.index,
          content: carried,
          role: p.role,
          numbering: p.numbering,
          proposal: null,
          id: null,
        })
        carried = null
      }
      return
    }
    let content = accepted(p.inline)
    if (carried) content = [...carried, ...content]
    carried = null
    if (p.mark?.kind === 'del' && i < paragraphs.length - 1) {
      count.note(p.mark, p.index)
      carried = content
      return
    }
    out.push({ index: p.index, content, role: p.role, numbering: p.numbering, proposal: null, id: null })
  })
  return out
}

/** Whether all the words of a paragraph are in changes of one kind by one author: that change, else null. */
function wholeChange(items: readonly WordInline[], kind: 'ins' | 'del'): WordChange | null {
  let found: WordChange | null = null
  let words = false
  for (const item of items) {
    if (item.type === 'text' && item.text.trim() === '') continue
    if (item.type === 'break') continue
    words = true
    const change = item.changes.find((c) => c.kind === kind)
    if (!change) return null
    if (found && (delegationOf(found) !== delegationOf(change) || found.move !== change.move)) return null
    found ??= change
  }
  return words ? found : null
}

const wordsOf = (items: readonly WordInline[]) =>
  accepted(items.map((i) => ({ ...i, changes: [] })))
    .map((i) => (i.type === 'text' ? i.text : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()

/** The whole-paragraph proposals: insertions, deletions, and moves (a moved-out paragraph and its copy). */
function paragraphProposals(paragraphs: readonly WordParagraph[]): Map<number, WholeProposal> {
  const out = new Map<number, WholeProposal>()
  const deleted = paragraphs.map((p) => wholeChange(p.inline, 'del'))
  const words = (at: number) => wordsOf(paragraphs[at]!.inline)
  paragraphs.forEach((p, at) => {
    const inserted = wholeChange(p.inline, 'ins')
    if (!inserted) return
    const delegation = delegationOf(inserted)
    const from = inserted.move
      ? deleted.findIndex(
          (d, k) => d?.move && !out.has(k) && delegationOf(d) === delegation && words(k) === words(at),
        )
      : -1
    const amendment = newAmendmentId()
    if (from < 0) {
      out.set(at, { proposal: { amendment, delegation, kind: 'insert' }, id: null })
      return
    }
    const id = newId()
    out.set(from, { proposal: { amendment, delegation, kind: 'move' }, id })
    out.set(at, { proposal: { amendment, delegation, kind: 'move', from: id }, id: null })
  })
  deleted.forEach((change, at) => {
    if (!change || out.has(at)) return
    out.set(at, {
      proposal: { amendment: newAmendmentId(), delegation: delegationOf(change), kind: 'delete' },
      id: null,
    })
  })
  return out
}

/**
 * Keeps the tracked changes of a Word file's paragraphs as proposals of their authors: words inserted or
 * deleted (or moved) become insertion and deletion marks, one amendment per author and paragraph; a paragraph
 * wholly inserted or deleted by one author becomes that author's proposal on the clause, and a paragraph moved
 * (its copy the same words) a move. Changes inside footnotes are accepted: footnote words take no proposals.
 */
function keepAsProposals(
  paragraphs: readonly WordParagraph[],
  count: ChangeCount,
  warnings: ImportWarning[],
): SettledParagraph[] {
  const whole = paragraphProposals(paragraphs)
  return paragraphs.map((p, at) => {
    count.items(p.inline, p.index)
    const paragraph = whole.get(at)
    const ids = new Map<string, string>()
    if (paragraph) ids.set(paragraph.proposal.delegation, paragraph.proposal.amendment)
    const marksOf = (changes: readonly WordChange[]): Mark[] =>
      changes.map((c) => {
        const delegation = delegationOf(c)
        let amendment = ids.get(delegation)
        if (!amendment) {
          amendment = newAmendmentId()
          ids.set(delegation, amendment)
        }
        const type = c.kind === 'ins' ? schema.marks.insertion : schema.marks.deletion
        return type.create({ amendment, delegation })
      })
    const content: StyledInline[] = p.inline.map((item) => {
      const changes = marksOf(item.changes)
      if (item.type === 'note') {
        if (item.content.some((c) => c.changes.length > 0))
          warnings.push({
            line: p.index,
            message: 'tracked changes inside a footnote are accepted: footnotes take no proposals',
          })
        return { type: 'note', content: accepted(item.content), changes }
      }
      if (item.type === 'break') return { type: 'break', changes }
      return { type: 'text', text: item.text, italic: item.italic, sup: item.sup, changes }
    })
    if (p.mark?.kind === 'del' && !paragraph && !whole.has(at + 1) && at < paragraphs.length - 1) {
      warnings.push({
        line: p.index,
        message: `${delegationOf(p.mark)}'s tracked join of this paragraph with the next is not kept as a proposal`,
      })
    }
    return {
      index: p.index,
      content,
      role: p.role,
      numbering: p.numbering,
      proposal: paragraph?.proposal ?? null,
      id: paragraph?.id ?? null,
    }
  })
}

/**
 * Settles the tracked changes of a Word file as the user chose (`accept`, or `proposals` of their authors) and
 * says, per author, how many there were and what was done with them.
 */
export function settleChanges(
  paragraphs: readonly WordParagraph[],
  choice: ChangesChoice,
): { paragraphs: SettledParagraph[]; warnings: ImportWarning[] } {
  const count = new ChangeCount()
  const warnings: ImportWarning[] = []
  const settled =
    choice === 'accept' ? acceptAll(paragraphs, count) : keepAsProposals(paragraphs, count, warnings)
  warnings.push(
    ...count.warnings((author) => (choice === 'accept' ? 'accepted' : `kept as ${author}'s proposals`)),
  )
  return { paragraphs: settled, warnings }
}
