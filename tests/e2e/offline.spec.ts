import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseFiles, importFiles, saveImport, vietnameseExcelCsv, watchErrors } from './helpers';

// Issue 17 item 1: installable, and after one visit every route works with no
// network — served by the service worker, nothing asked of the network.

const FILE = vietnameseExcelCsv('tu-ky-6-thang-2022.csv', [
  'Mã xã;Tên xã;Kỳ báo cáo;Số hồ sơ tiếp nhận;Số hồ sơ đã giải quyết;Số hồ sơ TTHC giải quyết đúng hạn (gồm cả trước hạn)',
  '30715;Xã Bình Lãng;6 tháng đầu năm 2022;738;738;738',
  '30716;Xã Cộng Lạc;6 tháng đầu năm 2022;1.600;1.590;1.589',
]);

/** The first visit: the service worker installs (after the first paint), precaches the build and takes control. */
async function visitOnce(page: Page): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('installable: the manifest names the app in Vietnamese, its icons are PNGs of their sizes, a same-origin service worker controls the page', async ({ page }) => {
  await visitOnce(page);
  const registration = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { scope: r?.scope, script: r?.active?.scriptURL, controller: navigator.serviceWorker.controller?.scriptURL };
  });
  const origin = new URL(page.url()).origin;
  expect(registration).toEqual({ scope: `${origin}/`, script: `${origin}/sw.js`, controller: `${origin}/sw.js` });

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await page.request.get(new URL(href ?? '', page.url()).href)).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({
    name: 'Theo dõi cải cách hành chính cấp xã',
    short_name: 'CCHC xã',
    lang: 'vi',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#9b1c1c',
  });
  expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
  for (const size of ['192x192', '512x512']) expect(icons.some((i) => i.sizes === size && (i.purpose ?? 'any').includes('any'))).toBe(true);
  expect(icons.some((i) => i.purpose?.includes('maskable'))).toBe(true);
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  for (const icon of [...icons, { src: touch ?? '', sizes: '180x180', type: 'image/png' }]) {
    const response = await page.request.get(new URL(icon.src, page.url()).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(icon.type).toBe('image/png');
    expect(pngSize(await response.body()).join('x')).toBe(icon.sizes);
  }
});

test('offline after one visit: every route and a deep link open, sample data loads, a file imports and a table exports — all from the service worker', async ({ page, context }) => {
  const errors = watchErrors(page);
  await visitOnce(page);
  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (/^https?:/.test(response.url()) && !response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  page.on('requestfailed', (request) => {
    // A chart or the service-worker chunk still loading when the test opens the next page is aborted, not refused.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') fromNetwork.push(`${request.failure()?.errorText}: ${request.url()}`);
  });

  await page.reload();
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng quan — Năm 2024', { timeout: 60_000 });

  const pages: [string, RegExp][] = [
    ['/?ky=2024-Q3&so-sanh=cung-ky', /^Tổng quan — Quý III\/2024/],
    ['/mot-cua?ky=2024-Q3&chi-tieu=on_time_rate&so-sanh=quy-truoc&sap-xep=-gia-tri', /^Một cửa/],
    ['/dich-vu-cong?ky=2024-H1', /^Dịch vụ công trực tuyến/],
    ['/can-bo?ky=2024-Y', /^Cán bộ/],
    ['/ke-hoach?ky=2024-Y', /^Kế hoạch/],
    ['/xa?ky=2024-Q3', /^Xã\/phường/],
    ['/xa/90001?ky=2024-Q3', /Minh Khai/],
    ['/nhap-du-lieu', /^Nhập dữ liệu/],
    ['/chi-tieu', /^Chỉ tiêu/],
    ['/du-lieu', /^Dữ liệu đã lưu/],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    await expect(page.getByText('Không mở được trang này')).toHaveCount(0);
    expect(page.url()).toContain(path);
  }
  // The charts' own chunks come after the table, from the cache too.
  await page.goto('/mot-cua?ky=2024-Q3&chi-tieu=on_time_rate');
  await expect(page.locator('figure.chart-frame svg').first()).toBeVisible();

  await importFiles(page, [FILE]);
  await page.goto('/mot-cua?ky=2022-H1&chi-tieu=on_time_rate');
  await expect(page.getByRole('table').first().getByRole('row', { name: /Cộng Lạc/ })).toContainText('99,9');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Tải CSV/ }).first().click();
  const text = readFileSync((await (await download).path()) ?? '', 'utf8');
  expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('commune_code,commune_name,period,indicator,value,rank,status');
  expect(text).toContain('Xã Cộng Lạc');

  expect(fromNetwork).toEqual([]);
  expect(errors).toEqual([]);
});

test('a new version announced while an import preview is open waits: the page is not reloaded until the files are stored', async ({ page }) => {
  await visitOnce(page);
  await chooseFiles(page, [FILE]);
  await expect(page.getByRole('button', { name: /^Lưu/ }).first()).toBeEnabled({ timeout: 30_000 });
  await page.evaluate(() => {
    (window as { stillThisPage?: boolean }).stillThisPage = true;
  });

  // Publish a new version: the same build with another service worker script.
  const script = join(process.cwd(), 'dist', 'sw.js');
  const published = readFileSync(script, 'utf8');
  try {
    writeFileSync(script, `${published}\n// next version\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const prompt = page.getByRole('status', { name: 'Có phiên bản mới' });
    await expect(prompt).toContainText('Có phiên bản mới — Tải lại', { timeout: 30_000 });
    await expect(prompt.getByRole('button', { name: 'Tải lại' })).toBeDisabled();
    await expect(prompt).toContainText('Phiên bản mới sẽ được dùng sau khi các tệp đang nhập được lưu hoặc bỏ.');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
    await expect(page.getByRole('region', { name: /tu-ky-6-thang-2022\.csv/ })).toBeVisible();

    await saveImport(page);
    await expect(prompt.getByRole('button', { name: 'Tải lại' })).toBeEnabled();
    await prompt.getByRole('button', { name: 'Tải lại' }).click();
    await page.waitForFunction(() => (window as { stillThisPage?: boolean }).stillThisPage === undefined, null, { timeout: 15_000 });
    await expect(page.getByRole('status', { name: 'Có phiên bản mới' })).toHaveCount(0);
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(waiting).toBeNull();
  } finally {
    writeFileSync(script, published);
  }
});
