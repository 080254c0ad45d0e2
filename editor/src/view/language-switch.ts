import { isUILang, onUILanguage, setUILanguage, t, uiLanguage } from '../i18n/i18n.ts'
import { UI_LANGUAGE_NAMES } from '../i18n/languages.ts'
import { el } from './element.ts'

/** A select of the interface languages (each named in itself), which switches the page's words at once. */
export function languageSwitch(): HTMLElement {
  const select = el(
    'select',
    {
      class: 'ui-language',
      'aria-label': t('ui.language'),
      onchange: (event) => {
        const value = (event.target as HTMLSelectElement).value
        if (isUILang(value)) void setUILanguage(value)
      },
    },
    ...Object.entries(UI_LANGUAGE_NAMES).map(([code, name]) =>
      el('option', { value: code, lang: code, selected: code === uiLanguage() }, name),
    ),
  )
  onUILanguage(() => select.setAttribute('aria-label', t('ui.language')))
  return select
}
