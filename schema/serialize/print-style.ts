import type { Node } from 'prosemirror-model'

// Type faces per script, as a Debian machine has them (fonts-liberation for Times, fonts-noto-core for Arabic,
// fonts-noto-cjk for Chinese), after the faces the UN sets its documents in, which Windows and macOS have.
const LATIN_FACES = '"Times New Roman", Times, "Liberation Serif", "Noto Serif", serif'
const ARABIC_FACES = `"Noto Naskh Arabic", "Noto Sans Arabic", "Traditional Arabic", "Simplified Arabic", ${LATIN_FACES}`
const CHINESE_FACES =
  '"Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", SimSun, "Songti SC", serif'

// "United Nations" over the organ's name, in each language, as the first line of a UN first page.
const UNITED_NATIONS: Record<string, string> = {
  en: 'United Nations',
  fr: 'Nations Unies',
  es: 'Naciones Unidas',
  ru: 'Организация Объединенных Наций',
  ar: 'الأمم المتحدة',
  zh: '联合国',
}

const unitedNations = Object.entries(UNITED_NATIONS)
  .map(([lang, words]) => `.resolution:lang(${lang}) .res-header::before { content: ${cssString(words)}; }`)
  .join('\n  ')

/**
 * The rules every printed draft shares, whatever its symbol: the type per script, the first page laid out as
 * the UN does (see {@link printStyle}), where pages may break, and the notes at the end. Under `@media print`,
 * so it can follow any screen style sheet; it styles both `toHTML`'s markup and the editor's.
 */
const PRINT_RULES = `
  html, body { background: none; }
  .resolution {
    max-width: none; margin: 0; padding: 0; box-shadow: none; background: none;
    font-family: ${LATIN_FACES}; font-size: 10pt; line-height: 1.3; orphans: 2; widows: 2;
  }
  .resolution:lang(ar), .footnotes:lang(ar) { font-family: ${ARABIC_FACES}; }
  .resolution:lang(ar) { font-size: 12pt; line-height: 1.6; }
  .resolution:lang(zh), .footnotes:lang(zh) { font-family: ${CHINESE_FACES}; }
  .resolution:lang(zh) { line-height: 1.6; }

  /* The first page: "United Nations" and the symbol on one line, the organ's name large on the left with the
     distribution, the date and the original language on the right, a heavy rule under them; then the session,
     the agenda item and the sponsor line. The pseudo-element spans the four top rows, so that the fields after
     them never move up, whichever fields a draft leaves out, and draws the rule under them. */
  .res-header {
    display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 2em;
    margin: 0 0 2em; padding: 0; border: none; text-align: start;
  }
  .res-header::before {
    grid-column: 1 / -1; grid-row: 1 / 5; align-self: stretch;
    padding-bottom: 0.4em; border-bottom: 3px solid #000; font-size: 1em;
  }
  ${unitedNations}
  .res-header::after {
    content: ""; grid-column: 1 / -1; grid-row: 1; align-self: end; border-bottom: 1px solid #000;
  }
  .res-header p { grid-column: 1 / -1; margin: 0; break-inside: avoid; }
  .res-header .field-symbol {
    grid-column: 2; grid-row: 1; text-align: end; font-size: 1.4em; line-height: 1.1;
    padding-bottom: 0.3em;
  }
  .res-header .field-organ {
    grid-column: 1; grid-row: 2 / span 3; align-self: start; padding-top: 0.3em;
    font-size: 1.7em; font-weight: bold; line-height: 1.2;
  }
  .res-header .field-distribution { grid-column: 2; grid-row: 2; padding-top: 0.3em; }
  .res-header .field-date { grid-column: 2; grid-row: 3; }
  .res-header .field-original { grid-column: 2; grid-row: 4; padding-bottom: 0.6em; }
  .res-header .field-session { margin-top: 0.6em; }
  .res-header .field-agendaTitle, .res-header .field-adoption { font-weight: bold; }
  .res-header .field-adoption { margin-top: 1.5em; }
  .res-header .field-sponsors { margin-top: 2em; padding-inline-start: 2.5em; }
  .res-title { font-size: 1em; margin: 0 0 1.5em; }
  .res-title:not([data-number]) { padding-inline-start: 2.5em; }
  .res-header, .res-title, .formula { break-after: avoid; }
  /* An annex starts on a page of its own, as the UN prints it; its headings keep to what follows them. */
  .annex { break-before: page; margin-top: 0; }
  .annex-label, .annex-title, .annex-heading { break-after: avoid; }

  /* Paragraphs as the UN prints them (and the editor shows them): the first line indented, an operative number
     at the indent and the text running back to the margin; a sub-paragraph's label at its indent and its text
     hanging one step further. toHTML writes numbers as spans (.num), which the screen sheet hangs in the margin;
     here a number and the space after it (a quarter em) fill two steps. A compilation keeps its own layout,
     its labels being longer. */
  .resolution:not(.compilation) :is(section.operative, .annex) > .clause,
  .resolution:not(.compilation) .clause .clause { padding-inline-start: 0; }
  .resolution:not(.compilation) :is(.preamble, section.operative, .annex) > .clause > p:first-child {
    text-indent: 2.5em;
  }
  .resolution:not(.compilation) :is(section.operative, .annex) > .clause > p > .num {
    position: static; display: inline-block; min-width: 2.25em; text-indent: 0;
  }
  .resolution:not(.compilation) .clause .clause { margin-inline-start: 2.5em; }
  .resolution:not(.compilation) .clause .clause > p { padding-inline-start: 2.5em; }

  a { color: inherit; text-decoration: none; }
  ins, del { background: none; }

  /* Notes: Chromium cannot float them to the foot of the page that cites them, so they follow the text, after a
     short rule, numbered as in the text. */
  .footnotes { margin-top: 2em; font-size: 8.5pt; break-before: auto; }
  .footnotes ol { list-style: none; margin: 0; padding: 0; }
  .footnotes li { margin: 0 0 0.3em; padding-inline-start: 1.5em; text-indent: -1.5em; break-inside: avoid; }
  .footnotes li[value]::before {
    content: attr(value); display: inline-block; min-width: 1.5em; text-indent: 0;
    font-size: 0.75em; vertical-align: super; line-height: 0;
  }
  .footnotes .fn-back { display: none; }
`

