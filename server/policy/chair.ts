import type { Policy } from './policy.ts'

/** The facilitator (chair) may change anything; the schema validation still applies. */
export const chairPolicy: Policy = Object.assign(() => ({ allow: true }) as const, { unrestricted: true })
