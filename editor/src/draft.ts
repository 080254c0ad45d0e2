// Entry of the draft page bundle (`/d/ID`).
import { keepPageForOffline } from './offline/register.ts'
import { startDraftPage } from './pages/draft.ts'

keepPageForOffline()
void startDraftPage()
