import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chooseFiles, saveImport, watchErrors } from './helpers';

const SCREENS = 'tests/output/screens';

async function loadSampleData(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByRole('heading', { name: /Tổng quan/ })).toBeVisible({ timeout: 60_000 });
}

/** Parses the app's CSV exports (comma, quotes, CRLF, BOM). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

test('a leader follows "behind target" from the overview to the league table, opens a commune and reloads on the deep link', async ({ page }) => {
  const errors = watchErrors(page);
  await loadSampleData(page);
  await page.goto('/?ky=2023-Q3&so-sanh=quy-truoc');
  await expect(page.getByText('Tỷ lệ hồ sơ giải quyết đúng hạn').first()).toBeVisible();
  await page.getByRole('link', { name: /xã chưa đạt chỉ tiêu/ }).first().click();
  await expect(page).toHaveURL(/\/mot-cua\?.*ky=2023-Q3/);
  await expect(page).toHaveURL(/chi-tieu=on_time_rate/);

  const table = page.getByRole('table', { name: /Bảng xếp hạng/ });
  await expect(table).toBeVisible();
  const behind = table.getByRole('row').filter({ hasText: 'Chưa đạt' });
  expect(await behind.count()).toBeGreaterThan(0);

  const firstCommune = table.getByRole('row').nth(1).getByRole('link');
  const name = (await firstCommune.textContent()) ?? '';
  await firstCommune.click();
  await expect(page).toHaveURL(/\/xa\/\d{5}/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name.trim());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name.trim());

  await page.goto('/mot-cua?ky=2023-Q3&chi-tieu=on_time_rate&so-sanh=quy-truoc');
  await page.reload();
  await expect(page.getByRole('table', { name: /Bảng xếp hạng.*Quý III\/2023/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the league table export has the contract header and the rows on screen', async ({ page }) => {
  await loadSampleData(page);
  await page.goto('/mot-cua?ky=2023-Q3&chi-tieu=on_time_rate&so-sanh=quy-truoc');
  const table = page.getByRole('table', { name: /Bảng xếp hạng/ });
  await expect(table).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Tải CSV/ }).first().click();
  const download = await downloadPromise;
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(['commune_code', 'commune_name', 'period', 'indicator', 'value', 'rank', 'status']);

  const screenRows = await table.locator('tbody tr').all();
  expect(rows.length).toBe(screenRows.length);
  for (const [i, row] of rows.entries()) {
    const [, communeName, period, indicator, value, rank, status] = row;
    expect(period).toBe('2023-Q3');
    expect(indicator).toBe('on_time_rate');
    expect(['met', 'near', 'behind', 'no_data']).toContain(status);
    const cells = await screenRows[i]!.locator('td, th').allTextContents();
    expect(cells.join(' ')).toContain(communeName ?? '');
    if (value) {
      // The screen shows the same number rounded to one decimal, the Vietnamese way.
      const shown = Number(value).toFixed(1).replace('.', ',');
      expect(cells.join(' ')).toContain(shown);
      expect(cells[0]?.trim()).toBe(rank);
    }
  }
});

test('all stored data exports as one long CSV that imports back into a fresh profile with identical values', async ({ page, browser }) => {
  await loadSampleData(page);
  await page.goto('/du-lieu');
  const first = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Tải CSV toàn bộ dữ liệu/ }).click();
  const exported = readFileSync((await (await first).path()) ?? '', 'utf8');
  expect(exported.split('\n')[0]).toContain('commune_code,commune_name,period,indicator,value');

  const fresh = await browser.newContext({ acceptDownloads: true });
  const other = await fresh.newPage();
  await chooseFiles(other, [{ name: 'toan-bo.csv', mimeType: 'text/csv', buffer: Buffer.from(exported, 'utf8') }]);
  await saveImport(other);
  await other.goto('/du-lieu');
  const second = other.waitForEvent('download');
  await other.getByRole('button', { name: /^Tải CSV toàn bộ dữ liệu/ }).click();
  const reExported = readFileSync((await (await second).path()) ?? '', 'utf8');
  expect(reExported).toBe(exported);
  await fresh.close();
});

test('every main view passes axe without serious violations, and a screenshot of each is kept for review', async ({ page }) => {
  await loadSampleData(page);
  const views: [string, string][] = [
    ['tong-quan', '/?ky=2023-Q3'],
    ['mot-cua', '/mot-cua?ky=2023-Q3&chi-tieu=on_time_rate'],
    ['dich-vu-cong', '/dich-vu-cong?ky=2024-H1'],
    ['can-bo', '/can-bo?ky=2024-Y'],
    ['ke-hoach', '/ke-hoach?ky=2024-9M'],
    ['xa', '/xa'],
    ['nhap-du-lieu', '/nhap-du-lieu'],
    ['chi-tieu', '/chi-tieu'],
    ['du-lieu', '/du-lieu'],
  ];
  for (const [name, path] of views) {
    await page.goto(path);
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.goto('/xa');
  await page.locator('main').getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/xa\/\d{5}$/);
  await expect(page.locator('main h1')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/xa-chi-tiet.png`, fullPage: true });
  await page.goto('/?ky=2023-Q3');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${SCREENS}/in-tong-quan.png`, fullPage: true });
});

test('the overview prints on one A4 landscape page for a meeting', async ({ page }) => {
  await loadSampleData(page);
  await page.goto('/?ky=2023-Q3');
  await expect(page.getByText('Tỷ lệ hồ sơ giải quyết đúng hạn').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});
