import type * as Y from 'yjs'
import { SHARED } from '../../../schema/index.ts'
import { t, uiLanguage } from '../i18n/i18n.ts'
import { colorFor } from '../view/delegation-colors.ts'
import { el } from '../view/element.ts'
import type { Viewer } from './panel-model.ts'
import { isSponsor, type Sponsor, setSponsor, sponsorsOf } from './sponsors.ts'

/**
 * The co-sponsors of the draft, live from the `sponsors` map: a delegation joins or leaves with one button, the
 * facilitator (who keeps the list) may take a delegation off it.
 */
export class SponsorsPanel {
  readonly dom = el('section', { class: 'sponsors-panel' })

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
    const sponsors = sponsorsOf(this.ydoc)
    const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' })
    const joined = isSponsor(this.ydoc, this.viewer.delegation)
    this.dom.replaceChildren(...this.parts(sponsors, joined, date))
  }

  private parts(sponsors: Sponsor[], joined: boolean, date: Intl.DateTimeFormat): HTMLElement[] {
    const { delegation, role } = this.viewer
    const parts: (HTMLElement | false)[] = [
      el('h2', {}, t('sponsors.title'), el('span', { class: 'count' }, ` (${sponsors.length})`)),
      sponsors.length === 0
        ? el('p', { class: 'empty' }, t('sponsors.none'))
        : el(
            'ul',
            {},
            ...sponsors.map((s) =>
              el(
                'li',
                {
                  'data-delegation': s.delegation,
                  title: t('sponsors.since', { date: date.format(s.since) }),
                },
                el('span', { class: 'swatch', style: `background:${colorFor(s.delegation)}` }),
                el('span', { class: 'name' }, s.delegation),
                role === 'chair' &&
                  el(
                    'button',
                    {
                      type: 'button',
                      class: 'remove',
                      'aria-label': t('sponsors.remove', { name: s.delegation }),
                      title: t('sponsors.remove', { name: s.delegation }),
                      onclick: () => setSponsor(this.ydoc, s.delegation, false, this.now()),
                    },
                    '×',
                  ),
              ),
            ),
          ),
      role === 'delegate' &&
        el(
          'button',
          {
            type: 'button',
            class: 'cosponsor',
            'aria-pressed': String(joined),
            onclick: () => setSponsor(this.ydoc, delegation, !joined, this.now()),
          },
          t(joined ? 'sponsors.leave' : 'sponsors.join'),
        ),
    ]
    return parts.filter((part): part is HTMLElement => part !== false)
  }
}
