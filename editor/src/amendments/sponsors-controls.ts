import type * as Y from 'yjs'
import { delegationKey, SPONSOR_GROUPS } from '../../../schema/index.ts'
import { t, uiLanguage } from '../i18n/i18n.ts'
import { directoryDatalist } from '../view/directory-list.ts'
import { el } from '../view/element.ts'
import {
  isSponsor,
  joinSponsors,
  type Sponsor,
  setOnBehalfOf,
  setSponsorRole,
  withdrawSponsor,
} from './sponsors.ts'

const LIST_ID = 'sponsor-directory'

/** A choice of group to act for: none, or one of the groups sponsor lines name. */
function groupSelect(
  current: string | undefined,
  onchange: (group: string | null) => void,
): HTMLSelectElement {
  const lang = uiLanguage()
  const select = el(
    'select',
    { class: 'on-behalf', 'aria-label': t('sponsors.onBehalfLabel') },
    el('option', { value: '' }, t('sponsors.noGroup')),
    ...SPONSOR_GROUPS.map((g) => el('option', { value: g.id, selected: g.id === current }, g.name[lang])),
  )
  if (current && !SPONSOR_GROUPS.some((g) => g.id === current)) {
    select.append(el('option', { value: current, selected: true }, current))
  }
  select.addEventListener('change', () => onchange(select.value || null))
  return select
}

/**
 * What a delegation may do with its own sponsorship: join (as a co-sponsor, on behalf of a group if it says
 * so) or withdraw, and change the group it acts for while it sponsors.
 */
export function delegationControls(ydoc: Y.Doc, me: string, mine: Sponsor | undefined, now: () => number) {
  const joined = isSponsor(ydoc, me)
  let group: string | null = mine?.onBehalfOf ?? null
  return el(
    'div',
    { class: 'sponsor-controls' },
    el(
      'label',
      {},
      t('sponsors.onBehalfLabel'),
      ' ',
      groupSelect(mine?.onBehalfOf, (g) => {
        group = g
        if (joined) setOnBehalfOf(ydoc, me, g)
      }),
    ),
    el(
      'button',
      {
        type: 'button',
        class: 'cosponsor',
        'aria-pressed': String(joined),
        onclick: () => (joined ? withdrawSponsor(ydoc, me, now()) : joinSponsors(ydoc, me, now(), group)),
      },
      t(joined ? 'sponsors.leave' : 'sponsors.join'),
    ),
  )
}

/** The facilitator's form: any delegation, from the directory or typed, added to the list as a co-sponsor. */
export function facilitatorControls(ydoc: Y.Doc, now: () => number) {
  const input = el('input', {
    type: 'text',
    list: LIST_ID,
    class: 'add-sponsor',
    'aria-label': t('sponsors.addLabel'),
    placeholder: t('sponsors.addLabel'),
  })
  return el(
    'form',
    {
      class: 'sponsor-controls',
      onsubmit: (event) => {
        event.preventDefault()
        const name = input.value.trim()
        if (name === '') return
        setSponsorRole(ydoc, delegationKey(name), 'co', now())
        input.value = ''
      },
    },
    input,
    directoryDatalist(LIST_ID, uiLanguage()),
    el('button', { type: 'submit' }, t('sponsors.add')),
  )
}
