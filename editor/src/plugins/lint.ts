import type { Node } from 'prosemirror-model'
import { type EditorState, Plugin, PluginKey } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import { applyLintFix, type LintProblem, lint } from '../../../schema/index.ts'
import { t } from '../i18n/i18n.ts'
import { openingKey } from './opening.ts'

/** The problems of the current document and their underlines. */
export interface LintState {
  problems: LintProblem[]
  decorations: DecorationSet
}

/** Key of the lint plugin, to read the current problems (for a count in the toolbar, or tests). */
export const lintKey = new PluginKey<LintState>('lint')

/** Underlines for a list of problems: red for errors, amber for warnings, the message as a tooltip. */
export function lintDecorations(doc: Node, problems: readonly LintProblem[]): DecorationSet {
  const decorations: Decoration[] = []
  problems.forEach((problem, index) => {
    const attrs = {
      class: `lint lint-${problem.severity}`,
      title: `${problem.clause}: ${problem.message}`,
      'data-lint': String(index),
    }
    if (problem.to > problem.from) {
      decorations.push(Decoration.inline(problem.from, problem.to, attrs, { index }))
    } else {
      // A problem at a point (a missing full stop) gets a marker the width of a caret.
      decorations.push(
        Decoration.widget(problem.from, () => marker(attrs), { index, side: 1, key: `lint-${index}` }),
      )
    }
  })
  return DecorationSet.create(doc, decorations)
}

function marker(attrs: Record<string, string>): HTMLElement {
  const span = document.createElement('span')
  for (const [name, value] of Object.entries(attrs)) span.setAttribute(name, value)
  span.classList.add('lint-point')
  return span
}

function compute(doc: Node): LintState {
  const problems = lint(doc)
  return { problems, decorations: lintDecorations(doc, problems) }
}

/** The problems whose range holds a position (a caret touching either end counts). */
export function problemsAt(state: EditorState, pos: number): LintProblem[] {
  return (lintKey.getState(state)?.problems ?? []).filter((p) => p.from <= pos && pos <= p.to)
}

/**
 * The schema's drafting rules, applied as the delegate types: every change of the document is linted again
 * and each problem underlined. With the cursor on a problem, a card shows its message and, where the rule
 * knows the right text, a button that applies the fix.
 */
export function lintPlugin(): Plugin<LintState> {
  return new Plugin<LintState>({
    key: lintKey,
    state: {
      init: (_, state) => compute(state.doc),
      apply: (tr, previous) => (tr.docChanged ? compute(tr.doc) : previous),
    },
    props: {
      decorations: (state) => lintKey.getState(state)?.decorations,
    },
    view: (view) => new LintCard(view),
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
    if (previous && previous.doc === state.doc && previous.selection.eq(state.selection)) return
    // The opening-phrase list sits in the same place and matters more while it is open.
    const choosing = (openingKey.getState(state)?.items.length ?? 0) > 0
    const problems = state.selection.empty && !choosing ? problemsAt(state, state.selection.from) : []
    this.shown = problems
    if (problems.length === 0 || !view.hasFocus()) {
      this.dom.hidden = true
      return
    }
    this.dom.replaceChildren(
      ...problems.map((problem, i) => {
        const row = document.createElement('div')
        row.className = `lint-row lint-${problem.severity}`
        const text = document.createElement('span')
        text.textContent = `${problem.clause}: ${problem.message}`
        row.appendChild(text)
        if (problem.fix && view.editable) {
          const button = document.createElement('button')
          button.type = 'button'
          button.dataset.fix = String(i)
          button.textContent = t('lint.fix', { label: problem.fix.label })
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
