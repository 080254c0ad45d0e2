/**
 * The stylesheet a comparison adds to `RESOLUTION_CSS`: who made a change in a small tag after it, notes on
 * new, deleted and moved paragraphs, "(formerly 7)" after a renumbered paragraph's number, and the two columns
 * of the side-by-side layout, aligned paragraph by paragraph. Insertions and deletions keep the resolution
 * stylesheet's look (the compilation text's), so both read alike.
 */
export const COMPARISON_CSS = `
.comparison .cmp-legend {
  margin: 0 0 1.5em; padding: 0.5em 0.75em; border: 1px solid #ccc; background: #fafafa;
  font-size: 0.85em; text-align: start;
}
.comparison .cmp-by {
  font-family: system-ui, sans-serif; font-size: 0.65em; font-weight: 600; color: #1f4e9c;
  margin-inline: 0.15em; white-space: nowrap;
}
.comparison .cmp-by.cmp-oral { color: #8a4b00; white-space: normal; }
.comparison .cmp-formerly { font-style: italic; color: #444; margin-inline-end: 0.3em; }
.comparison .cmp-note { font-style: italic; color: #444; margin-inline-end: 0.3em; }
.comparison .cmp-moved-sample { border-bottom: 2px dashed #1f4e9c; }
/* A bar in the margin, outside the paragraph's number. */
.comparison .clause[data-status]::before {
  content: ""; position: absolute; inset-block: 0; inset-inline-start: -0.9em; border-inline-start: 3px solid transparent;
}
.comparison .clause[data-status="inserted"]::before { border-inline-start-color: #1a7f37; }
.comparison .clause[data-status="deleted"]::before { border-inline-start-color: #b42318; }
.comparison .clause[data-status="moved"]::before, .comparison .clause[data-status="moved-away"]::before {
  border-inline-start-style: dashed; border-inline-start-color: #1f4e9c;
}
.comparison .cmp-ghost { color: #555; }
.comparison .cmp-none { font-style: italic; }
.comparison.cmp-side-by-side { max-width: 96rem; }
.cmp-side-by-side .cmp-columns, .cmp-side-by-side .cmp-row {
  display: grid; grid-template-columns: 1fr 1fr; column-gap: 2.5rem;
}
.cmp-side-by-side .cmp-head { font-weight: bold; border-bottom: 1px solid #000; margin-bottom: 1em; }
.cmp-side-by-side .cmp-row > div { min-width: 0; }
.cmp-side-by-side .cmp-row[data-depth="1"] > div { padding-inline-start: 2.5em; }
.cmp-side-by-side .cmp-row[data-depth="2"] > div { padding-inline-start: 5em; }
.cmp-side-by-side .cmp-row[data-depth="3"] > div { padding-inline-start: 7.5em; }
.cmp-side-by-side .cmp-row[data-depth="4"] > div { padding-inline-start: 10em; }
.cmp-side-by-side .cmp-row p { margin: 0 0 0.75em; }
.cmp-side-by-side .cmp-row .num { margin-inline-end: 0.5em; }
.cmp-side-by-side .cmp-row[data-status="moved"] > div, .cmp-side-by-side .cmp-row[data-status="moved-away"] > div {
  border-inline-start: 3px dashed #1f4e9c;
}
.cmp-side-by-side .cmp-row[data-status="inserted"] > .cmp-new { border-inline-start: 3px solid #1a7f37; }
.cmp-side-by-side .cmp-row[data-status="deleted"] > .cmp-old { border-inline-start: 3px solid #b42318; }
.cmp-side-by-side .cmp-row[data-block="footnote"] { font-size: 0.85em; }
@media print {
  .comparison .cmp-legend { border-color: #000; background: none; }
}
`
