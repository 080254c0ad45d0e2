import type { Storage } from './storage/index.ts'

// Where a running server answers, kept in its store: a command that must not change a draft behind the server's
// back (issuing a revision moves the symbol of the live text) finds it there and asks it instead.

const KEY = 'running-server'

/** Notes that the server at `url` now serves the drafts of this store. */
export const advertiseAddress = (storage: Storage, url: string): Promise<void> => storage.setSetting(KEY, url)

/** Takes the note back as the server stops, unless another server has written its own since. */
export async function withdrawAddress(storage: Storage, url: string): Promise<void> {
  if ((await storage.setting(KEY)) === url) await storage.setSetting(KEY, '')
}

/** Where the last server started on this store said it answers, or null; it may have stopped since. */
export async function advertisedAddress(storage: Storage): Promise<string | null> {
  return (await storage.setting(KEY)) || null
}
