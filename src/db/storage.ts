// How much the browser lets us keep, and whether it may evict it. Headless
// Chromium answers `persist()` with false: the app works and says so.
import { readOperation, writeOperation } from './connection';

export interface StorageStatus {
  /** null where the browser cannot say. */
  readonly persisted: boolean | null;
  readonly usage: number | null;
  readonly quota: number | null;
}

function storageManager(): StorageManager | null {
  if (typeof navigator === 'undefined') return null;
  return (navigator as { storage?: StorageManager }).storage ?? null;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep our data (once; the answer is remembered by the browser), and records that we asked. */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = storageManager();
  const granted = storage?.persist ? await storage.persist().catch(() => null) : null;
  const alreadyAsked = await readOperation(async (db) => (await db.settings.get('persistAsked'))?.value === true);
  if (!alreadyAsked) {
    await writeOperation('settings', async (db) => {
      await db.settings.put({ key: 'persistAsked', value: true });
    });
  }
  return granted;
}
