import type { Awareness } from 'y-protocols/awareness'
import { type AwarenessUser, isRole, type Role } from '../../../schema/index.ts'

// Twelve colours of well-separated hue and lightness that read well as a caret and, at low opacity, as a
// selection on white paper: enough for the delegations usually in a room to differ.
const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#bcbd22',
  '#393b79',
  '#006d5b',
  '#7b4173',
]

// FNV-1a: spreads names that differ by a letter or two ("Facilitator", "Brazil") over the palette.
function hash(name: string): number {
  let h = 0x811c9dc5
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193)
  return h >>> 0
}

/**
 * The colour of a delegation, from the name alone so that every screen shows the same one. Given the names of
 * the delegations in the room (`among`), names are placed in a fixed order each on its hashed slot or, if that
 * is taken, the next free one, so that up to twelve delegations in a room all differ; everyone seeing the
 * same room gets the same colours.
 */
export function colorFor(delegation: string, among: readonly string[] = []): string {
  const names = [...new Set([...among, delegation])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const taken = new Set<number>()
  for (const name of names) {
    let slot = hash(name) % PALETTE.length
    while (taken.has(slot) && taken.size < PALETTE.length) slot = (slot + 1) % PALETTE.length
    if (name === delegation) return PALETTE[slot]!
    taken.add(slot)
    if (taken.size === PALETTE.length) taken.clear()
  }
  return PALETTE[hash(delegation) % PALETTE.length]!
}

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
