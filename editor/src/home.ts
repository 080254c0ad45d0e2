// Entry of the home page bundle (`/`).
import { loadUILanguage } from './i18n/i18n.ts'
import { followUILanguage } from './i18n/page-direction.ts'
import { loadAllTablesWhenIdle } from './i18n/tables.ts'
import { startHomePage } from './pages/home.ts'

// The interface language's strings first (a chunk of their own); the page in English if they cannot be loaded.
const start = () => {
  followUILanguage()
  startHomePage()
  loadAllTablesWhenIdle()
}
void loadUILanguage().then(start, start)
