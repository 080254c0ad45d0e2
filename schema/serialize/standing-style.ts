/**
 * The stylesheet the HTML export adds for where paragraphs stand: the square brackets are characters of the
 * text (so they copy and print), each alternative wording sits under the paragraph's first line with its label,
 * and a compilation's status stands after the paragraph's label as a small tag (words, not a colour alone).
 */
export const STANDING_CSS = `
.alternative .alt, .clause > p > .alt { font-weight: bold; margin-inline-end: 0.4em; }
.alternative .alt-by, .bracket-by {
  font-family: system-ui, sans-serif; font-size: 0.65em; font-weight: 600; color: #7a4b00;
  margin-inline: 0.15em; white-space: nowrap;
}
.status {
  font-family: system-ui, sans-serif; font-size: 0.7em; font-weight: 600; margin-inline-end: 0.5em;
  padding: 0 0.35em; border: 1px solid currentColor; border-radius: 0.25em; white-space: nowrap;
}
.status[data-status="agreed"] { color: #1a7f37; }
.status[data-status="agreed-ad-ref"] { color: #1f4e9c; }
.status[data-status="open"] { color: #7a4b00; }
@media print {
  .status { color: #000; }
}
`
