// The directory of delegations: the 193 Member States, the two observer States and the European Union, with
// their short names in the six languages (origins in delegations.ts).
export { DELEGATIONS } from './delegations.ts'
export { delegationKey, delegationName, directoryIn, findDelegation, foldName } from './directory.ts'
export type { DelegationStatus, DirectoryEntry } from './entry.ts'
