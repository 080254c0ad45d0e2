import type * as Y from 'yjs'
import { delegationName, isActive, onBehalfPhrase, SHARED } from '../../../schema/index.ts'
import { t, uiLanguage } from '../i18n/i18n.ts'
import { colorFor } from '../view/delegation-colors.ts'
import { el } from '../view/element.ts'
import type { Viewer } from './panel-model.ts'
import { type Sponsor, setSponsorRole, sponsorsOf, withdrawSponsor } from './sponsors.ts'
import { delegationControls, facilitatorControls } from './sponsors-controls.ts'

/**
 * The sponsors of the draft, live from the `sponsors` map: main sponsors and co-sponsors with the date each
 * joined, those who withdrew with both dates. A delegation joins or withdraws itself and says on whose behalf
 * it acts; the facilitator (who keeps the list) adds any delegation from the directory, makes one a main
 * sponsor or a co-sponsor, and withdraws one. The server writes the header's sponsor line from the list.
 */
export class SponsorsPanel {
  readonly dom = el('section', { class: 'sponsors-panel' })
  // The facilitator's form is kept across redraws, so that a name half typed survives another's joining.
  private adder: { lang: string; form: HTMLElement } | null = null

  constructor(
    private readonly ydoc: Y.Doc,
    private readonly viewer: Viewer,
    private readonly now: () => number = Date.now,
  ) {
    ydoc.getMap(SHARED.sponsors).observe(() => this.render())
    this.render()
  }

  /** Redraws the list in the current interface language. */
  render(): void {
    const all = sponsorsOf(this.ydoc)
    const active = all.filter(isActive)
    const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' })
    const { delegation, role } = this.viewer
    const withdrawn = all.filter((s) => !isActive(s))
    const parts: (HTMLElement | false)[] = [
      el('h2', {}, t('sponsors.title'), el('span', { class: 'count' }, ` (${active.length})`)),
      active.length === 0 && el('p', { class: 'empty' }, t('sponsors.none')),
      this.group(
        'main',
        t('sponsors.main'),
        active.filter((s) => s.role === 'main'),
        date,
      ),
      this.group(
        'co',
        t('sponsors.co'),
        active.filter((s) => s.role === 'co'),
        date,
      ),
      withdrawn.length > 0 &&
        el(
          'details',
          { class: 'withdrawn' },
          el('summary', {}, t('sponsors.withdrawn', { count: withdrawn.length })),
          this.list(withdrawn, date),
        ),
      role === 'delegate' &&
        delegationControls(
          this.ydoc,
          delegation,
          all.find((s) => s.delegation === delegation),
          this.now,
        ),
      role === 'chair' && this.adderForm(),
    ]
    this.dom.replaceChildren(...parts.filter((part): part is HTMLElement => part !== false))
  }

  private adderForm(): HTMLElement {
    const lang = uiLanguage()
    if (this.adder?.lang !== lang) this.adder = { lang, form: facilitatorControls(this.ydoc, this.now) }
    return this.adder.form
  }

  private group(
    kind: string,
    title: string,
    sponsors: Sponsor[],
    date: Intl.DateTimeFormat,
  ): HTMLElement | false {
    if (sponsors.length === 0) return false
    return el('div', { class: `sponsors-${kind}` }, el('h3', {}, title), this.list(sponsors, date))
  }

  private list(sponsors: Sponsor[], date: Intl.DateTimeFormat): HTMLElement {
    return el('ul', {}, ...sponsors.map((s) => this.row(s, date)))
  }

  private row(s: Sponsor, date: Intl.DateTimeFormat): HTMLElement {
    const lang = uiLanguage()
    const name = delegationName(s.delegation, lang)
    const when = isActive(s)
      ? t('sponsors.since', { date: date.format(s.since) })
      : t('sponsors.period', { from: date.format(s.since), to: date.format(s.until!) })
    const chair = this.viewer.role === 'chair' && isActive(s)
    const other = s.role === 'main' ? 'co' : 'main'
    return el(
      'li',
      { 'data-delegation': s.delegation, 'data-role': s.role },
      el('span', { class: 'swatch', style: `background:${colorFor(s.delegation)}` }),
      el(
        'span',
        { class: 'name' },
        name,
        s.onBehalfOf && el('span', { class: 'group' }, ` (${onBehalfPhrase(s.onBehalfOf, lang)})`),
        el('span', { class: 'when' }, when),
      ),
      chair &&
        el(
          'button',
          {
            type: 'button',
            class: 'role',
            title: t(other === 'main' ? 'sponsors.makeMain' : 'sponsors.makeCo', { name }),
            onclick: () => setSponsorRole(this.ydoc, s.delegation, other, this.now()),
          },
          t(other === 'main' ? 'sponsors.toMain' : 'sponsors.toCo'),
        ),
      chair &&
        el(
          'button',
          {
            type: 'button',
            class: 'remove',
            'aria-label': t('sponsors.remove', { name }),
            title: t('sponsors.remove', { name }),
            onclick: () => withdrawSponsor(this.ydoc, s.delegation, this.now()),
          },
          '×',
        ),
    )
  }
}
