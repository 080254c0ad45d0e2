// The storage guarantees on the embedded default, SQLite: each test on a data folder of its own.
import { SqliteStorage } from '../storage/index.ts'
import { tempDir } from './helpers.ts'
import { storageSuite } from './storage-suite.ts'

storageSuite('SqliteStorage', async () => {
  const data = tempDir()
  return {
    open: async () => new SqliteStorage(data.dir),
    remove: async () => data.remove(),
  }
})
