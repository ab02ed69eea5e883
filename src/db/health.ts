// The state of the database connection, readable by the UI. A schema upgrade
// in another tab closes this tab's connection for good (querying a schema the
// code does not know is never safe), so the UI must ask for a reload.
import type Dexie from 'dexie';
import { StorageError, isQuotaError, storageMessage } from './errors';

export type DbHealth = 'ok' | 'blocked_by_upgrade' | 'unavailable' | 'quota_exceeded';

let health: DbHealth = 'ok';
const listeners = new Set<(health: DbHealth) => void>();

export function getDbHealth(): DbHealth {
  return health;
}

/** Vietnamese explanation of a health state, null when all is well. */
export function dbHealthMessage(state: DbHealth): string | null {
  return state === 'ok' ? null : storageMessage(state);
}

export function subscribeDbHealth(cb: (health: DbHealth) => void): () => void {
  listeners.add(cb);
  return () => {
    listeners.delete(cb);
  };
}

export function setDbHealth(next: DbHealth): void {
  if (next === health) return;
  // A closed or missing database stays so until the page reloads.
  if (health === 'blocked_by_upgrade' || health === 'unavailable') return;
  health = next;
  for (const cb of listeners) cb(next);
}

/** Tests share one module state across databases; each starts from a clean slate. */
export function resetDbHealthForTests(): void {
  health = 'ok';
  listeners.clear();
}

/** Closes the connection when another tab upgrades (or deletes) the database, instead of Dexie's default reopen. */
export function watchConnection(db: Dexie): void {
  db.on('versionchange', () => {
    db.close();
    setDbHealth('blocked_by_upgrade');
    return false;
  });
}

/** Records what a failed operation says about the database's health. */
export function noteFailure(error: unknown): void {
  if (isQuotaError(error)) setDbHealth('quota_exceeded');
  else if (error instanceof StorageError && (error.kind === 'unavailable' || error.kind === 'blocked_by_upgrade')) setDbHealth(error.kind);
}

/** A write went through: storage is not full any more. */
export function noteWriteSucceeded(): void {
  if (health === 'quota_exceeded') setDbHealth('ok');
}
