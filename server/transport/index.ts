// The WebSocket endpoint: upgrade with token check, y-websocket messages into rooms, limits and keepalive.
export { COLLAB_PATH, CollabTransport } from './collab.ts'
export { WebSocketPeer } from './connection.ts'
export { DEFAULT_LIMITS, resolveLimits, type TransportLimits } from './limits.ts'
