// A client that types into an operative paragraph at a steady rate, one character per update, as a delegate
// does at the keyboard. Each keystroke is its own Yjs transaction and so its own update on the wire.
import * as Y from 'yjs'
import { SHARED, sharedBlocks } from '../../schema/index.ts'
import type { LightClient } from './light-client.ts'

const WORDS = ' et réaffirme son attachement aux principes de la Charte'

/** The text of the first paragraph of each operative clause, in document order. */
export function operativeTexts(doc: Y.Doc): Y.XmlText[] {
  const texts: Y.XmlText[] = []
  for (const clause of sharedBlocks(doc.getXmlFragment(SHARED.document))) {
    if (!(clause instanceof Y.XmlElement) || clause.nodeName !== 'operative') continue
    const para = clause.get(0)
    if (!(para instanceof Y.XmlElement) || para.nodeName !== 'para') continue
    const text = para.toArray().find((child) => child instanceof Y.XmlText)
    if (text instanceof Y.XmlText) texts.push(text)
  }
  return texts
}

/** Types characters at the end of one operative paragraph every `intervalMs`, after `delayMs`. */
export class Typist {
  private timer: NodeJS.Timeout | null = null
  private typed = 0
  private readonly text: Y.XmlText

  /** `onKeystroke` learns the clock the client reached with each update, just before it is sent. */
  constructor(
    private readonly client: LightClient,
    paragraph: number,
    private readonly onKeystroke: (author: number, endClock: number) => void,
  ) {
    const texts = operativeTexts(client.doc)
    if (texts.length === 0) throw new Error('the draft has no operative paragraph with text to type into')
    this.text = texts[paragraph % texts.length]!
    client.sendLocalUpdates()
  }

  /** Starts typing, one keystroke every `intervalMs`, the first after `delayMs`. */
  start(intervalMs: number, delayMs: number): void {
    this.timer = setTimeout(() => {
      this.keystroke()
      this.timer = setInterval(() => this.keystroke(), intervalMs)
    }, delayMs)
  }

  /** Stops typing. */
  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** Inserts the next character; the client's update listener sends it within this call. */
  keystroke(): void {
    const doc = this.client.doc
    const char = WORDS[this.typed++ % WORDS.length]!
    // The clock is read before the insertion and the character adds one to it, so the end clock is known
    // before the update listener sends it, and the timestamp does not include the time to read it.
    const endClock = Y.getState(doc.store, doc.clientID) + 1
    this.onKeystroke(doc.clientID, endClock)
    this.text.insert(this.text.length, char)
  }
}
