import { TextSelection } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type * as Y from 'yjs'
import { SHARED } from '../../../schema/index.ts'
import { t, uiLanguage } from '../i18n/i18n.ts'
import { numberingKey } from '../plugins/numbering.ts'
import { colorFor } from '../view/delegation-colors.ts'
import { el } from '../view/element.ts'
import { anchorOfSelection, rangeOfAnchor } from './anchor.ts'
import { clauseTarget } from './commands.ts'
import type { CommentsClient, DraftComment } from './comments-client.ts'

/** What the comments panel needs from the page. */
export interface CommentsPanelOptions {
  view: () => EditorView | null
  ydoc: Y.Doc
  client: CommentsClient
  viewer: { delegation: string; role: string }
  /** Tells the delegate that a comment could not be saved or loaded, and why. */
  report: (key: 'comments.failed' | 'comments.loadFailed', reason: string) => void
}

/** A thread: its first comment and the replies, oldest first. */
interface Thread {
  root: DraftComment
  replies: DraftComment[]
}

/** The threads of a list of comments, in the order their first comments were written. */
export function threadsOf(comments: readonly DraftComment[]): Thread[] {
  const threads = new Map<string, Thread>()
  for (const c of comments) if (c.replyTo === null) threads.set(c.id, { root: c, replies: [] })
  for (const c of comments) if (c.replyTo !== null) threads.get(c.replyTo)?.replies.push(c)
  return [...threads.values()]
}

/**
 * The comment threads of the paragraph at the cursor (or of every paragraph): each with the words it is on, its
 * comments with who wrote them and when, a reply box, the writer's Edit, and Resolve or Reopen for the
 * facilitator and the thread's writer; a box for a new thread, on the paragraph or the selected words, for
 * everyone or the facilitator only. The server keeps the comments and says which this page may read: the panel
 * fetches them when it starts and whenever the server's counter says they changed.
 */
export class CommentsPanel {
  readonly dom = el('section', { class: 'comments-panel', 'aria-label': t('comments.title') })
  private comments: DraftComment[] = []
  private all = false
  private showResolved = false
  private editing: string | null = null
  private drawnFor = ''

  constructor(private readonly options: CommentsPanelOptions) {
    options.ydoc.getMap(SHARED.commentsVersion).observe(() => void this.load())
    this.dom.addEventListener('focusout', () => queueMicrotask(() => this.update()))
    this.render()
  }

  /**
   * Fetches the comments this page may read and redraws, unless the delegate is writing in the panel (`force`
   * after its own comment was saved: its box is then emptied).
   */
  async load(force = false): Promise<void> {
    try {
      this.comments = await this.options.client.list()
    } catch (e) {
      this.options.report('comments.loadFailed', (e as Error).message)
      return
    }
    if (force || !this.dom.contains(document.activeElement)) this.render()
  }

  /** Redraws when the cursor moved to another paragraph or the selection appeared or went, unless in use. */
  update(): void {
    if (this.dom.contains(document.activeElement)) return
    if (this.key() !== this.drawnFor) this.render()
  }

  private key(): string {
    const view = this.options.view()
    return view ? `${clauseTarget(view.state)?.id ?? ''}:${view.state.selection.empty}` : ''
  }

  /** The name of the paragraph a comment is on, as the editor numbers it now. */
  private placeOf(clause: string): string {
    const view = this.options.view()
    const numbering = view && numberingKey.getState(view.state)
    const info = numbering?.numbering.byId.get(clause)
    if (!info) return clause
    const shown = numbering?.shown.get(info.pos)?.label ?? info.label
    return shown || info.path.join(' ') || clause
  }

  /** Draws the panel in the interface language. */
  render(): void {
    this.drawnFor = this.key()
    const view = this.options.view()
    const here = view ? clauseTarget(view.state)?.id : undefined
    const threads = threadsOf(this.comments).filter(
      (th) => (this.all || th.root.clause === here) && (this.showResolved || th.root.resolved === null),
    )
    const toggle = (label: string, checked: boolean, set: (on: boolean) => void) =>
      el(
        'label',
        {},
        el('input', {
          type: 'checkbox',
          checked,
          onchange: (e: Event) => set((e.target as HTMLInputElement).checked),
        }),
        ` ${label}`,
      )
    const open = threadsOf(this.comments).filter((th) => th.root.resolved === null).length
    this.dom.replaceChildren(
      el('h2', {}, t('comments.title'), el('span', { class: 'count' }, ` (${open})`)),
      el(
        'div',
        { class: 'comments-filters' },
        toggle(t('comments.allParagraphs'), this.all, (on) => {
          this.all = on
          this.render()
        }),
        toggle(t('comments.showResolved'), this.showResolved, (on) => {
          this.showResolved = on
          this.render()
        }),
      ),
      threads.length === 0
        ? el('p', { class: 'empty' }, t('comments.none'))
        : el('ul', { class: 'threads' }, ...threads.map((th) => this.thread(th))),
      ...(this.options.viewer.role !== 'observer' && view && here ? [this.newThread(view, here)] : []),
    )
  }

