// axe-core on an Arabic (right-to-left) draft, and with the help dialog or the export menu open (see axe-suite.ts).
import { axeSuite } from './axe-suite.ts'

axeSuite('browser-axe-arabic', ['ar'], false, true)
