// Entry of the home page bundle (`/`).
import { startHomePage } from './pages/home.ts'

startHomePage()
