/**
 * Marks a part of the page busy while `work` runs: `aria-busy` on the region (assistive technology waits, the
 * style sheet shows it), and the buttons that would start the work again disabled; both undone when it ends,
 * however it ends. Resolves to what `work` resolves to.
 */
export async function busyWhile<T>(
  region: HTMLElement,
  buttons: HTMLButtonElement[],
  work: () => Promise<T>,
): Promise<T> {
  region.setAttribute('aria-busy', 'true')
  const wereDisabled = buttons.map((b) => b.disabled)
  for (const b of buttons) b.disabled = true
  try {
    return await work()
  } finally {
    region.removeAttribute('aria-busy')
    buttons.forEach((b, i) => {
      b.disabled = wereDisabled[i]!
    })
  }
}
