/**
 * The title line as the UN prints it: "71/194. Title" for an adopted resolution that carries its number, the
 * title alone for a draft.
 */
export function titleLine(number: string | null, title: string): string {
  return number ? `${number}. ${title}`.trimEnd() : title
}
