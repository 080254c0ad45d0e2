#!/usr/bin/env node
// npm links the bins of dependencies into node_modules/.bin but not the project's own. Link `penholder` there
// too, so that tools which look for node_modules/.bin/penholder (the contract checks, editors' task runners)
// find the same command that `npx penholder` runs.
import { existsSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'node_modules/.bin')
const link = join(bin, 'penholder')
if (existsSync(join(root, 'node_modules'))) {
  mkdirSync(bin, { recursive: true })
  try {
    unlinkSync(link)
  } catch {}
  symlinkSync('../../bin/penholder.js', link)
}
