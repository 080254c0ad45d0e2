/**
 * The stylesheet of an exported resolution on screen: a UN document on a sheet; `printStyle` (print-style.ts)
 * follows it for A4 paper. It styles the markup of `toHTML`, whose classes are those of the schema's own
 * `toDOM`, so the editor can use it too. Numbers are written in the markup (from numbering.ts), never generated
 * by CSS counters, so they match every other output.
 */
export const RESOLUTION_CSS = `
:root { color-scheme: light; }
html { background: #f2f2f0; }
body { margin: 0; }
.resolution {
  box-sizing: border-box; max-width: 48rem; margin: 2rem auto; padding: 3rem 3.5rem;
  background: #fff; color: #000; box-shadow: 0 1px 4px rgb(0 0 0 / 0.15);
  font-family: "Times New Roman", Times, "Liberation Serif", "Noto Serif", serif;
  font-size: 12pt; line-height: 1.35; text-align: justify; hyphens: auto;
}
.resolution:lang(ar) {
  font-family: "Noto Naskh Arabic", "Traditional Arabic", "Simplified Arabic", "Times New Roman", serif;
  font-size: 13pt; line-height: 1.6;
}
.resolution:lang(zh) {
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, "Songti SC", serif;
  text-align: start; line-height: 1.6;
}
.resolution:lang(ru) { font-family: "Times New Roman", Times, "PT Serif", "Noto Serif", serif; }
.resolution p { margin: 0 0 0.75em; }

.res-header { margin-bottom: 2.5em; padding-bottom: 0.5em; border-bottom: 3px solid #000; text-align: start; }
.res-header p { margin: 0; }
.res-header .field-organ { font-size: 1.6em; font-weight: bold; }
.res-header .field-symbol { font-size: 1.3em; text-align: end; }
.res-header .field-distribution, .res-header .field-session, .res-header .field-sponsors,
.res-header .field-adoption { margin-top: 1em; }
.res-header .field-agendaTitle, .res-header .field-adoption { font-weight: bold; }

.res-title { font-size: 1.15em; font-weight: bold; text-align: start; margin: 0 0 1.5em; }
.res-title[data-number] { position: relative; padding-inline-start: 4.5em; }
.res-title .res-number { position: absolute; inset-inline-start: 0; }
.formula { font-style: italic; text-indent: 2.5em; }

.clause { position: relative; }
.clause > p { margin-bottom: 0.75em; }
.preamble > .clause > p:first-child { text-indent: 2.5em; }
section.operative > .clause, .clause .clause { padding-inline-start: 2.5em; }
.clause > p > .num { position: absolute; inset-inline-start: 0; }
.opening { font-style: italic; }
.quotation { margin: 0 0 0.75em; padding-inline-start: 2.5em; }
.xref { color: inherit; text-decoration: none; }

ins { text-decoration: underline; text-decoration-color: #1a7f37; background: #e6f4ea; }
del { text-decoration: line-through; text-decoration-color: #b42318; background: #fdecea; }
.clause[data-proposal*='"kind":"insert"'] { border-inline-start: 3px solid #1a7f37; }
.clause[data-proposal*='"kind":"insert"'] p { text-decoration: underline; text-decoration-color: #1a7f37; }
.clause[data-proposal*='"kind":"delete"'] { border-inline-start: 3px solid #b42318; }
.clause[data-proposal*='"kind":"delete"'] p { text-decoration: line-through; text-decoration-color: #b42318; }
.clause[data-proposal*='"kind":"move"'] { border-inline-start: 3px dashed #1f4e9c; }

.closing { margin-top: 2em; font-style: italic; text-align: end; }
.closing p { margin: 0; }

.annex { margin-top: 3em; }
.annex-label { font-weight: bold; text-align: end; font-size: 1.1em; }
.annex-title { font-size: 1.15em; font-weight: bold; text-align: start; margin: 0 0 1.5em; }
.annex-heading { font-size: 1em; font-weight: bold; text-align: start; margin: 1.5em 0 0.75em; position: relative; padding-inline-start: 2.5em; }
.annex-heading[data-level="2"] { padding-inline-start: 5em; }
.annex-heading > .num { position: absolute; inset-inline-start: 0; }
.annex-heading[data-level="2"] > .num { inset-inline-start: 2.5em; }
.annex > .clause { padding-inline-start: 2.5em; }

sup { font-size: 0.7em; line-height: 0; vertical-align: super; }
sup a { color: inherit; text-decoration: none; }
.footnotes { margin-top: 2.5em; font-size: 0.85em; text-align: start; }
.footnotes::before { content: ""; display: block; width: 10em; border-top: 1px solid #000; margin-bottom: 0.75em; }
.footnotes ol { margin: 0; padding-inline-start: 2em; }
.footnotes li { margin: 0 0 0.35em; }
.footnotes .fn-back { text-decoration: none; margin-inline-start: 0.3em; }
`
