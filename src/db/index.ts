// The storage layer's public API: the only way the rest of the app reaches
// IndexedDB. Features import from 'src/db' (this file), never from Dexie.
export { openDatabase, getDb, checkDatabase, DEFAULT_DB_NAME, WRITE_LOCK } from './connection';
export { CchcDb, SCHEMA_VERSION, type ImportMeta, type SchemaVersion } from './schema';
export {
  loadDataset,
  listCommunes,
  listAliases,
  existingReports,
  loadPeriods,
  listImports,
  getTargets,
  saveTarget,
  resetTarget,
  getSettings,
  saveSettings,
  type EffectiveTarget,
  type Settings,
} from './repository';
export { DEFAULT_SETTINGS } from './settings';
export { commitImport } from './imports';
export { undoImport, type UndoResult } from './undo';
export { exportAllLongCsv, LONG_CSV_HEADER } from './export-csv';
export { createBackup, parseBackup, restoreBackup, BACKUP_FORMAT, type Backup, type ParseBackupResult, type RestoreMode, type RestoreSummary } from './backup';
export { dumpDatabase, type DatabaseDump } from './dump';
export { onDataChanged, CHANGE_CHANNEL, type DataChange, type DataChangeKind } from './changes';
export { storageStatus, requestPersistence, type StorageStatus } from './storage';
export { getDbHealth, subscribeDbHealth, dbHealthMessage, type DbHealth } from './health';
export { StorageError, type StorageErrorKind } from './errors';
