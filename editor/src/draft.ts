// Entry of the draft page bundle (`/d/ID`), and of a past revision's read-only page (`/d/ID/rev/N`).
import { followUILanguage } from './i18n/page-direction.ts'
import { keepPageForOffline } from './offline/register.ts'
import { startDraftPage } from './pages/draft.ts'
import { startRevisionPage } from './pages/revision.ts'
import { revisionOfPath } from './record/revision-path.ts'

followUILanguage()
keepPageForOffline()
const revision = revisionOfPath(location.pathname)
if (revision) void startRevisionPage(revision.draftId, revision.revision)
else void startDraftPage()
