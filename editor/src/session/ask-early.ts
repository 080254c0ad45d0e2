import { getEarly } from '../api/early-get.ts'
import { mePath } from './me-path.ts'
import { draftIdFromPath, takeToken } from './token.ts'

/**
 * On a draft page, asks the server who the page's token speaks for at once, from the entry script, while the
 * page's code loads (`identify` takes the answer up). Nothing on a page without a draft id or a token: the page
 * says so once its code has loaded.
 */
export function askWhoIAmEarly(): void {
  const draftId = draftIdFromPath(location.pathname)
  const token = draftId ? takeToken(draftId) : null
  if (draftId && token) getEarly(token, mePath(draftId))
}
