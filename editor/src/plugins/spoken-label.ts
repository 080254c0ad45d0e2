import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'

const KINDS: Record<string, StringKey> = {
  preambular: 'a11y.para.preambular',
  operative: 'a11y.para.operative',
  subparagraph: 'a11y.para.subparagraph',
}

/**
 * What a screen reader says for a clause's number, in the interface language: "operative paragraph 5",
 * "preambular paragraph 3", "sub-paragraph (b)". The page draws only the printed label ("5.", "(b)") and the
 * preambular paragraphs have none, so the kind would otherwise never be heard. Empty for a clause with no
 * number (one whose deletion was accepted) or of an unknown kind.
 */
export function spokenLabel(kind: string, number: string): string {
  const key = KINDS[kind]
  return key && number ? t(key, { n: number }) : ''
}
