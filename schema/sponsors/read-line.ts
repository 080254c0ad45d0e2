import { findDelegation, foldName } from '../directory/index.ts'
import type { Lang } from '../lang.ts'
import { ON_BEHALF_START, SPONSOR_GROUPS } from './groups.ts'

/** A name read from a sponsor line, as the line writes it, with the group it acts for. */
export interface ReadSponsor {
  name: string
  /** A group's id from `SPONSOR_GROUPS` when the words are one of theirs, else the group's words as written. */
  onBehalfOf?: string
}

/** A sponsor line read: its names in order, and what follows the colon ("draft resolution"). */
export interface ReadSponsorLine {
  sponsors: ReadSponsor[]
  kind: string
}

// What a sponsor line says the document is, after its colon, in the six languages.
const KIND =
  /^(?:(?:revised )?draft (?:resolution|decision)|projet de (?:résolution|décision)(?: révisé)?|proyecto de (?:resolución|decisión)(?: revisado)?|(?:пересмотренный )?проект (?:резолюции|решения)|(?:订正)?(?:决议|决定)草案|مشروع (?:قرار|مقرر)(?: منقح)?)$/iu

// The word that joins the last two names of a list.
const AND: Readonly<Record<Lang, RegExp>> = {
  en: / and /gu,
  fr: / et /gu,
  es: / [ye] /gu,
  ru: / и /gu,
  zh: /和/gu,
  ar: / و/gu,
}

const known = (name: string) => findDelegation(name) !== null

/**
 * A list's last item split at its conjunction: "Canada and Zambia" into two names, but "Antigua and Barbuda"
 * kept whole, since the directory holds it. Where both readings are possible the one that gives known names
 * wins; with none known, the last conjunction splits.
 */
function splitLast(item: string, lang: Lang): string[] {
  if (known(item)) return [item]
  const cuts = [...item.matchAll(AND[lang])].map((m) => [m.index, m.index + m[0].length] as const)
  if (cuts.length === 0) return [item]
  const score = ([from, to]: readonly [number, number]) =>
    (known(item.slice(0, from)) ? 2 : 0) + (known(item.slice(to)) ? 1 : 0)
  let best = cuts[cuts.length - 1]!
  for (const cut of cuts) if (score(cut) > score(best)) best = cut
  return [item.slice(0, best[0]).trim(), item.slice(best[1]).trim()]
}

/** The items of a list of names, before its last one is split at its conjunction. */
function items(list: string, lang: Lang): string[] {
  if (lang === 'zh') return list.split('、')
  if (lang === 'ar') return list.split('،').map((item, i) => (i > 0 ? item.trim().replace(/^و/u, '') : item))
  return list.split(',')
}

/** The group a phrase after a name stands for: a known group's id, or else the phrase as written. */
function groupOf(phrase: string): string {
  const folded = foldName(phrase)
  for (const group of SPONSOR_GROUPS) {
    if (Object.values(group.onBehalf).some((words) => foldName(words) === folded)) return group.id
  }
  return phrase.replace(/\s+/g, ' ').trim()
}

// "Pakistan, on behalf of ...", "Pakistan (on behalf of ...)", "巴基斯坦（代表...）", "باكستان، باسم ...".
const STARTS = ON_BEHALF_START.source.slice(1)
const BRACKETED = new RegExp(`\\s*[(（]\\s*((?:${STARTS})[^)）]*)[)）]`, 'u')
const TRAILING = new RegExp(`^(.*?)\\s*[,،]\\s*((?:${STARTS}).*)$`, 'su')

/**
 * Reads a sponsor line ("Australia, Brazil and Canada: draft resolution", wrapped over lines, "*" note markers
 * after names or the colon, "Pakistan, on behalf of the States Members of ...") into its names and the kind of
 * document. Null when the text is no sponsor line (nothing before a colon and a kind of document).
 */
export function readSponsorLine(text: string, lang: Lang): ReadSponsorLine | null {
  const flat = text
    .replace(/\*+/g, '')
    .replace(/(\p{L})-\s+(\p{L})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim()
  const colon = Math.max(flat.lastIndexOf(':'), flat.lastIndexOf('：'))
  if (colon <= 0) return null
  const kind = flat.slice(colon + 1).trim()
  if (!KIND.test(kind)) return null
  let list = flat.slice(0, colon).trim()
  const alone = TRAILING.exec(list)
  if (alone && !BRACKETED.test(list)) {
    return { sponsors: [{ name: alone[1]!.trim(), onBehalfOf: groupOf(alone[2]!) }], kind }
  }
  // A group in brackets stays with its name while the list is split.
  const groups: string[] = []
  for (let m = BRACKETED.exec(list); m; m = BRACKETED.exec(list)) {
    groups.push(groupOf(m[1]!))
    list = `${list.slice(0, m.index)}\uE000${groups.length - 1}\uE000${list.slice(m.index + m[0].length)}`
  }
  const parts = items(list, lang)
    .map((item) => item.trim())
    .filter(Boolean)
  const names = [...parts.slice(0, -1), ...splitLast(parts[parts.length - 1] ?? '', lang)].filter(Boolean)
  const sponsors = names.map((item): ReadSponsor => {
    const marker = /\uE000(\d+)\uE000/u.exec(item)
    if (!marker) return { name: item }
    return { name: item.replace(marker[0], '').trim(), onBehalfOf: groups[Number(marker[1])]! }
  })
  return sponsors.length > 0 ? { sponsors, kind } : null
}
