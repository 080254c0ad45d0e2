/** Plain words (a note, a name, a legend, an instruction) escaped so that Markdown shows them as they are. */
export const escapeMarkdownWords = (text: string): string => text.replace(/[\\*_<>[\]&`]/g, (c) => `\\${c}`)
