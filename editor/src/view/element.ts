/** Attributes of {@link el}: strings become attributes, functions under `on*` become event listeners. */
export type ElementProps = Record<
  string,
  string | number | boolean | null | undefined | ((event: Event) => void)
>

/**
 * Builds a DOM element: `el('button', { class: 'x', onclick: f }, 'Save')`. The page's panels are small, so
 * they are drawn with this rather than a framework, which keeps the bundle small.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2), value)
    else if (value === true) element.setAttribute(name, '')
    // Through the CSSOM: the page's Content-Security-Policy refuses style attributes written as markup.
    else if (name === 'style') element.style.cssText = String(value)
    else element.setAttribute(name, String(value))
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) element.append(child)
  return element
}
