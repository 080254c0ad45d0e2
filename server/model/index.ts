// The update model: what an incoming update changes, and the `amendments` map as the server reads it. The room
// describes updates in it; the policies, the validation and the amendment follow-up read it.
export type { BlockChange, EntryChange, UpdateChange } from './change.ts'
export { readRecord, recordDelegation, recordStatus, writeRecord } from './record-map.ts'
export { type Recorded, recordedAfter } from './recorded.ts'
