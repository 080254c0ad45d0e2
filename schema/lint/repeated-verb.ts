import type { Lang } from '../lang.ts'
import { matchOpening, type OpeningMatch } from '../opening.ts'
import { blockFix, blockProblem, type LintRule } from './context.ts'
import { fixMessage, type LintPlace, lintMessage } from './messages.ts'
import type { LintFix } from './types.ts'

// A repeated operative verb. The strict reading ("every repetition takes 'Also'") is not what the UN writes:
// A/RES/ES-11/1 opens paragraphs 3, 6, 9 and 12 with "Demands" and 2, 5 and 10 with "Deplores", 71/194 opens
// 1, 3, 5 and 7 with "Réaffirme", all without a marker; but 3 "Demands that the Russian Federation ..." is
// followed by 4 "Also demands that the Russian Federation ...", while 7 "Calls upon the Russian Federation
// to ..." is followed by 8 "Calls upon the parties to ...". The rule the samples follow, and the one checked:
//   a paragraph that repeats the verb of the operative paragraph directly before it, addressed to the same
//   party, marks the repetition: "Also requests" (then "Further requests") in English, "Prie également"
//   (then "en outre") in French, "Solicita también" (then "además") in Spanish.
// The party is the words between the verb and its infinitive ("the Secretary-General" in "Requests the
// Secretary-General to"), cut at a comma; none ("Decides to", "Demands that") counts as the same party.
// A warning, since it is a matter of style. Checked in English, French and Spanish, whose markers we know.

interface Markers {
  /** Matches a marker before the verb (English) or after it (French, Spanish) at the start of a paragraph. */
  pattern: RegExp
  /** Whether the marker precedes the verb. */
  before: boolean
  /** The words that introduce the verb's complement, which end the party it is addressed to. */
  stops: ReadonlySet<string>
  /** Words that introduce the party and belong to it (Spanish personal "a"). */
  lead: ReadonlySet<string>
  /** The marker to suggest for a first repetition, and for a later one. */
  first: string
  next: string
}

const MARKERS: Partial<Record<Lang, Markers>> = {
  en: {
    pattern: /^\s*(also|further|again|once again|once more|likewise)\s+/iu,
    before: true,
    stops: new Set(['to', 'that']),
    lead: new Set(),
    first: 'Also',
    next: 'Further',
  },
  fr: {
    pattern:
      /^(\s*[\p{L}'’-]+)\s+(également|aussi|en outre|de nouveau|à nouveau|une fois de plus|une nouvelle fois|encore)(?=[\s,\uE000]|$)/iu,
    before: false,
    stops: new Set(['de', 'à', 'que', 'pour']),
    lead: new Set(),
    first: 'également',
    next: 'en outre',
  },
  es: {
    pattern:
      /^(\s*[\p{L}-]+)\s+(también|además|asimismo|nuevamente|de nuevo|una vez más|igualmente)(?=[\s,\uE000]|$)/iu,
    before: false,
    stops: new Set(['a', 'que', 'de', 'para']),
    lead: new Set(['a', 'al']),
    first: 'también',
    next: 'además',
  },
}

const WORDS = /[^\s,;:.]+|[,;:.]/gu
const ELIDED = /^(?:d|qu)['’]/u
const MAX_PARTY = 8
const WORD_CHAR = /[\p{L}\p{M}'’-]/u
const NEXT_WORD = /^\s+([\p{L}-]+)/u
const ADVERB = /(?:ment|mente)$/u

/** The party a verb is addressed to: the words before its infinitive or "that", lower-cased. */
function party(rest: string, markers: Markers): string {
  const words: string[] = []
  WORDS.lastIndex = 0
  for (let m = WORDS.exec(rest); m; m = WORDS.exec(rest)) {
    const w = m[0].toLowerCase()
    if (words.length === 0 && markers.lead.has(w)) {
      words.push(w)
      continue
    }
    if (markers.stops.has(w) || ELIDED.test(w)) return words.join(' ')
    if (w === ';' || w === ':' || w === '.' || words.length >= MAX_PARTY) return ''
    if (w === ',') {
      // A comma ends the party ("the Secretary-General, in consultation with ..., to").
      return words.join(' ')
    }
    words.push(w)
  }
  return ''
}

interface Verb {
  /** The verb and its party, for comparison. */
  key: string
  /** The marker the paragraph carries, lower-cased, or null. */
  marker: string | null
  /** Offsets of the first word of the paragraph. */
  start: number
  end: number
}

/** The verb a paragraph opens with, once its marker is set aside; `opening` is the match on the whole text. */
function readVerb(text: string, lang: Lang, markers: Markers, opening: OpeningMatch | null): Verb | null {
  const m = markers.pattern.exec(text)
  let body = text
  let marker: string | null = null
  if (m) {
    marker = (markers.before ? m[1]! : m[2]!).toLowerCase()
    body = markers.before ? text.slice(m[0].length) : m[1]! + text.slice(m[0].length)
    opening = matchOpening(body, lang, 'operative')
  }
  if (!opening) return null
  const verb = body.slice(0, opening.length).trim().toLowerCase().replace(/\s+/g, ' ')
  const to = party(body.slice(opening.length, opening.length + 200), markers)
  const start = text.length - text.trimStart().length
  let end = start
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++
  return { key: to ? `${verb} ${to}` : verb, marker, start, end }
}

/** An operative verb repeated from the paragraph directly before, to the same party, without a marker. */
export const repeatedVerbRule: LintRule = (ctx, out) => {
  const markers = MARKERS[ctx.lang]
  if (!markers) return
  let previous: { verb: Verb; place: LintPlace } | null = null
  for (const paragraph of ctx.paragraphs) {
    if (paragraph.kind !== 'operative') continue
    const block = paragraph.blocks[0]!
    const verb = readVerb(block.text, ctx.lang, markers, paragraph.opening)
    if (verb && previous && !verb.marker && verb.key === previous.verb.key) {
      const marker = previous.verb.marker ? markers.next : markers.first
      const word = block.text.slice(verb.start, verb.end)
      let fix: LintFix | undefined
      let written: string
      if (markers.before) {
        written = `${marker} ${word[0]!.toLowerCase()}${word.slice(1)}`
        fix = blockFix(
          block,
          verb.start,
          verb.end,
          written,
          fixMessage('replace', { from: word, to: written }),
        )
      } else {
        written = `${word} ${marker}`
        // An adverb after the verb ("Demande instamment") leaves the marker's place uncertain: no fix.
        const next = NEXT_WORD.exec(block.text.slice(verb.end, verb.end + 40))
        if (!next || !ADVERB.test(next[1]!)) {
          const label = fixMessage('insert-after', { text: marker, word })
          fix = blockFix(block, verb.end, verb.end, ` ${marker}`, label)
        }
      }
      const message = lintMessage('repeated-verb', { word, previous: previous.place, written })
      out.push(blockProblem(block, 'repeated-verb', 'warning', verb.start, verb.end, message, fix))
    }
    previous = verb ? { verb, place: paragraph.place } : null
  }
}
