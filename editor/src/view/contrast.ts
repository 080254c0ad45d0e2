// WCAG 2.2 contrast between two colours, so that the colours the editor picks can be checked against AA (4.5:1 for
// text) where they are chosen rather than page by page.

/** The red, green and blue channels (0–255) of a `#rrggbb` colour; throws on anything else. */
export function rgbOf(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`contrast: '${hex}' is not a #rrggbb colour`)
  return [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16), Number.parseInt(match[3]!, 16)]
}

/** The relative luminance of a colour, as WCAG defines it (0 black, 1 white). */
export function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** The contrast ratio of two colours (1 to 21); AA asks 4.5 for text, 3 for large text and marks. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** `colour` laid over `under` at `opacity` (0–1), as CSS `color-mix(in srgb, colour P%, under)` gives it. */
export function mix(colour: string, under: string, opacity: number): string {
  const a = rgbOf(colour)
  const b = rgbOf(under)
  return `#${a
    .map((c, i) => Math.round(c * opacity + b[i]! * (1 - opacity)))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`
}
