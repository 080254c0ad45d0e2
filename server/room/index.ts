// Rooms: one shared document per draft, its connections, and the checks every update passes.
export type {
  ChannelListener,
  ClusterBus,
  ClusterKind,
  ClusterMessage,
  DraftChannel,
} from './cluster-link.ts'
export { describeChange } from './describe-change.ts'
export type { DraftStatus } from './draft-status.ts'
export type { HookRoom, OwnUpdate, RoomHook } from './hooks.ts'
export type { Peer } from './peer.ts'
export { KEEPALIVE_MESSAGE, MESSAGE } from './protocol.ts'
export { RoomRegistry } from './registry.ts'
export { Room, type RoomOptions } from './room.ts'
