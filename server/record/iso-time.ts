// Serving a history writes one time per entry; Date#toISOString costs microseconds each, most of it the
// calendar date, which consecutive entries share. The day is formatted once, the time of day by arithmetic.

const MS_PER_DAY = 86_400_000
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`)
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`)

/** A writer of times (milliseconds since 1970) as ISO 8601 in UTC, the text Date#toISOString gives. */
export function isoTimeWriter(): (at: number) => string {
  let day = Number.NaN
  let prefix = ''
  return (at) => {
    if (!Number.isSafeInteger(at) || Math.abs(at) > 8.64e15) return new Date(at).toISOString()
    const d = Math.floor(at / MS_PER_DAY)
    if (d !== day) {
      const iso = new Date(d * MS_PER_DAY).toISOString()
      day = d
      prefix = iso.slice(0, iso.indexOf('T') + 1)
    }
    let ms = at - d * MS_PER_DAY
    const h = Math.floor(ms / 3_600_000)
    ms -= h * 3_600_000
    const m = Math.floor(ms / 60_000)
    ms -= m * 60_000
    const s = Math.floor(ms / 1000)
    return `${prefix}${two(h)}:${two(m)}:${two(s)}.${three(ms - s * 1000)}Z`
  }
}
