import { delegationName } from '../directory/index.ts'
import type { Lang } from '../lang.ts'
import { isActive, type Sponsor } from './entry.ts'
import { onBehalfPhrase } from './groups.ts'
import { joinNames } from './join.ts'
import { sponsorOrder } from './order.ts'

/** What a sponsor line says the document is, when the header did not say: "draft resolution" in each language. */
export const DRAFT_RESOLUTION: Readonly<Record<Lang, string>> = {
  en: 'draft resolution',
  fr: 'projet de résolution',
  es: 'proyecto de resolución',
  ru: 'проект резолюции',
  zh: '决议草案',
  ar: 'مشروع قرار',
}

// The colon between the names and the kind of document, as each language sets it.
const COLON: Readonly<Record<Lang, string>> = { en: ': ', fr: ' : ', es: ': ', ru: ': ', zh: '：', ar: ': ' }

/** A sponsor as a line names it: the delegation, and the group it acts for, if any. */
export interface LineSponsor {
  delegation: string
  onBehalfOf?: string
}

/** One name of the line, with the group it speaks for. */
function named(sponsor: LineSponsor, lang: Lang, alone: boolean): { key: string; name: string } {
  const name = delegationName(sponsor.delegation, lang)
  if (!sponsor.onBehalfOf) return { key: sponsor.delegation, name }
  const phrase = onBehalfPhrase(sponsor.onBehalfOf, lang)
  // "Pakistan, on behalf of ...: draft resolution" alone; in a list the group goes in brackets, so that its
  // own "and" is not read as the list's. Chinese brackets it always.
  if (lang === 'zh') return { key: sponsor.delegation, name: `${name}（${phrase}）` }
  if (alone) return { key: sponsor.delegation, name: `${name}${lang === 'ar' ? '،' : ','} ${phrase}` }
  return { key: sponsor.delegation, name: `${name} (${phrase})` }
}

/**
 * The names of a sponsor line, without the kind of document: "Australia, Brazil and Canada", "Argentine,
 * Brésil et Canada", in the order and with the conjunction of the language (see `sponsorOrder`, `joinNames`).
 */
export function sponsorNames(sponsors: readonly LineSponsor[], lang: Lang): string {
  const names = sponsors.map((s) => named(s, lang, sponsors.length === 1)).sort(sponsorOrder(lang))
  return joinNames(
    names.map((n) => n.name),
    lang,
  )
}

/**
 * The sponsor line of a draft's header: "Australia, Brazil and Canada: draft resolution", "Argentine, Brésil
 * et Canada : projet de résolution". `kind` is what follows the colon (default: "draft resolution" in the
 * language; a revised draft keeps "revised draft resolution"). No sponsors, no line: the empty string.
 */
export function sponsorLine(sponsors: readonly LineSponsor[], lang: Lang, kind?: string): string {
  if (sponsors.length === 0) return ''
  return `${sponsorNames(sponsors, lang)}${COLON[lang]}${kind?.trim() || DRAFT_RESOLUTION[lang]}`
}

/** The sponsors a line names: every delegation of the list that has not withdrawn, main and co-sponsors alike. */
export const lineSponsors = (list: readonly Sponsor[]): LineSponsor[] =>
  list
    .filter(isActive)
    .map((s) =>
      s.onBehalfOf ? { delegation: s.delegation, onBehalfOf: s.onBehalfOf } : { delegation: s.delegation },
    )
