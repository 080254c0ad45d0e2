// The entry of the upload worker thread (upload-thread.ts). A worker does not inherit the TypeScript loader
// that bin/penholder.js registers, so it registers its own before loading the TypeScript body.
import { register } from 'tsx/esm/api'

register()
await import('./upload-worker.ts')
