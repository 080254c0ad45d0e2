import type { Command, EditorState, Transaction } from 'prosemirror-state'
import { ySyncPluginKey } from 'y-prosemirror'
import type * as Y from 'yjs'
import type { Role } from '../../../schema/index.ts'
import { seenHere } from '../collab/seen.ts'
import {
  type AmendmentStore,
  type DecisionContext,
  decideAmendments,
  decideDelegation,
  mergeAmendments,
  newAmendmentId,
  type OwnAmendmentContext,
  rebaseAmendment,
  setRationale,
  splitAmendment,
  supportAmendment,
  withdrawAmendment,
} from '../suggestion/index.ts'

/** What the actions act on: an editor (a view, or anything with its state and dispatch). */
export interface ActionTarget {
  readonly state: EditorState
  dispatch(tr: Transaction): void
}

/** What the amendment actions need from the page. */
export interface ActionsOptions {
  /** The editor, once there is one. */
  target: () => ActionTarget | null
  ydoc: Y.Doc
  store: AmendmentStore
  /** Who acts: the token's delegation and role. */
  delegation: string
  role: Role
  now?: () => number
  newAmendmentId?: () => string
}

/**
 * What the panel's buttons do, each as one Yjs transaction: the change to the text and the records it writes
 * reach the others together (`ydoc.transact(() => command(state, dispatch), ySyncPluginKey)`), so that the
 * server sees an accepted amendment and its status at once, and two facilitators deciding at the same moment
 * make the same change. Each returns false when there was nothing to do (decided already, not allowed).
 */
export class AmendmentActions {
  private readonly now: () => number

  constructor(private readonly options: ActionsOptions) {
    this.now = options.now ?? Date.now
  }

  private get own(): OwnAmendmentContext {
    return {
      delegation: this.options.delegation,
      store: this.options.store,
      now: this.now,
      newAmendmentId: this.options.newAmendmentId ?? newAmendmentId,
    }
  }

  private get decision(): DecisionContext {
    return {
      store: this.options.store,
      now: this.now,
      seen: (ids) => seenHere(this.options.ydoc, ids),
    }
  }

  /** Runs a command on the editor inside one Yjs transaction; its dispatch and record writes go together. */
  private run(command: Command): boolean {
    const target = this.options.target()
    if (!target) return false
    let done = false
    this.options.ydoc.transact(() => {
      done = command(target.state, (tr) => target.dispatch(tr))
    }, ySyncPluginKey)
    return done
  }

  /** Whether a command would do something now (a dry run, for enabling buttons). */
  private can(command: Command): boolean {
    const target = this.options.target()
    return target ? command(target.state) : false
  }

  /** Writes records only, as one Yjs transaction. */
  private write(change: () => boolean): boolean {
    let done = false
    this.options.ydoc.transact(() => {
      done = change()
    })
    return done
  }

  private get chair(): boolean {
    return this.options.role === 'chair'
  }

  /** The facilitator accepts (or rejects) amendments, in the order given. */
  decide(ids: readonly string[], accept: boolean): boolean {
    return this.chair && this.run(decideAmendments(ids, accept, this.decision))
  }

  /** The facilitator accepts (or rejects) every pending amendment of a delegation. */
  decideDelegation(delegation: string, accept: boolean): boolean {
    return this.chair && this.run(decideDelegation(delegation, accept, this.decision))
  }

  /** A delegation withdraws one of its pending amendments. */
  withdraw(id: string): boolean {
    return this.run(withdrawAmendment(id, this.own))
  }

  /** Whether one of the delegation's amendments can be split at a position. */
  canSplit(id: string, at: number): boolean {
    return this.can(splitAmendment(id, at, this.own))
  }

  /** A delegation splits one of its word amendments at a position (the cursor). */
  split(id: string, at: number): boolean {
    return this.run(splitAmendment(id, at, this.own))
  }

  /** Whether amendment `b` can be merged into amendment `a`. */
  canMerge(a: string, b: string): boolean {
    return this.can(mergeAmendments(a, b, this.own))
  }

  /** A delegation merges its amendment `b` into `a` (same paragraph). */
  merge(a: string, b: string): boolean {
    return this.run(mergeAmendments(a, b, this.own))
  }

  /** A delegation supports another's amendment, or takes its support back. */
  support(id: string, support: boolean): boolean {
    const { store, delegation } = this.options
    return this.write(() => supportAmendment(store, id, delegation, this.now(), support))
  }

  /** A delegation sets the rationale of one of its amendments (a RangeError when it is too long). */
  rationale(id: string, text: string): boolean {
    const { store, delegation } = this.options
    return this.write(() => setRationale(store, id, delegation, text, this.now()))
  }

  /** A delegation keeps its outdated amendment: the words it refers to are those of the text now. */
  rebase(id: string): boolean {
    const target = this.options.target()
    if (!target) return false
    const { store, delegation } = this.options
    return this.write(() => rebaseAmendment(store, target.state.doc, id, delegation, this.now()))
  }
}
