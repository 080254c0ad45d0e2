// How a revision moves the symbol on: A/C.3/71/L.23 → A/C.3/71/L.23/Rev.1 → A/C.3/71/L.23/Rev.2.

const REV = /\/Rev\.(\d+)$/

/** The revision number a symbol carries ("…/Rev.2" → 2), 0 for a symbol without one. */
export function revisionNumberOf(symbol: string): number {
  const match = REV.exec(symbol.trim())
  return match ? Number(match[1]) : 0
}

/**
 * The symbol of revision `n` of a draft whose symbol is `symbol`: "/Rev.n" after a symbol without one, in
 * place of the "/Rev.k" of one that has it. A draft without a symbol keeps none.
 */
export function revisionSymbol(symbol: string, n: number): string {
  const base = symbol.trim().replace(REV, '')
  return base === '' ? '' : `${base}/Rev.${n}`
}
