// The bus between several server processes serving the same drafts (`--redis`): Redis pub/sub.
export { decodeClusterMessage, encodeClusterMessage } from './message.ts'
export { BusError, RedisBus } from './redis-bus.ts'
