import { expect, test } from '@playwright/test';
import { chooseFiles, DB_NAME, dumpDatabase, importFiles, saveImport, vietnameseExcelCsv } from './helpers';

const SMALL = vietnameseExcelCsv('nho.csv', [
  'Mã xã;Tên xã;Kỳ báo cáo;Số hồ sơ đã giải quyết;Số hồ sơ TTHC giải quyết đúng hạn (gồm cả trước hạn)',
  '30715;Xã Bình Lãng;6 tháng đầu năm 2022;738;738',
]);

/** A wide file of many communes and periods: large enough that storing it takes a while. */
function largeFile(name: string, communes: number, years: readonly number[]) {
  const header = ['commune_code', 'commune_name', 'period', 'dossiers_received', 'dossiers_resolved', 'dossiers_resolved_on_time', 'dossiers_received_online', 'staff_total', 'edu_university', 'plan_tasks_total', 'plan_tasks_done'];
  const lines = [header.join(',')];
  for (const year of years) {
    for (const part of ['Q1', 'H1', '9M', 'Y']) {
      for (let c = 0; c < communes; c++) {
        const received = 400 + ((c * 37 + year) % 900);
        lines.push([`${10000 + c}`, `Xã Thử ${c}`, `${year}-${part}`, received, received - 3, received - 5, (c * 13) % received, 20, 17, 30, 12].join(','));
      }
    }
  }
  return { name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') };
}

test('closing the page in the middle of storing a large import leaves the database as before or wholly imported, never in between', async ({ page, context }) => {
  await importFiles(page, [SMALL]);
  const before = await dumpDatabase(page);

  await chooseFiles(page, [largeFile('lon.csv', 3300, [2022, 2023])]);
  const save = page.getByRole('button', { name: /^Lưu/ }).first();
  await expect(save).toBeEnabled({ timeout: 60_000 });
  await save.click();
  await page.close({ runBeforeUnload: false });

  const reopened = await context.newPage();
  await reopened.goto('/du-lieu');
  const after = await dumpDatabase(reopened);
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    // The commit finished before the page closed: then all of it is there.
    const periods = JSON.parse(after.periods ?? '[]') as { period: string; communeIds: string[] }[];
    expect(periods.map((p) => p.period).sort()).toEqual(
      ['2022-9M', '2022-H1', '2022-Q1', '2022-Y', '2023-9M', '2023-H1', '2023-Q1', '2023-Y'].sort(),
    );
    for (const p of periods) expect(p.communeIds.length).toBeGreaterThanOrEqual(3300);
  }
});

test('a quota too small for an import gives the quota message and writes nothing', async ({ page, context }) => {
  // Chromium fixes an origin's quota when its storage is first opened, so the
  // override is set before the app ever runs.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(test.info().project.use.baseURL ?? '').origin, quotaSize: 400 * 1024 });
  await importFiles(page, [SMALL]);
  const before = await dumpDatabase(page);

  await chooseFiles(page, [largeFile('qua-lon.csv', 1500, [2022])]);
  const save = page.getByRole('button', { name: /^Lưu/ }).first();
  await expect(save).toBeEnabled({ timeout: 60_000 });
  await save.click();
  await expect(page.getByText(/Bộ nhớ trình duyệt đã đầy/).first()).toBeVisible({ timeout: 30_000 });
  expect(await dumpDatabase(page)).toEqual(before);
});

test('two pages of the app: an import in one shows up in the other without a reload', async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeVisible();

  await importFiles(page, [SMALL]);
  await other.bringToFront();
  await expect(other.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeHidden({ timeout: 15_000 });
  await other.goto('/xa');
  await expect(other.getByText('Bình Lãng').first()).toBeVisible();
});

test('a schema upgrade opened by another tab does not hang: the old tab lets go and asks for a reload', async ({ page, context }) => {
  await importFiles(page, [SMALL]);
  await page.goto('/');
  const newer = await context.newPage();
  await newer.goto('/du-lieu');
  // The other tab opens the database at a higher version, as a newer release would.
  const upgraded = await newer.evaluate(async (dbName) => {
    const current = await new Promise<number>((resolve, reject) => {
      const r = indexedDB.open(dbName);
      r.onsuccess = () => {
        const v = r.result.version;
        r.result.close();
        resolve(v);
      };
      r.onerror = () => reject(r.error);
    });
    return new Promise<string>((resolve) => {
      const r = indexedDB.open(dbName, current + 1);
      const timer = setTimeout(() => resolve('hung'), 10_000);
      r.onblocked = () => undefined; // fine as long as the old connection then closes
      r.onsuccess = () => {
        clearTimeout(timer);
        r.result.close();
        resolve('opened');
      };
      r.onerror = () => {
        clearTimeout(timer);
        resolve(`error: ${String(r.error)}`);
      };
    });
  }, DB_NAME);
  expect(upgraded).toBe('opened');
  await expect(page.getByRole('alert').filter({ hasText: /tải lại trang/i })).toBeVisible();
});

test('saving an import with rows in error needs an explicit choice that says how many rows are left out', async ({ page }) => {
  const mixed = vietnameseExcelCsv('mot-dong-loi.csv', [
    'Mã xã;Tên xã;Kỳ báo cáo;Số hồ sơ đã giải quyết;Số hồ sơ TTHC giải quyết đúng hạn (gồm cả trước hạn)',
    '30715;Xã Bình Lãng;6 tháng đầu năm 2022;738;738',
    '30716;Xã Cộng Lạc;6 tháng đầu năm 2022;1.590;-4',
  ]);
  await chooseFiles(page, [mixed]);
  const save = page.getByRole('button', { name: /^Lưu/ }).first();
  await expect(save).toBeDisabled();
  await page.getByRole('checkbox', { name: /Bỏ qua 1 dòng/ }).check();
  await saveImport(page);
  const dump = await dumpDatabase(page);
  expect(dump.communeList).toContain('Bình Lãng');
  expect(dump.communeList).not.toContain('Cộng Lạc');
});
