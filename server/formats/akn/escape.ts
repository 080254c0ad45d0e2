const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Written as references so that a parser's line-end and attribute normalisation gives them back unchanged.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
}

/**
 * Text made safe for XML content and double-quoted attribute values. Characters XML 1.0 cannot carry at all
 * (other control characters, unpaired surrogates, U+FFFE and U+FFFF) are dropped: no reference can express them,
 * and one would make the whole file unreadable.
 */
export function escapeXml(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot hold
    /[&<>"\r\n\t]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => ESCAPES[c] ?? '',
  )
}
