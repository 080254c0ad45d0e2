import type { Awareness } from 'y-protocols/awareness'
import { type AwarenessUser, isRole, type Role } from '../../../schema/index.ts'

// Colours that read well as a caret and, at low opacity, as a selection on white paper.
const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#e377c2',
  '#8c564b',
  '#ff7f0e',
  '#17becf',
  '#bcbd22',
]

/** The colour of a delegation: the same on every screen, since it comes from the name alone. */
export function colorFor(delegation: string): string {
  let hash = 0
  for (const ch of delegation) hash = (Math.imul(hash, 31) + ch.codePointAt(0)!) | 0
  return PALETTE[Math.abs(hash) % PALETTE.length]!
}

/** One person (a connection) in the room. */
export interface Participant {
  clientId: number
  delegation: string
  role: Role
  color: string
  self: boolean
}

/** Everyone connected to the draft, from the awareness states, this page first, then by delegation. */
export function participants(awareness: Awareness): Participant[] {
  const out: Participant[] = []
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: Partial<AwarenessUser> }).user
    if (!user || typeof user.delegation !== 'string' || !isRole(user.role)) return
    out.push({
      clientId,
      delegation: user.delegation,
      role: user.role,
      color: typeof user.color === 'string' ? user.color : colorFor(user.delegation),
      self: clientId === awareness.clientID,
    })
  })
  return out.sort((a, b) => Number(b.self) - Number(a.self) || a.delegation.localeCompare(b.delegation))
}

/** The caret of another delegation in the text: a coloured bar with the delegation's name above it. */
export function cursorBuilder(user: Partial<AwarenessUser>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : colorFor(user.delegation ?? '')
  const cursor = document.createElement('span')
  cursor.className = 'remote-cursor'
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
