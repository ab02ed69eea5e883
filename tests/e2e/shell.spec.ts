import { expect, test } from '@playwright/test';

const ROUTES = ['/', '/mot-cua', '/dich-vu-cong', '/can-bo', '/ke-hoach', '/xa', '/nhap-du-lieu', '/chi-tieu', '/du-lieu'];

test('the shell loads in Vietnamese, every route is a real URL that survives a reload, and no console error appears', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));

  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  for (const name of ['Tổng quan', 'Một cửa', 'Dịch vụ công trực tuyến', 'Cán bộ công chức', 'Kế hoạch CCHC', 'Xã/phường', 'Nhập dữ liệu']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  // An empty app says what to do first.
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeVisible();

  for (const path of ROUTES) {
    await page.goto(`${path}?ky=2023-Q3&so-sanh=quy-truoc`);
    await page.reload();
    await expect(page.locator('main')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(path);
  }
  await page.getByRole('link', { name: 'Nhập dữ liệu' }).click();
  await expect(page).toHaveURL(/\/nhap-du-lieu$/);
  await expect(page.locator('input[type=file]')).toHaveAttribute('multiple', '');
  expect(errors).toEqual([]);
});
