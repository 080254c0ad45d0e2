/**
 * The stylesheet a compilation text adds to `RESOLUTION_CSS`: its labels ("OP5 bis") stand in the line rather
 * than in the margin, since they are longer than a number, and who proposes a change is a small tag after it.
 */
export const COMPILATION_CSS = `
.compilation .clause > p > .num { position: static; font-weight: bold; margin-inline-end: 0.4em; }
.compilation section.operative > .clause { padding-inline-start: 0; }
.compilation .preamble > .clause > p:first-child { text-indent: 0; }
.compilation .credit {
  font-family: system-ui, sans-serif; font-size: 0.65em; font-weight: 600; color: #1f4e9c;
  margin-inline: 0.15em; white-space: nowrap;
}
.compilation .proposal-note { font-style: italic; color: #444; }
.compilation .legend {
  margin: 0 0 1.5em; padding: 0.5em 0.75em; border: 1px solid #ccc; background: #fafafa;
  font-size: 0.85em; text-align: start;
}
@media print {
  .compilation .legend { border-color: #000; background: none; }
}
`
