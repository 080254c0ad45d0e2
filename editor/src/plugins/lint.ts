import type { Node } from 'prosemirror-model'
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { Decoration, type DecorationSet, type EditorView } from 'prosemirror-view'
import { applyLintFix, blockAt, type LintProblem, lint } from '../../../schema/index.ts'
import { t } from '../i18n/i18n.ts'
import { lintFixLabel, lintProblemText } from '../i18n/lint-text.ts'
import { changedRanges } from './changed-ranges.ts'
import { decorationSet, replaceChanged } from './decoration-diff.ts'
import { openingKey } from './opening.ts'

/** The problems of the current document and their underlines. */
export interface LintState {
  problems: LintProblem[]
  decorations: DecorationSet
  /**
   * Whether the document changed since it was last linted in full: the problems are then those of the last
   * full lint mapped through the changes, less those in the clauses the changes touched.
   */
  stale: boolean
}

/** What the idle full lint tells the plugin: the problems of a document. */
interface LintMeta {
  doc: Node
  problems: LintProblem[]
}

/** Key of the lint plugin, to read the current problems (for a count in the toolbar, or tests). */
export const lintKey = new PluginKey<LintState>('lint')

/** Underlines for a list of problems: red for errors, amber for warnings, the message as a tooltip. */
export function lintDecorations(doc: Node, problems: readonly LintProblem[]): DecorationSet {
  return decorationSet(doc, underlines(problems))
}

// Each decoration names its attributes in its spec (`diff`), so that a change that leaves the underlines as
// they were keeps the mapped set and the view compares nothing (see `replaceChanged`).
function underlines(problems: readonly LintProblem[]): Decoration[] {
  return problems.map((problem) => {
    const attrs = {
      class: `lint lint-${problem.severity}`,
      title: lintProblemText(problem),
      'data-lint': problem.rule,
    }
    const diff = `${problem.severity} ${attrs.title}`
    if (problem.to > problem.from) return Decoration.inline(problem.from, problem.to, attrs, { diff })
    // A problem at a point (a missing full stop) gets a marker the width of a caret.
    return Decoration.widget(problem.from, () => marker(attrs), { diff, side: 1, key: `lint ${diff}` })
  })
}

function marker(attrs: Record<string, string>): HTMLElement {
  const span = document.createElement('span')
  for (const [name, value] of Object.entries(attrs)) span.setAttribute(name, value)
  span.classList.add('lint-point')
  return span
}

function compute(doc: Node): LintState {
  const problems = lint(doc)
  return { problems, decorations: lintDecorations(doc, problems), stale: false }
}

/** The ranges of the blocks (paragraphs, title, header) that a transaction's changes touched. */
function touchedBlocks(tr: Transaction): [number, number][] {
  const { doc } = tr
  const blocks: [number, number][] = []
  for (const [from, to] of changedRanges([tr])) {
    const start = blockAt(doc, Math.min(from, doc.content.size))
    const end = blockAt(doc, Math.min(to, doc.content.size))
    blocks.push([
      start ? start.pos : from,
      end ? end.pos + end.node.nodeSize : Math.min(to, doc.content.size),
    ])
  }
  return blocks
}

/** A problem moved with the text it is about; null when that text was deleted. */
function mapProblem(problem: LintProblem, tr: Transaction): LintProblem | null {
  const from = tr.mapping.mapResult(problem.from, 1)
  const to = tr.mapping.mapResult(problem.to, -1)
  if (from.deletedAcross && to.deletedAcross) return null
  const moved: LintProblem = { ...problem, from: from.pos, to: Math.max(from.pos, to.pos) }
  if (problem.fix) {
    moved.fix = {
      ...problem.fix,
      from: tr.mapping.map(problem.fix.from, 1),
      to: tr.mapping.map(problem.fix.to, -1),
    }
  }
  return moved
}

// The incremental pass, run on every change: the problems of the last full lint follow the text, and those in
// the clauses the change touched are dropped (the delegate is retyping them) until the idle full lint, which
// also re-runs the rules that read neighbours (repeated verbs, footnote markers, the last paragraph's ending).
function mapState(previous: LintState, tr: Transaction): LintState {
  const touched = touchedBlocks(tr)
  const problems: LintProblem[] = []
  for (const problem of previous.problems) {
    const moved = mapProblem(problem, tr)
    if (!moved || touched.some(([a, b]) => moved.from < b && moved.to > a)) continue
    problems.push(moved)
  }
  const decorations = replaceChanged(tr, previous.decorations, underlines(problems))
  return { problems, decorations, stale: true }
}

/** A transaction that brings the lint of an editor up to date: what the plugin dispatches once typing pauses. */
export function relint(state: EditorState): Transaction {
  const meta: LintMeta = { doc: state.doc, problems: lint(state.doc) }
  return state.tr.setMeta(lintKey, meta).setMeta('addToHistory', false)
}

