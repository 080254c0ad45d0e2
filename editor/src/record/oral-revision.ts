import type { Node } from 'prosemirror-model'
import type { EditorView } from 'prosemirror-view'
import { clauseName, numberDocument } from '../../../schema/index.ts'
import { innermostClause } from '../commands/clause-at.ts'
import { t } from '../i18n/i18n.ts'
import { el } from '../view/element.ts'
import { labelText } from './label-text.ts'
import { recordOralRevision } from './record-api.ts'

/** What the oral revision control needs from the page. */
export interface OralRevisionOptions {
  token: string
  draftId: string
  /** The editor, once there is one. */
  view: () => EditorView | null
}

/** The words of a clause, its sub-paragraphs' with them, as the history keeps them. */
const wordsOf = (clause: Node): string => clause.textBetween(0, clause.content.size, ' ', ' ')

/** The clause with a stable id in a document, or null if it is gone. */
function clauseById(doc: Node, id: string): Node | null {
  let found: Node | null = null
  doc.descendants((node) => {
    if (found) return false
    if (node.attrs.id === id && node.type.name !== 'footnote') found = node
    return !node.isTextblock
  })
  return found
}

/**
 * The facilitator's "Oral revision…": she puts the cursor in the paragraph revised on the floor and starts it
 * (its words are taken then), makes the change in the text as any edit of hers, then gives a note ("as orally
 * revised, at the request of Brazil") and records it. The history keeps the clause, the words before and after
 * and the note, and the comparison attributes those words to her oral revision.
 */
export class OralRevision {
  readonly dom = el('div', { class: 'oral-revision' })
  private started: { clause: string; before: string; label: string } | null = null
  private message = ''
  private readonly note = el('input', { type: 'text', name: 'oral-note' })

  constructor(private readonly options: OralRevisionOptions) {
    this.render()
  }

  /** Redraws the control in the current interface language. */
  render(): void {
    this.note.placeholder = t('oral.note')
    this.note.setAttribute('aria-label', t('oral.note'))
    const started = this.started
    this.dom.replaceChildren(
      started
        ? el(
            'form',
            {
              class: 'oral-form',
              onsubmit: (event: Event) => {
                event.preventDefault()
                void this.record()
              },
            },
            el('p', { class: 'intro' }, t('oral.intro', { label: labelText(started.label) })),
            this.note,
            el('button', { type: 'submit', class: 'primary' }, t('oral.record')),
            el('button', { type: 'button', class: 'cancel', onclick: () => this.stop('') }, t('oral.cancel')),
          )
        : el('button', { type: 'button', class: 'oral-start', onclick: () => this.start() }, t('oral.start')),
      this.message ? el('p', { class: 'message', role: 'status' }, this.message) : '',
    )
  }

  private start(): void {
    const view = this.options.view()
    const clause = view && innermostClause(view.state.selection.$from)
    const id = clause?.node.attrs.id as string | null | undefined
    if (!view || !clause || !id) {
      this.message = t('oral.noClause')
      this.render()
      return
    }
    const info = numberDocument(view.state.doc).byPos.get(clause.pos)
    this.started = { clause: id, before: wordsOf(clause.node), label: info ? clauseName(info) : id }
    this.message = ''
    this.render()
    this.note.focus()
  }

  private stop(message: string): void {
    this.started = null
    this.note.value = ''
    this.message = message
    this.render()
  }

  private async record(): Promise<void> {
    const started = this.started
    const view = this.options.view()
    if (!started || !view) return
    const clause = clauseById(view.state.doc, started.clause)
    const after = clause ? wordsOf(clause) : ''
    if (after.trim() === started.before.trim()) {
      this.message = t('oral.unchanged')
      this.render()
      return
    }
    try {
      await recordOralRevision(this.options.token, this.options.draftId, {
        ...started,
        after,
        note: this.note.value.trim(),
      })
      this.stop(t('oral.recorded', { label: labelText(started.label) }))
    } catch (e) {
      this.message = (e as Error).message
      this.render()
    }
  }
}
