// Entry of the draft page bundle (`/d/ID`), and of a past revision's read-only page (`/d/ID/rev/N`). Each page
// is loaded on its own (a chunk of the build): a past revision shows a read-only text and needs neither the
// collaboration nor the editing parts, which are most of the draft page's script. The entry itself imports only
// small modules, so that the page's chunk is asked for as soon as the entry runs, and the draft page's first
// question to the server (who the token speaks for) goes out at the same moment rather than after the chunk.
import { keepPageForOffline } from './offline/register.ts'
import { markOpening } from './pages/opening-marks.ts'
import { revisionOfPath } from './record/revision-path.ts'
import { askWhoIAmEarly } from './session/ask-early.ts'

markOpening('entry')
const revision = revisionOfPath(location.pathname)
// The page is kept for offline use once its chunk has loaded: the worker keeps the assets the page loaded and
// forgets the others, so telling it earlier would drop the page's own script.
if (revision)
  void import('./pages/revision.ts').then((page) => {
    keepPageForOffline()
    return page.startRevisionPage(revision.draftId, revision.revision)
  })
else {
  const page = import('./pages/draft.ts')
  askWhoIAmEarly()
  void page.then((page) => {
    keepPageForOffline()
    return page.startDraftPage()
  })
}
