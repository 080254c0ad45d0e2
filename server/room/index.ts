// Rooms: one shared document per draft, its connections, and the checks every update passes.
export { describeChange } from './describe-change.ts'
export type { Peer } from './peer.ts'
export { KEEPALIVE_MESSAGE, MESSAGE } from './protocol.ts'
export { RoomRegistry } from './registry.ts'
export { rehomedId, type UpdateStart } from './rehomed-id.ts'
export { Room, type RoomOptions } from './room.ts'
export { type Swept, sweepLeftovers } from './sweep.ts'
