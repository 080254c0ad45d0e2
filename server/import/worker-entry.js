// The entry of the import worker thread (import-thread.ts). A worker does not inherit the TypeScript loader
// that bin/penholder.js registers, so it registers its own before loading the TypeScript body.
import { register } from 'tsx/esm/api'

register()
await import('./import-worker.ts')