  private when(iso: string): string {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' }).format(
      new Date(iso),
    )
  }

  private comment(c: DraftComment): HTMLElement {
    const mine = c.author === this.options.viewer.delegation
    if (this.editing === c.id) {
      const box = el('textarea', { class: 'comment-edit', rows: 3, 'aria-label': t('comments.edit') }, c.text)
      return el(
        'li',
        { class: 'comment', 'data-comment': c.id },
        box,
        el(
          'button',
          { type: 'button', class: 'comment-save', onclick: () => void this.save(c.id, { text: box.value }) },
          t('comments.save'),
        ),
      )
    }
    return el(
      'li',
      { class: 'comment', 'data-comment': c.id },
      el(
        'div',
        { class: 'comment-head' },
        el('span', { class: 'swatch', style: `background:${colorFor(c.author)}` }),
        el('strong', { class: 'comment-author' }, c.author),
        ' ',
        el('time', { datetime: c.created }, this.when(c.created)),
        c.edited ? el('span', { class: 'comment-edited' }, ` (${t('comments.edited')})`) : null,
      ),
      el('p', { class: 'comment-text' }, c.text),
      mine && this.options.viewer.role !== 'observer'
        ? el(
            'button',
            {
              type: 'button',
              class: 'comment-edit-button',
              onclick: () => {
                this.editing = c.id
                this.render()
              },
            },
            t('comments.edit'),
          )
        : null,
    )
  }

  private thread({ root, replies }: Thread): HTMLElement {
    const { viewer } = this.options
    const mayResolve = viewer.role === 'chair' || root.author === viewer.delegation
    const reply = el('textarea', {
      class: 'comment-reply',
      rows: 2,
      placeholder: t('comments.replyPlaceholder'),
      'aria-label': t('comments.reply'),
    })
    const onWords = root.quote
      ? t('comments.onWords', { words: root.quote })
      : t('comments.on', { label: this.placeOf(root.clause) })
    return el(
      'li',
      {
        class: `thread${root.resolved ? ' resolved' : ''}`,
        'data-thread': root.id,
        'data-visibility': root.visibility,
      },
      el('button', { type: 'button', class: 'thread-place', onclick: () => this.show(root) }, onWords),
      root.visibility === 'chair'
        ? el('span', { class: 'facilitator-only' }, t('comments.facilitatorOnly'))
        : null,
      el('ul', { class: 'comments' }, this.comment(root), ...replies.map((c) => this.comment(c))),
      root.resolved
        ? el('p', { class: 'thread-resolved' }, t('comments.resolved', { name: root.resolvedBy ?? '' }))
        : null,
      viewer.role !== 'observer' && !root.resolved
        ? el(
            'div',
            { class: 'thread-reply' },
            reply,
            el(
              'button',
              {
                type: 'button',
                class: 'reply',
                onclick: () => {
                  if (reply.value.trim()) void this.write({ text: reply.value, replyTo: root.id })
                },
              },
              t('comments.reply'),
            ),
          )
        : null,
      mayResolve && viewer.role !== 'observer'
        ? el(
            'button',
            {
              type: 'button',
              class: 'resolve',
              onclick: () => void this.save(root.id, { resolved: !root.resolved }),
            },
            t(root.resolved ? 'comments.reopen' : 'comments.resolve'),
          )
        : null,
    )
  }

  /** The box for a new thread on the paragraph at the cursor, or the selected words. */
  private newThread(view: EditorView, clause: string): HTMLElement {
    const { from, to, empty } = view.state.selection
    const words = empty ? '' : view.state.doc.textBetween(from, to, ' ').slice(0, 1000)
    const text = el('textarea', {
      class: 'comment-new',
      rows: 3,
      placeholder: t('comments.placeholder'),
      'aria-label': t('comments.placeholder'),
    })
    const visibility = el(
      'select',
      { class: 'comment-visibility', 'aria-label': t('comments.visibility') },
      el('option', { value: 'all' }, t('comments.visibility.all')),
      el('option', { value: 'chair' }, t('comments.visibility.chair')),
    )
    const anchor = empty ? null : anchorOfSelection(view.state)
    return el(
      'div',
      { class: 'comment-form' },
      el('h3', {}, t(words ? 'comments.newOnWords' : 'comments.new')),
      text,
      el('label', {}, `${t('comments.visibility')} `, visibility),
      el(
        'button',
        {
          type: 'button',
          class: 'comment-send',
          onclick: () => {
            if (!text.value.trim()) return
            void this.write({
              text: text.value,
              clause,
              visibility: visibility.value as 'all' | 'chair',
              ...(words ? { quote: words } : {}),
              ...(anchor ? { anchor } : {}),
            })
          },
        },
        t('comments.send'),
      ),
    )
  }

  /** Selects the words a thread is on (or puts the cursor in its paragraph) and scrolls them into view. */
  private show(root: DraftComment): void {
    const view = this.options.view()
    if (!view) return
    const range = root.anchor ? rangeOfAnchor(view.state, root.anchor) : null
    const info = numberingKey.getState(view.state)?.numbering.byId.get(root.clause)
    const at = range ?? (info ? { from: info.pos + 2, to: info.pos + 2 } : null)
    if (!at) return
    view.dispatch(
      view.state.tr.setSelection(TextSelection.create(view.state.doc, at.from, at.to)).scrollIntoView(),
    )
    view.focus()
  }

  private async write(comment: Parameters<CommentsClient['create']>[0]): Promise<void> {
    try {
      await this.options.client.create(comment)
    } catch (e) {
      this.options.report('comments.failed', (e as Error).message)
      return
    }
    await this.load(true)
  }

  private async save(id: string, change: { text?: string; resolved?: boolean }): Promise<void> {
    try {
      await this.options.client.update(id, change)
    } catch (e) {
      this.options.report('comments.failed', (e as Error).message)
      return
    }
    this.editing = null
    await this.load(true)
  }
}
