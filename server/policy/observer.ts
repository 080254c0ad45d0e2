import type { Policy } from './policy.ts'

/** An observer reads and exports; it may change nothing. */
export const observerPolicy: Policy = () => ({ allow: false, reason: 'an observer may not change the draft' })
