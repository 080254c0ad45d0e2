import type { Awareness } from 'y-protocols/awareness'
import { type AwarenessUser, isRole, type Role } from '../../../schema/index.ts'
import { colorFor } from '../view/delegation-colors.ts'

/** One person (a connection) in the room. */
export interface Participant {
  clientId: number
  delegation: string
  role: Role
  color: string
  self: boolean
}

/**
 * Everyone connected to the draft, from the awareness states, this page first, then by delegation; each
 * delegation coloured among those connected (see `colorFor`), so that no two in the room share a colour.
 */
export function participants(awareness: Awareness): Participant[] {
  const out: Participant[] = []
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: Partial<AwarenessUser> }).user
    if (!user || typeof user.delegation !== 'string' || !isRole(user.role)) return
    out.push({
      clientId,
      delegation: user.delegation,
      role: user.role,
      color: '',
      self: clientId === awareness.clientID,
    })
  })
  const room = out.map((p) => p.delegation)
  for (const p of out) p.color = colorFor(p.delegation, room)
  return out.sort((a, b) => Number(b.self) - Number(a.self) || a.delegation.localeCompare(b.delegation))
}

/**
 * The caret of another delegation in the text: a coloured bar with the delegation's name above it, marked with
 * the connection's client id so that `caret-fade.ts` finds it when it moves.
 */
export function cursorBuilder(user: Partial<AwarenessUser>, clientId?: number): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : colorFor(user.delegation ?? '')
  const cursor = document.createElement('span')
  cursor.className = 'remote-cursor'
  if (clientId !== undefined) cursor.dataset.client = String(clientId)
  cursor.style.borderColor = color
  const label = document.createElement('span')
  label.className = 'remote-cursor-label'
  label.style.backgroundColor = color
  label.textContent = user.delegation ?? '?'
  cursor.append('\u2060', label, '\u2060')
  return cursor
}

/** The selection of another delegation: its colour, faint. */
export function selectionBuilder(user: Partial<AwarenessUser>): { style: string; class: string } {
  const color = typeof user.color === 'string' ? user.color : colorFor(user.delegation ?? '')
  return { style: `background-color: ${color}33`, class: 'remote-selection' }
}
