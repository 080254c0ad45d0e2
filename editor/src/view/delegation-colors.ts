// The colour of each delegation, the same on every screen: its caret and its name in the list of people
// (`collab/`), its proposals in the text, the amendments panel and the co-sponsors (`amendments/`).

/**
 * Twelve colours of well-separated hue, each dark enough to be text on the paper: at least 4.5:1 (WCAG AA) against
 * white, against its own light tint (the background of a proposed insertion) and against the yellow that marks
 * the proposal shown from the panel (`delegation-colors.test.ts` computes it for each). The light ones of a
 * common chart palette (yellow, orange, cyan) failed as text, so these are their darker shades.
 */
export const DELEGATION_COLORS: readonly string[] = [
  '#1a5f99',
  '#b71c1c',
  '#1b6e20',
  '#7b1fa2',
  '#a34700',
  '#00697a',
  '#8c564b',
  '#ad1457',
  '#5f5f00',
  '#393b79',
  '#00624f',
  '#7b4173',
]
const PALETTE = DELEGATION_COLORS

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
