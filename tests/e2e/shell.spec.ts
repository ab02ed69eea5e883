import { expect, test } from '@playwright/test';

const ROUTES = ['/', '/mot-cua', '/dich-vu-cong', '/can-bo', '/ke-hoach', '/xa', '/nhap-du-lieu', '/chi-tieu', '/du-lieu'];

test('the shell loads in Vietnamese, every route is a real URL that survives a reload, and no console error appears', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(test.info().project.use.baseURL ?? '').origin) foreign.push(request.url());
  });

  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav).toBeVisible();
  for (const name of ['Tổng quan', 'Một cửa', 'Dịch vụ công trực tuyến', 'Cán bộ công chức', 'Kế hoạch CCHC', 'Xã/phường', 'Nhập dữ liệu']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  // An empty app says what to do first.
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeVisible();

  for (const path of ROUTES) {
    await page.goto(`${path}?ky=2023-Q3&so-sanh=quy-truoc`);
    await page.reload();
    await expect(page.locator('main')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(path);
  }
  await nav.getByRole('link', { name: 'Nhập dữ liệu' }).click();
  await expect(page).toHaveURL(/\/nhap-du-lieu$/);
  await expect(page.locator('input[type=file]')).toHaveAttribute('multiple', '');
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the built app is served with a Content-Security-Policy that forbids inline script, eval and other origins', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).toContain("connect-src 'self'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
});
