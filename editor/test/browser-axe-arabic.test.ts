// axe-core on an Arabic (right-to-left) draft (see axe-suite.ts).
import { axeSuite } from './axe-suite.ts'

axeSuite('browser-axe-arabic', ['ar'], false)
