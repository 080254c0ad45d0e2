const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 }

/**
 * Reads how long a link stays valid: a number and a unit (`90m`, `12h`, `30d`, `2w`), or `never`. Returns
 * milliseconds, or null for never. Throws a RangeError naming the value it could not read.
 */
export function parseDuration(text: string): number | null {
  if (text === 'never') return null
  const match = /^(\d{1,6})([mhdw])$/.exec(text.trim())
  if (!match || Number(match[1]) === 0) {
    throw new RangeError(`expiry '${text}': expected a number and a unit (90m, 12h, 30d, 2w) or 'never'`)
  }
  return Number(match[1]) * UNITS[match[2]!]!
}
