import type { Awareness } from 'y-protocols/awareness'
import { t } from '../i18n/i18n.ts'
import { el } from '../view/element.ts'
import { participants } from './presence.ts'

/** The panel of who is connected to the draft, with each delegation's colour and role. */
export class PeoplePanel {
  readonly dom = el('aside', { class: 'people' })
  /** Who was in the room when the list was last drawn: awareness changes with every caret move, the room rarely. */
  private room = ''

  constructor(private readonly awareness: Awareness) {
    awareness.on('change', () => {
      if (this.roomKey() !== this.room) this.render()
    })
    this.render()
  }

  /** The connections and who they are, as far as the list shows them. */
  private roomKey(): string {
    let key = ''
    this.awareness.getStates().forEach((state, clientId) => {
      const user = (state as { user?: { delegation?: unknown; role?: unknown } }).user
      key += `${clientId}\u0000${String(user?.delegation)}\u0000${String(user?.role)}\u0001`
    })
    return key
  }

  /** Redraws the list (when someone comes, goes or changes, and after a switch of interface language). */
  render(): void {
    this.room = this.roomKey()
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
