import { isUILang, onUILanguage, setUILanguage, t, uiLanguage } from '../i18n/i18n.ts'
import { UI_LANGUAGES } from '../i18n/strings.ts'
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
        if (isUILang(value)) setUILanguage(value)
      },
    },
    ...Object.entries(UI_LANGUAGES).map(([code, { name }]) =>
      el('option', { value: code, lang: code, selected: code === uiLanguage() }, name),
    ),
  )
  onUILanguage(() => select.setAttribute('aria-label', t('ui.language')))
  return select
}
