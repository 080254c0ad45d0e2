import type { Awareness } from 'y-protocols/awareness'
import { participants } from '../collab/presence.ts'
import { t } from '../i18n/i18n.ts'
import { el } from './element.ts'

/** The panel of who is connected to the draft, with each delegation's colour and role. */
export class PeoplePanel {
  readonly dom = el('aside', { class: 'people' })

  constructor(private readonly awareness: Awareness) {
    awareness.on('change', () => this.render())
    this.render()
  }

  /** Redraws the list (on every awareness change, and after a switch of interface language). */
  render(): void {
    const people = participants(this.awareness)
    this.dom.replaceChildren(
      el('h2', {}, t('people.title'), el('span', { class: 'count' }, ` (${people.length})`)),
      el(
        'ul',
        {},
        ...people.map((person) =>
          el(
            'li',
            { 'data-role': person.role, 'data-self': person.self },
            el('span', { class: 'swatch', style: `background:${person.color}` }),
            el(
              'span',
              { class: 'name' },
              person.self ? t('people.you', { name: person.delegation }) : person.delegation,
            ),
            el('span', { class: 'role' }, t(`role.${person.role}`)),
          ),
        ),
      ),
    )
  }
}
