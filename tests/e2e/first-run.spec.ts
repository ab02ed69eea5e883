import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

// Issue 12 item 9: both first-run buttons work on the built app as served,
// under its Content-Security-Policy (`connect-src 'self'`): the sample files
// are fetched as same-origin files, never as inlined `data:` URLs.
const SETS = [
  {
    button: 'Dùng dữ liệu mẫu',
    unitName: 'Huyện Minh Họa (dữ liệu minh họa)',
    overview: 'Tổng quan — Năm 2024',
    communes: 'Danh sách xã/phường và các kỳ đã báo cáo (25 đơn vị)',
    someNames: ['Phường Minh Khai', 'Phường Hòa Bình'],
  },
  {
    button: 'Dùng 5 báo cáo thật của các xã',
    unitName: 'Báo cáo mẫu của năm xã/phường (số liệu thật)',
    overview: 'Tổng quan — 6 tháng đầu năm 2022',
    communes: 'Danh sách xã/phường và các kỳ đã báo cáo (5 đơn vị)',
    someNames: ['Xã Cộng Lạc', 'Xã Bình Lãng', 'Xã Đại Hợp', 'Xã Lộc Thủy', 'Phường Cổ Thành'],
  },
] as const;

for (const set of SETS) {
  test(`first run: "${set.button}" fetches its files as served and shows their data`, async ({ page }) => {
    const errors = watchErrors(page);
    const sampleRequests: string[] = [];
    page.on('request', (request) => {
      if (/\.csv$/.test(new URL(request.url()).pathname) || request.url().startsWith('data:text/csv')) sampleRequests.push(request.url());
    });
    await page.goto('/');
    await page.getByRole('button', { name: set.button }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(set.overview, { timeout: 60_000 });
    await expect(page.locator('.unit-name')).toHaveText(set.unitName);
    expect(sampleRequests.length).toBeGreaterThan(0);
    expect(sampleRequests.every((url) => url.startsWith('http://127.0.0.1'))).toBe(true);

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Xã/phường', exact: true }).click();
    const table = page.getByRole('table', { name: set.communes });
    await expect(table).toBeVisible();
    for (const name of set.someNames) await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
    expect(errors).toEqual([]);
  });
}
