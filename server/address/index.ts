// The server's own address: its base URL (links, the pages' policy) and the origins its WebSocket accepts.
export { listeningBaseUrl, ownOrigins, parseBaseUrl } from './base-url.ts'
