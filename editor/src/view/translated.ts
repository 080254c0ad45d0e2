import { onUILanguage } from '../i18n/i18n.ts'

/**
 * Puts an element's words in now and again whenever the interface language changes, for parts of the page that
 * are built once (a menu) rather than redrawn; returns the element.
 */
export function translated<T extends Element>(node: T, apply: (node: T) => void): T {
  apply(node)
  onUILanguage(() => apply(node))
  return node
}
