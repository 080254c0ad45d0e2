import { t } from '../i18n/i18n.ts'

/**
 * A clause's name as the server keeps it in the history ("operative paragraph 5 bis (a)"), in the interface
 * language ("paragraphe 5 bis (a) du dispositif"); a name of another form is shown as it is.
 */
export function labelText(label: string): string {
  const match = /^(operative|preambular) paragraph (.+)$/.exec(label)
  if (!match) return label
  return t(match[1] === 'operative' ? 'label.operative' : 'label.preambular', { n: match[2]! })
}
