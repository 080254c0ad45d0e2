// axe-core on the home page and on an English draft (see axe-suite.ts).
import { axeSuite } from './axe-suite.ts'

axeSuite('browser-axe', ['en'], true)
