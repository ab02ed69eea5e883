// Shared steps of the end-to-end tests: what a district officer does, and a
// raw look at IndexedDB that does not go through the app's own code.
import { expect, type Page } from '@playwright/test';

export const DB_NAME = 'cchc';

export interface FileSpec {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** A semicolon file as Excel on a Vietnamese machine saves it: UTF-8 with BOM, decimal commas. */
export function vietnameseExcelCsv(name: string, lines: readonly string[]): FileSpec {
  return { name, mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8') };
}

/** Choose files on the import page and wait until every preview is shown. */
export async function chooseFiles(page: Page, files: readonly FileSpec[]): Promise<void> {
  await page.goto('/nhap-du-lieu');
  await page.locator('input[type=file]').setInputFiles([...files]);
}

/** Save what the preview shows and wait for the success message. */
export async function saveImport(page: Page): Promise<void> {
  const save = page.getByRole('button', { name: /^Lưu/ }).first();
  await expect(save).toBeEnabled({ timeout: 30_000 });
  await save.click();
  await expect(page.getByRole('status', { name: 'Kết quả lưu' })).toContainText('đã lưu', { timeout: 60_000 });
}

export async function importFiles(page: Page, files: readonly FileSpec[]): Promise<void> {
  await chooseFiles(page, files);
  await saveImport(page);
}

/**
 * Every object store of the app's database as comparable text. Typed arrays
 * are spelled out so two dumps are equal exactly when the stored bytes are.
 */
export async function dumpDatabase(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (dbName) => {
    const open = () =>
      new Promise<IDBDatabase | null>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        let created = false;
        request.onupgradeneeded = () => {
          created = true; // the app never opened it: nothing stored
        };
        request.onsuccess = () => {
          if (created) {
            request.result.close();
            indexedDB.deleteDatabase(dbName);
            resolve(null);
          } else resolve(request.result);
        };
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const out: Record<string, string> = {};
    if (!db) return out;
    const replacer = (_key: string, value: unknown) =>
      ArrayBuffer.isView(value) ? { typed: value.constructor.name, items: Array.from(value as unknown as ArrayLike<number>).map(String) } : value;
    for (const storeName of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      out[storeName] = JSON.stringify(rows, replacer);
    }
    db.close();
    return out;
  }, DB_NAME);
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}
