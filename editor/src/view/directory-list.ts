import { directoryIn } from '../../../schema/index.ts'
import type { UILang } from '../i18n/strings.ts'
import { el } from './element.ts'

/**
 * A `<datalist>` of the directory's delegations (the 193 Member States, the two observer States, the European
 * Union), named in the interface language: an input that lists it offers them and still takes any name.
 */
export function directoryDatalist(id: string, lang: UILang): HTMLDataListElement {
  return el('datalist', { id }, ...directoryIn(lang).map((d) => el('option', { value: d.name })))
}
