// The module-level database the repository functions use, and the wrappers
// every operation goes through: errors become StorageErrors, writers are
// serialised across tabs, and other tabs hear of committed changes.
import { notifyDataChanged, type DataChangeKind } from './changes';
import { StorageError, toStorageError } from './errors';
import { getDbHealth, noteFailure, noteWriteSucceeded, setDbHealth, watchConnection, type DbHealth } from './health';
import { CchcDb, type CchcDbOptions } from './schema';

export const DEFAULT_DB_NAME = 'cchc';
/** Name of the Web Lock that serialises writers across tabs. */
export const WRITE_LOCK = 'cchc-write';

let current: CchcDb | null = null;

/** A database handle with the connection watch installed; it opens on first use. */
export function openDatabase(name: string = DEFAULT_DB_NAME, options: CchcDbOptions = {}): CchcDb {
  const db = new CchcDb(name, options);
  watchConnection(db);
  return db;
}

/** The database the repository functions work on. */
export function getDb(): CchcDb {
  current ??= openDatabase();
  return current;
}

/**
 * Points the repository at another database: the seam tests use for a fresh
 * database each (tests/support/db.ts). Not part of the public API (index.ts);
 * the app always works on the default database.
 */
export function replaceDatabase(db: CchcDb | null): void {
  current = db;
}

/** Opens the database and reports whether it can be used (the UI calls this at start-up). */
export async function checkDatabase(): Promise<DbHealth> {
  try {
    await getDb().open();
    return getDbHealth();
  } catch (error) {
    const mapped = toStorageError(error);
    const state: DbHealth =
      mapped instanceof StorageError && (mapped.kind === 'quota_exceeded' || mapped.kind === 'blocked_by_upgrade') ? mapped.kind : 'unavailable';
    setDbHealth(state);
    return getDbHealth();
  }
}

async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const storageError = toStorageError(error);
    noteFailure(storageError);
    throw storageError;
  }
}

/** Runs a read; failures come out as StorageErrors. */
export function readOperation<T>(work: (db: CchcDb) => Promise<T>): Promise<T> {
  return mapped(() => work(getDb()));
}

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | null {
  if (typeof navigator === 'undefined') return null;
  const locks = (navigator as { locks?: LockManagerLike }).locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

/**
 * Runs a write under the cross-tab write lock (where the browser has Web
 * Locks), then tells every tab what changed. `work` runs its own single
 * transaction; nothing here catches inside it.
 */
export async function writeOperation<T>(kind: DataChangeKind, work: (db: CchcDb) => Promise<T>): Promise<T> {
  const db = getDb();
  const locks = lockManager();
  const result = await mapped(() => (locks ? locks.request(WRITE_LOCK, () => work(db)) : work(db)));
  noteWriteSucceeded();
  notifyDataChanged(kind);
  return result;
}
