import type { Outline } from '../../../schema/index.ts'
import { LANGUAGES, ORGANS } from '../../../schema/index.ts'
import { api } from '../api/client.ts'
import { languageName } from '../i18n/formats.ts'
import { t, uiLanguage } from '../i18n/i18n.ts'
import { busyWhile } from '../view/busy.ts'
import { el } from '../view/element.ts'
import { type DraftSummary, draftLink, note } from './home-parts.ts'

/** What POST /api/import/preview answers. */
interface Preview {
  outline: Outline
  warnings: { message: string; line?: number }[]
}

/** An uploaded file as the API takes it: its bytes in base64, and how to read it. */
interface Upload {
  data: string
  changes: string
  lang?: string
}

/** The bytes of a file in base64, in slices so that a large file does not overflow the call stack. */
function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/**
 * The form that starts a draft: from a blank template (organ, language, title), or from a file (Word, Akoma
 * Ntoso, Markdown, text from a PDF), previewed before it is created.
 */
export function newDraftForm(token: string, refresh: () => Promise<void>): HTMLElement {
  const result = el('div')
  const organ = el('select', {}, ...ORGANS.map((o) => el('option', { value: o }, t(`organ.${o}`))))
  const lang = el(
    'select',
    {},
    ...LANGUAGES.map((l) => el('option', { value: l, selected: l === uiLanguage() }, languageName(l))),
  )
  const title = el('input', { type: 'text' })
  const created = async (body: unknown) => {
    try {
      const answer = await api<{ draft: DraftSummary; warnings: { message: string }[] }>(
        token,
        '/api/drafts',
        {
          method: 'POST',
          body,
        },
      )
      result.replaceChildren(
        note(t('home.new.created')),
        el('a', { class: 'button', href: draftLink(answer.draft.id, token) }, t('home.open')),
      )
      await refresh()
    } catch (e) {
      result.replaceChildren(note((e as Error).message, 'error'))
    }
  }
  const blank = el(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault()
        const body: Record<string, string> = { lang: lang.value, organ: organ.value }
        if (title.value.trim()) body.title = title.value.trim()
        void created(body)
      },
    },
    el('h3', {}, t('home.new.blank')),
    el('label', {}, t('home.new.organ'), organ),
    el('label', {}, t('home.new.lang'), lang),
    el('label', {}, t('home.new.title'), title),
    el('button', { type: 'submit' }, t('home.new.create')),
  )

  const file = el('input', {
    type: 'file',
    accept:
      '.docx,.xml,.md,.txt,.markdown,.json,text/*,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  })
  const changes = el(
    'select',
    { name: 'changes' },
    el('option', { value: 'proposals' }, t('home.new.changes.proposals')),
    el('option', { value: 'accept' }, t('home.new.changes.accept')),
  )
  const fileLang = el(
    'select',
    {},
    el('option', { value: '' }, '—'),
    ...LANGUAGES.map((l) => el('option', { value: l }, languageName(l))),
  )
  const preview = el('div', { class: 'preview' })
  let pending: Upload | null = null
  const createFromFile = el(
    'button',
    { type: 'button', disabled: true, onclick: () => pending && void created(pending) },
    t('home.new.create'),
  )
  const previewButton = el('button', { type: 'submit' }, t('home.new.preview'))
  const fromFile: HTMLFormElement = el(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault()
        // While the file is read and previewed (a large Word file takes a while), the form says so.
        void busyWhile(fromFile, [previewButton], previewFile)
      },
    },
    el('h3', {}, t('home.new.file')),
    el('label', {}, t('home.new.file.label'), file),
    el('label', {}, t('home.new.lang'), fileLang),
    el('label', {}, t('home.new.changes'), changes),
    previewButton,
    preview,
    createFromFile,
  )
  async function previewFile(): Promise<void> {
    const chosen = file.files?.[0]
    if (!chosen) return
    // What was previewed before is not what will be created any more.
    pending = null
    createFromFile.disabled = true
    // The file's bytes, whatever it is: the server tells a Word file, Akoma Ntoso and text apart by content.
    const body: Upload = {
      data: base64(new Uint8Array(await chosen.arrayBuffer())),
      changes: changes.value,
    }
    if (fileLang.value) body.lang = fileLang.value
    try {
      const answer = await api<Preview>(token, '/api/import/preview', { method: 'POST', body })
      preview.replaceChildren(outlineView(answer))
      pending = body
      createFromFile.disabled = false
    } catch (e) {
      preview.replaceChildren(note((e as Error).message, 'error'))
    }
  }
  return el('section', { class: 'card new-draft' }, el('h2', {}, t('home.new')), blank, fromFile, result)
}

/** What the importer found in a file: title, counts, each paragraph's opening and start, and the warnings. */
function outlineView({ outline, warnings }: Preview): HTMLElement {
  return el(
    'div',
    { class: 'outline' },
    el('h4', {}, t('home.new.previewTitle')),
    el('p', { class: 'outline-title' }, outline.title || outline.symbol || ''),
    el(
      'p',
      {},
      `${t(`organ.${outline.organ}`)} · ${languageName(outline.lang)} · ${outline.counts.preambular} + ${outline.counts.operative}`,
    ),
    el(
      'ul',
      { class: 'outline-clauses', dir: outline.lang === 'ar' ? 'rtl' : 'ltr', lang: outline.lang },
      ...outline.clauses.map((c) =>
        el(
          'li',
          { 'data-kind': c.kind },
          c.number !== null ? `${c.number}. ` : '',
          c.opening ? el('em', {}, c.opening) : '',
          ` ${c.text.slice(c.opening?.length ?? 0)}`,
        ),
      ),
    ),
    el('h4', {}, t('home.new.warnings')),
    warnings.length
      ? el('ul', {}, ...warnings.map((w) => el('li', {}, w.line ? `${w.line}: ${w.message}` : w.message)))
      : el('p', {}, t('home.new.noWarnings')),
  )
}