/** A CSS string holding `text`, safe inside a `<style>` element of an HTML page. */
function cssString(text: string): string {
  const escaped = text.replace(/[\\"]/g, '\\$&').replace(/\s+/g, ' ').replace(/</g, '\\3c ')
  return `"${escaped}"`
}

/**
 * The page rules: A4; no running head on the first page, which has the UN header; on every page after it, the
 * symbol at the top and "n/N" at the foot, on the outer side as the UN prints two-sided (right on right-hand
 * pages, left on left-hand ones). A draft without a symbol numbers its pages only.
 */
function pageRules(symbol: string | null): string {
  const box = `font-family: ${LATIN_FACES}; font-size: 9pt; font-style: normal; font-weight: normal;`
  const head = symbol
    ? `content: ${cssString(symbol)}; ${box} vertical-align: bottom; padding-bottom: 6mm;`
    : ''
  const foot = `content: counter(page) "/" counter(pages); ${box} vertical-align: top; padding-top: 6mm;`
  const side = (name: 'left' | 'right') =>
    `@page :${name} {${head ? ` @top-${name} { ${head} }` : ''} @bottom-${name} { ${foot} } }`
  return [
    '  @page { size: A4; margin: 22mm 20mm 22mm 20mm; }',
    `  ${side('right')}`,
    `  ${side('left')}`,
    '  @page :first { @top-left { content: none; } @top-right { content: none; } ' +
      '@bottom-left { content: none; } @bottom-right { content: none; } }',
  ].join('\n')
}

/**
 * The print style sheet of a draft, shared by the exported HTML page, the PDF export and the editor's Ctrl-P:
 * A4 pages, the UN layout of the first page, from the second page on the symbol at the top and "n/N" at the
 * foot, the type of each script (Times; Noto Naskh Arabic; Noto Serif CJK SC), and the notes after the text.
 * All of it under `@media print`, so it leaves the screen alone.
 */
export function printStyle(symbol: string | null): string {
  return `\n@media print {\n${pageRules(symbol)}\n${PRINT_RULES}}\n`
}

/** The symbol in a draft's header ("A/C.3/71/L.23"), which heads its printed pages; null where it has none. */
export function draftSymbol(doc: Node): string | null {
  const header = doc.firstChild
  if (header?.type.name !== 'header') return null
  let symbol: string | null = null
  header.forEach((field) => {
    if (symbol === null && field.attrs.name === 'symbol') symbol = field.textContent.trim() || null
  })
  return symbol
}
