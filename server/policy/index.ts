// Who may change what: one replaceable policy function per role.
import { chairPolicy } from './chair.ts'
import { delegatePolicy } from './delegate.ts'
import { observerPolicy } from './observer.ts'
import type { Policies } from './policy.ts'

export { chairPolicy } from './chair.ts'
export { delegatePolicy } from './delegate.ts'
export { observerPolicy } from './observer.ts'
export type { Identity, Policies, Policy, Verdict } from './policy.ts'

/** The policies the server runs unless it is given others. */
export const POLICIES: Policies = { chair: chairPolicy, delegate: delegatePolicy, observer: observerPolicy }
