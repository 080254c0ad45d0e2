import type { Policy } from './policy.ts'

/**
 * A delegation proposes amendments and never changes agreed text directly. Until the rules for proposals
 * exist (the amendments issue), a delegation may change nothing, like an observer.
 */
export const delegatePolicy: Policy = () => ({
  allow: false,
  reason: 'a delegation may not change the draft until proposals are supported',
})
