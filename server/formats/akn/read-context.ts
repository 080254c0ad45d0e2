import type { ImportWarning } from '../../../schema/index.ts'
import type { XmlElement } from '../xml/parse.ts'
import { PH_NS } from './vocabulary.ts'

/** What reading the parts of an Akoma Ntoso file shares. */
export interface AknReadContext {
  /**
   * Whether Penholder wrote the file (it declares Penholder's namespace): its text is taken exactly as written,
   * white space included; another tool's is read as XML prose, runs of white space one space.
   */
  penholder: boolean
  /** The names of the organizations and persons of the references section, by eId. */
  names: Map<string, string>
  warnings: ImportWarning[]
}

/** Records a warning about an element: what was skipped or guessed, at its line. */
export function warn(rc: AknReadContext, element: XmlElement, message: string): void {
  rc.warnings.push({ line: element.line, message })
}

/** The value of an attribute of Penholder's namespace, or undefined. */
export const phAttr = (element: XmlElement, local: string): string | undefined =>
  element.nsAttrs[`${PH_NS}|${local}`]

/** The name a `refersTo` points at: the showAs of its TLC, else the reference itself without "#". */
export function referredName(rc: AknReadContext, refersTo: string | undefined): string | null {
  if (!refersTo) return null
  const first = refersTo.trim().split(/\s+/)[0]!.replace(/^#/, '')
  return rc.names.get(first) ?? (first || null)
}
