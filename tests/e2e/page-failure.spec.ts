import { expect, test, type Page } from '@playwright/test';

// Issue 17 item 2: a route whose code cannot load says so in Vietnamese and
// recovers on "Tải lại", never a white page.

/** Makes the chunk whose file name starts with `name` fail until the returned function is called. */
async function failChunk(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = new RegExp(`/assets/${name}-[\\w-]+\\.js$`);
  const handler = (route: Parameters<Parameters<Page['route']>[1]>[0]) => route.abort('internetdisconnected');
  await page.route(pattern, handler);
  return () => page.unroute(pattern, handler);
}

// With the service worker in control a route's chunk comes from its cache and
// cannot fail this way; these tests are about a page the network serves
// (the first visit, `vite dev`, a chunk a new version removed).
test.use({ serviceWorkers: 'block' });

test('a page whose chunk fails to load on a link shows the message, and "Tải lại" recovers it', async ({ page }) => {
  await page.goto('/nhap-du-lieu');
  await expect(page.locator('input[type=file]')).toBeAttached();
  const restore = await failChunk(page, 'TargetsPage');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không mở được trang này');
  await expect(alert).toContainText('Không tải được phần mã của trang');
  await expect(alert).not.toContainText(/Failed|fetch|TargetsPage/);
  // The shell stays: the navigation is still there to open another page.
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();

  await restore();
  await alert.getByRole('button', { name: 'Tải lại' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Chỉ tiêu/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe('/chi-tieu');
});

test('a deep link whose chunk fails to load shows the message instead of a white page', async ({ page }) => {
  const restore = await failChunk(page, 'DataPage');
  await page.goto('/du-lieu');
  await expect(page.getByRole('alert')).toContainText('Không mở được trang này');
  await restore();
  await page.getByRole('button', { name: 'Tải lại' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Dữ liệu đã lưu/ })).toBeVisible();
});
