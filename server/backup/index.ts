// The whole store in one file, and back: `penholder backup` and `penholder restore`.
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupCounts,
  BackupError,
  backupRecords,
  checkBackup,
  countsText,
  restoreBackup,
  writeBackup,
} from './backup-file.ts'
