// A file adds to what is stored: it never blanks what it does not carry; seed
// 001's form and its supplement make one report whatever the order; replacing
// whole reports is a choice that asks first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chooseFiles, importFiles, saveImport, vietnameseExcelCsv, type FileSpec } from './helpers';

const SEEDS = join(process.cwd(), 'data', 'seeds');
const seedFile = (name: string): FileSpec => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(SEEDS, name)) });
const FORM = seedFile('001-xa-binh-lang-2022-H1-bieu-mau.csv');
const SUPPLEMENT = seedFile('001-xa-binh-lang-2022-H1-bo-sung.csv');

/** The commune page's figure of one indicator (its first period column). */
async function communeFigure(page: Page, indicator: RegExp): Promise<string> {
  const row = page.getByRole('row', { name: indicator }).first();
  await expect(row).toBeVisible();
  return (await row.getByRole('cell').first().textContent())?.trim() ?? '';
}

/** Seed 001 stored as one report: the form's plan tasks and the supplement's staff and propaganda figures. */
async function expectOneBinhLang(page: Page): Promise<void> {
  await page.goto('/xa');
  await expect(page.getByRole('link', { name: /Bình Lãng/ })).toHaveCount(1);
  await page.goto('/ke-hoach?ky=2022-H1&chi-tieu=plan_completion_rate');
  const row = page.getByRole('row', { name: /Bình Lãng/ });
  await expect(row).toContainText('42,4'); // 14 of 33 tasks, whatever the form reports (63,6 %)
  await expect(row).toContainText('14 / 33');
  await page.getByRole('link', { name: /Bình Lãng/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bình Lãng');
  expect(await communeFigure(page, /^Số tin bài tuyên truyền/)).toBe('52'); // the supplement
  expect(await communeFigure(page, /^Số nhiệm vụ đã hoàn thành|^Số nhiệm vụ.*hoàn thành/)).toBe('14'); // the form
}

for (const [order, files] of [
  ['the form, then the supplement', [FORM, SUPPLEMENT]],
  ['the supplement, then the form', [SUPPLEMENT, FORM]],
] as const) {
  test(`seed 001 imported one file at a time (${order}) is one report holding both files' values`, async ({ page }) => {
    for (const file of files) await importFiles(page, [file]);
    await expectOneBinhLang(page);
  });
}

test("seed 001's form and supplement chosen together are one report", async ({ page }) => {
  await importFiles(page, [FORM, SUPPLEMENT]);
  await expectOneBinhLang(page);
});

const HEADER = 'Mã xã;Tên xã;Kỳ báo cáo;Số hồ sơ tiếp nhận;Số hồ sơ đã giải quyết;Số hồ sơ TTHC giải quyết đúng hạn (gồm cả trước hạn)';
const THROUGHPUT = vietnameseExcelCsv('mot-cua-6-thang-2022.csv', [
  HEADER,
  '30715;Xã Bình Lãng;6 tháng đầu năm 2022;738;738;738',
  '30716;Xã Cộng Lạc;6 tháng đầu năm 2022;1.600;1.590;1.589',
]);
const ONLINE_ONLY = vietnameseExcelCsv('truc-tuyen-6-thang-2022.csv', [
  'Mã xã;Tên xã;Kỳ báo cáo;Số hồ sơ TTHC đã tiếp nhận trực tuyến',
  '30716;Xã Cộng Lạc;6 tháng đầu năm 2022;800',
]);

test('a second table for the same quarter adds its indicator and keeps the others, with the change counted in the preview', async ({ page }) => {
  await importFiles(page, [THROUGHPUT]);
  await chooseFiles(page, [ONLINE_ONLY]);
  const preview = page.getByRole('region', { name: /truc-tuyen-6-thang-2022\.csv/ });
  await expect(preview.getByText('1 giá trị mới')).toBeVisible();
  await expect(preview.getByText('0 giá trị đã lưu sẽ thay đổi')).toBeVisible();
  await expect(preview.getByText(/^6 giá trị đã lưu của các kỳ này giữ nguyên/)).toBeVisible();
  await saveImport(page);

  await page.goto('/mot-cua?ky=2022-H1&chi-tieu=on_time_rate');
  await expect(page.getByRole('row', { name: /Cộng Lạc/ })).toContainText('99,9'); // 1.589 / 1.590 kept
  await page.goto('/dich-vu-cong?ky=2022-H1&chi-tieu=online_rate');
  await expect(page.getByRole('row', { name: /Cộng Lạc/ })).toContainText('50,0'); // 800 / 1.600
});

test('replacing whole reports is a choice that asks first and says how many stored values go', async ({ page }) => {
  await importFiles(page, [THROUGHPUT]);
  await chooseFiles(page, [ONLINE_ONLY]);
  const preview = page.getByRole('region', { name: /truc-tuyen-6-thang-2022\.csv/ });
  await preview.getByRole('radio', { name: /^Thay toàn bộ báo cáo của các xã/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Sẽ xóa 3 giá trị đang lưu khi lưu tệp truc-tuyen-6-thang-2022.csv');
  await dialog.getByRole('button', { name: /^Không, chỉ ghi/ }).click();
  await expect(preview.getByRole('radio', { name: /^Chỉ ghi các giá trị có trong tệp/ })).toBeChecked();

  await preview.getByRole('radio', { name: /^Thay toàn bộ báo cáo của các xã/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý thay' }).click();
  await expect(preview.getByText('3 giá trị đã lưu sẽ bị xóa')).toBeVisible();
  await saveImport(page);
  await page.goto('/mot-cua?ky=2022-H1&chi-tieu=on_time_rate');
  await expect(page.getByRole('row', { name: /Cộng Lạc/ })).toContainText('—');
  await expect(page.getByRole('row', { name: /Bình Lãng/ })).toContainText('100,0'); // another commune's report untouched
});
