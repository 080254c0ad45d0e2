import { toggleMark } from 'prosemirror-commands'
import { keymap } from 'prosemirror-keymap'
import type { Node } from 'prosemirror-model'
import {
  EditorState,
  NodeSelection,
  Plugin,
  PluginKey,
  TextSelection,
  type Transaction,
} from 'prosemirror-state'
import { StepMap } from 'prosemirror-transform'
import type { EditorView, NodeView } from 'prosemirror-view'
import { EditorView as InnerView } from 'prosemirror-view'
import { schema } from '../../../schema/index.ts'
import { t } from '../i18n/i18n.ts'
import { numberingOf } from './numbering.ts'

/**
 * A footnote in the text: its number as a superscript (the number comes from the numbering plugin's
 * `data-number` decoration, so it changes the moment a note is added before it). Selecting it opens a small
 * editor for the note's text under the number, as in ProseMirror's footnote example; its changes are steps of
 * the main document, so they are shared, undone and checked like any other.
 */
export class FootnoteView implements NodeView {
  readonly dom: HTMLElement
  private inner: InnerView | null = null

  constructor(
    private node: Node,
    private readonly outer: EditorView,
    private readonly getPos: () => number | undefined,
  ) {
    this.dom = document.createElement('sup')
    this.dom.className = 'footnote-ref'
    this.dom.setAttribute('role', 'doc-noteref')
    this.syncTitle()
  }

  private syncTitle(): void {
    this.dom.title = this.node.textContent || t('footnote.empty')
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode')
    if (!this.inner && this.outer.editable) this.open()
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode')
    this.close()
  }

  private open(): void {
    const box = document.createElement('div')
    box.className = 'footnote-editor'
    box.setAttribute('aria-label', t('footnote.edit', { number: this.dom.dataset.number ?? '' }))
    this.dom.appendChild(box)
    this.inner = new InnerView(box, {
      state: EditorState.create({
        doc: this.node,
        plugins: [
          keymap({
            'Mod-i': toggleMark(schema.marks.em),
            'Mod-z': () => this.outerCommand('undo'),
            'Mod-y': () => this.outerCommand('redo'),
            'Mod-Shift-z': () => this.outerCommand('redo'),
            Escape: () => this.leave(),
            Enter: () => this.leave(),
          }),
        ],
      }),
      dispatchTransaction: (tr) => this.dispatchInner(tr),
      handleDOMEvents: {
        mousedown: () => {
          // Clicking inside the note must not reselect the footnote in the outer editor.
          if (this.outer.hasFocus()) this.inner?.focus()
          return false
        },
      },
    })
    this.inner.focus()
  }

  /** Undo and redo belong to the main editor; the note's editor hands them over. */
  private outerCommand(name: 'undo' | 'redo'): boolean {
    this.outer.dom.dispatchEvent(new CustomEvent(`penholder:${name}`, { bubbles: true }))
    return true
  }

  /** Puts the cursor back in the text after the footnote. */
  private leave(): boolean {
    const pos = this.getPos()
    if (pos === undefined) return false
    const { state } = this.outer
    this.outer.dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos + this.node.nodeSize)))
    this.outer.focus()
    return true
  }

  private close(): void {
    if (!this.inner) return
    this.inner.destroy()
    this.inner = null
    this.dom.querySelector('.footnote-editor')?.remove()
  }

  private dispatchInner(tr: Transaction): void {
    if (!this.inner) return
    const { state, transactions } = this.inner.state.applyTransaction(tr)
    this.inner.updateState(state)
    if (tr.getMeta('fromOutside')) return
    const pos = this.getPos()
    if (pos === undefined) return
    const outerTr = this.outer.state.tr
    const offset = StepMap.offset(pos + 1)
    for (const applied of transactions) {
      for (const step of applied.steps) outerTr.step(step.map(offset)!)
    }
    if (outerTr.docChanged) this.outer.dispatch(outerTr)
  }

  update(node: Node): boolean {
    if (!node.sameMarkup(this.node)) return false
    this.node = node
    this.syncTitle()
    if (this.inner) {
      const { state } = this.inner
      const start = node.content.findDiffStart(state.doc.content)
      if (start != null) {
        const ends = node.content.findDiffEnd(state.doc.content)!
        let endA = ends.a
        let endB = ends.b
        const overlap = start - Math.min(endA, endB)
        if (overlap > 0) {
          endA += overlap
          endB += overlap
        }
        this.inner.dispatch(
          state.tr.replace(start, endB, node.slice(start, endA)).setMeta('fromOutside', true),
        )
      }
    }
    return true
  }

  destroy(): void {
    this.close()
  }

  stopEvent(event: Event): boolean {
    return !!this.inner && this.inner.dom.contains(event.target as globalThis.Node)
  }

  ignoreMutation(): boolean {
    return true
  }
}

/** Key of the notes plugin. */
export const notesKey = new PluginKey('notes')

/**
 * The notes below the text, numbered as in the text, as the UN prints them at the foot of the page. The list
 * is drawn into `container` (outside the editable element) after each change of the document; clicking a note
 * selects its footnote in the text, which opens it for editing.
 */
export function notesPlugin(container: HTMLElement): Plugin {
  return new Plugin({
    key: notesKey,
    props: {
      nodeViews: {
        footnote: (node, view, getPos) => new FootnoteView(node, view, getPos),
      },
    },
    view(view) {
      let drawn: readonly Node[] = []
      const draw = () => {
        const notes = numberingOf(view.state).footnotes
        if (notes.length === drawn.length && notes.every((n, i) => n.node === drawn[i])) return
        drawn = notes.map((n) => n.node)
        container.hidden = notes.length === 0
        const list = document.createElement('ol')
        list.className = 'notes'
        for (const note of notes) {
          const item = document.createElement('li')
          item.dataset.number = String(note.number)
          if (note.id) item.dataset.id = note.id
          const number = document.createElement('sup')
          number.textContent = String(note.number)
          const text = document.createElement('span')
          text.className = 'note-text'
          appendInline(text, note.node)
          if (!note.node.content.size) text.textContent = t('footnote.empty')
          item.append(number, ' ', text)
          item.addEventListener('click', () => {
            const found = numberingOf(view.state).footnotes.find((f) => f.id === note.id)
            if (!found) return
            view.dispatch(
              view.state.tr.setSelection(NodeSelection.create(view.state.doc, found.pos)).scrollIntoView(),
            )
            view.focus()
          })
          list.appendChild(item)
        }
        container.replaceChildren(list)
      }
      draw()
      return { update: draw }
    },
  })
}

/** The text of a footnote with its italics and superscripts, as DOM nodes. */
function appendInline(target: HTMLElement, node: Node): void {
  node.forEach((child) => {
    let el: globalThis.Node = document.createTextNode(child.text ?? '')
    for (const mark of child.marks) {
      const wrap = document.createElement(mark.type.name === 'sup' ? 'sup' : 'em')
      wrap.appendChild(el)
      el = wrap
    }
    target.appendChild(el)
  })
}