function apply(tr: Transaction, previous: LintState): LintState {
  const meta = tr.getMeta(lintKey) as LintMeta | undefined
  if (meta && meta.doc === tr.doc) {
    const decorations = replaceChanged(tr, previous.decorations, underlines(meta.problems))
    return { problems: meta.problems, decorations, stale: false }
  }
  return tr.docChanged ? mapState(previous, tr) : previous
}

/** How long typing must pause before the whole document is linted again, and how long an idle wait may last. */
const PAUSE_MS = 300
const IDLE_TIMEOUT_MS = 1000

/** Lints the whole document again once the delegate pauses, in an idle moment of the browser. */
class IdleLint {
  private timer: ReturnType<typeof setTimeout> | null = null
  private idle: number | null = null

  constructor(private readonly view: EditorView) {}

  update(view: EditorView, previous: EditorState): void {
    if (view.state.doc === previous.doc || !lintKey.getState(view.state)?.stale) return
    this.cancel()
    this.timer = setTimeout(() => {
      this.timer = null
      if (typeof requestIdleCallback === 'function') {
        this.idle = requestIdleCallback(this.run, { timeout: IDLE_TIMEOUT_MS })
      } else this.run()
    }, PAUSE_MS)
  }

  private readonly run = (): void => {
    this.idle = null
    const { state } = this.view
    if (lintKey.getState(state)?.stale) this.view.dispatch(relint(state))
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    if (this.idle !== null) cancelIdleCallback(this.idle)
    this.timer = null
    this.idle = null
  }

  destroy(): void {
    this.cancel()
  }
}

/** The problems whose range holds a position (a caret touching either end counts). */
export function problemsAt(state: EditorState, pos: number): LintProblem[] {
  return (lintKey.getState(state)?.problems ?? []).filter((p) => p.from <= pos && pos <= p.to)
}

/**
 * The schema's drafting rules, applied as the delegate types: each change keeps the problems elsewhere (mapped)
 * and drops those of the clauses it touched, and once typing pauses the whole document is linted again in an
 * idle moment; each problem is underlined. With the cursor on a problem, a card shows its message and, where the rule
 * knows the right text, a button that applies the fix.
 */
export function lintPlugin(): Plugin<LintState> {
  return new Plugin<LintState>({
    key: lintKey,
    state: {
      init: (_, state) => compute(state.doc),
      apply,
    },
    props: {
      decorations: (state) => lintKey.getState(state)?.decorations,
    },
    view: (view) => {
      const card = new LintCard(view)
      const idle = new IdleLint(view)
      return {
        update: (view, previous) => {
          card.update(view, previous)
          idle.update(view, previous)
        },
        destroy: () => {
          card.destroy()
          idle.destroy()
        },
      }
    },
  })
}

/** The card under a problem the cursor is on: message, and a fix button where one exists. */
class LintCard {
  private readonly dom: HTMLElement
  private shown: LintProblem[] = []

  constructor(private readonly view: EditorView) {
    this.dom = document.createElement('div')
    this.dom.className = 'lint-card'
    this.dom.setAttribute('role', 'status')
    this.dom.hidden = true
    this.dom.addEventListener('mousedown', (event) => {
      // Keep the editor's focus and selection while the fix is applied.
      event.preventDefault()
      const button = (event.target as HTMLElement).closest<HTMLElement>('[data-fix]')
      if (!button) return
      const problem = this.shown[Number(button.dataset.fix)]
      if (problem?.fix && this.view.editable)
        this.view.dispatch(applyLintFix(this.view.state.tr, problem.fix))
    })
    document.body.appendChild(this.dom)
    this.update(view, null)
  }

  update(view: EditorView, previous: EditorState | null): void {
    const { state } = view
    const same =
      previous &&
      previous.doc === state.doc &&
      previous.selection.eq(state.selection) &&
      lintKey.getState(previous)?.problems === lintKey.getState(state)?.problems
    if (same) return
    // The opening-phrase list sits in the same place and matters more while it is open.
    const choosing = (openingKey.getState(state)?.items.length ?? 0) > 0
    const problems = state.selection.empty && !choosing ? problemsAt(state, state.selection.from) : []
    this.shown = problems
    // Hidden, the card measures nothing: no layout is forced while the delegate types.
    if (problems.length === 0 || !view.hasFocus()) {
      if (!this.dom.hidden) this.dom.hidden = true
      return
    }
    this.dom.replaceChildren(
      ...problems.map((problem, i) => {
        const row = document.createElement('div')
        row.className = `lint-row lint-${problem.severity}`
        const text = document.createElement('span')
        text.textContent = lintProblemText(problem)
        row.appendChild(text)
        if (problem.fix && view.editable) {
          const button = document.createElement('button')
          button.type = 'button'
          button.dataset.fix = String(i)
          button.textContent = t('lint.fix', { label: lintFixLabel(problem.fix) })
          row.appendChild(button)
        }
        return row
      }),
    )
    const box = view.coordsAtPos(state.selection.from)
    this.dom.hidden = false
    this.dom.style.top = `${box.bottom + window.scrollY + 6}px`
    this.dom.style.left = `${Math.max(8, box.left + window.scrollX - 20)}px`
  }

  destroy(): void {
    this.dom.remove()
  }
}
