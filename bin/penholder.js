#!/usr/bin/env node
// The `penholder` command. The project is TypeScript run through tsx, so there is no build step between
// `npm install` and the first command.
import { register } from 'tsx/esm/api'

register()
await import('../server/cli/main.ts')
