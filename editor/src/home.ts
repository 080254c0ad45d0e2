// Entry of the home page bundle (`/`).
import { followUILanguage } from './i18n/page-direction.ts'
import { startHomePage } from './pages/home.ts'

followUILanguage()
startHomePage()
