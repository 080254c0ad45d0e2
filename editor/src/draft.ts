// Entry of the draft page bundle (`/d/ID`), and of a past revision's read-only page (`/d/ID/rev/N`). Each page
// is loaded on its own (a chunk of the build): a past revision shows a read-only text and needs neither the
// collaboration nor the editing parts, which are most of the draft page's script.
import { followUILanguage } from './i18n/page-direction.ts'
import { keepPageForOffline } from './offline/register.ts'
import { markOpening } from './pages/opening-marks.ts'
import { revisionOfPath } from './record/revision-path.ts'

markOpening('entry')

followUILanguage()
const revision = revisionOfPath(location.pathname)
// The page is kept for offline use once its chunk has loaded: the worker keeps the assets the page loaded and
// forgets the others, so telling it earlier would drop the page's own script.
if (revision)
  void import('./pages/revision.ts').then((page) => {
    keepPageForOffline()
    return page.startRevisionPage(revision.draftId, revision.revision)
  })
else
  void import('./pages/draft.ts').then((page) => {
    keepPageForOffline()
    return page.startDraftPage()
  })
