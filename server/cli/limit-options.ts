import type { TransportLimits } from '../transport/index.ts'
import { UsageError } from './command.ts'

/** The `serve` options that set the server's bounds, and the limit each sets. */
const LIMIT_OPTIONS = {
  'max-draft-size': 'maxDraftBytes',
  'max-message-size': 'maxMessage',
  'max-send-buffer': 'maxBuffered',
  'max-connections': 'maxConnections',
  'max-connections-per-draft': 'maxConnectionsPerDraft',
  'max-connections-per-token': 'maxConnectionsPerToken',
} as const satisfies Record<string, keyof TransportLimits>

/** Those that take a size, in bytes or with a unit: 512KB, 8MB. */
const SIZES: ReadonlySet<string> = new Set(['max-draft-size', 'max-message-size', 'max-send-buffer'])

const UNITS: Record<string, number> = { '': 1, B: 1, KB: 1024, MB: 1024 * 1024, GB: 1024 * 1024 * 1024 }

/** The `parseArgs` options of the limits, for a command to add to its own. */
export const limitOptions = Object.fromEntries(
  Object.keys(LIMIT_OPTIONS).map((name) => [name, { type: 'string' }]),
) as Record<keyof typeof LIMIT_OPTIONS, { type: 'string' }>

/** The usage text of the limit options. */
export const limitUsage =
  '[--max-draft-size SIZE] [--max-message-size SIZE] [--max-send-buffer SIZE] [--max-connections N] ' +
  '[--max-connections-per-draft N] [--max-connections-per-token N]'

/** Reads `8MB`, `512KB` or `1048576` (bytes) for a size option, a whole number for a count; a UsageError otherwise. */
function limitValue(option: string, text: string): number {
  const match = SIZES.has(option)
    ? /^(\d+)\s*(B|KB|MB|GB)?$/i.exec(text.trim())
    : /^(\d+)()$/.exec(text.trim())
  const value = match ? Number(match[1]) * UNITS[(match[2] ?? '').toUpperCase()]! : Number.NaN
  if (!Number.isSafeInteger(value) || value < 1) {
    const expected = SIZES.has(option)
      ? 'a size such as 8MB, 512KB or a number of bytes'
      : 'a positive whole number'
    throw new UsageError(`--${option}: expected ${expected}, got '${text}'`)
  }
  return value
}

/** The limits a command's parsed options set (only those given). */
export function limitsOf(
  values: Partial<Record<keyof typeof LIMIT_OPTIONS, string>>,
): Partial<TransportLimits> {
  const limits: Partial<TransportLimits> = {}
  for (const [option, limit] of Object.entries(LIMIT_OPTIONS) as [
    keyof typeof LIMIT_OPTIONS,
    keyof TransportLimits,
  ][]) {
    const text = values[option]
    if (text !== undefined) limits[limit] = limitValue(option, text)
  }
  return limits
}
