import { expect, test } from '@playwright/test';
import { chooseFiles, dumpDatabase, importFiles, saveImport, vietnameseExcelCsv, watchErrors } from './helpers';

const HEADER =
  'Mã xã;Tên xã;Kỳ báo cáo;Số hồ sơ tiếp nhận;Số hồ sơ đã giải quyết;Số hồ sơ TTHC giải quyết đúng hạn (gồm cả trước hạn);Số hồ sơ TTHC đã tiếp nhận trực tuyến;Tỷ lệ hài lòng (%)';

const H1_2022 = vietnameseExcelCsv('tu-ky-6-thang-2022.csv', [
  HEADER,
  '30715;Xã Bình Lãng;6 tháng đầu năm 2022;738;738;738;170;99,5',
  '30716;Xã Cộng Lạc;6 tháng đầu năm 2022;1.600;1.590;1.589;270;100',
]);

test('a semicolon, BOM, decimal-comma wide file is previewed, stored, and still there after a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await chooseFiles(page, [H1_2022]);

  const preview = page.getByRole('region', { name: /tu-ky-6-thang-2022\.csv/ });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText(';'); // separator shown
  await expect(preview).toContainText(/UTF-8/i);
  await expect(preview).toContainText(/2 xã/);
  await expect(preview.getByText(/Cộng Lạc/).first()).toBeVisible();

  await saveImport(page);
  await page.reload();

  await page.goto('/mot-cua?ky=2022-H1&chi-tieu=on_time_rate');
  const table = page.getByRole('table').first();
  const congLac = table.getByRole('row', { name: /Cộng Lạc/ });
  await expect(congLac).toContainText('99,9');
  await expect(congLac).toContainText('1.589');
  await expect(congLac).toContainText('1.590');
  const binhLang = table.getByRole('row', { name: /Bình Lãng/ });
  await expect(binhLang).toContainText('100,0');
  expect(errors).toEqual([]);
});

test('a broken file shows every error with its row and column, cannot be saved as is, and leaves stored data unchanged', async ({ page }) => {
  await importFiles(page, [H1_2022]);
  const before = await dumpDatabase(page);

  const broken = vietnameseExcelCsv('loi.csv', [
    HEADER,
    '30715;Xã Bình Lãng;6 tháng đầu năm 2022;738;abc;738;170;99,5',
    '30716;Xã Cộng Lạc;Quý V/2022;1.600;1.590;1.589;270;100',
  ]);
  await chooseFiles(page, [broken]);
  const preview = page.getByRole('region', { name: /loi\.csv/ });
  // Every error names the file, the row and the column, in Vietnamese.
  await expect(preview).toContainText('Tệp "loi.csv", dòng 2, cột "Số hồ sơ đã giải quyết": "abc"');
  await expect(preview).toContainText('Tệp "loi.csv", dòng 3, cột "Kỳ báo cáo": "Quý V/2022"');
  await expect(page.getByRole('button', { name: /^Lưu/ }).first()).toBeDisabled();

  await page.reload();
  expect(await dumpDatabase(page)).toEqual(before);
});

test('re-importing a commune-period updates it, the change seen before it is stored, and undo restores exactly the previous values', async ({ page }) => {
  await importFiles(page, [H1_2022]);
  const afterFirst = await dumpDatabase(page);

  const correction = vietnameseExcelCsv('cong-lac-dieu-chinh.csv', [
    HEADER,
    '30716;Xã Cộng Lạc;6 tháng đầu năm 2022;1.600;1.590;1.500;270;100',
  ]);
  await chooseFiles(page, [correction]);
  const preview = page.getByRole('region', { name: /cong-lac-dieu-chinh\.csv/ });
  await expect(preview.getByText('1 giá trị đã lưu sẽ thay đổi')).toBeVisible();
  await expect(preview).toContainText('Xã Cộng Lạc, 6 tháng đầu năm 2022, Số hồ sơ TTHC giải quyết đúng hạn (gồm cả trước hạn): 1.589 → 1.500');
  await saveImport(page);

  await page.goto('/mot-cua?ky=2022-H1&chi-tieu=on_time_rate');
  await expect(page.getByRole('row', { name: /Cộng Lạc/ })).toContainText('94,3');

  await page.goto('/du-lieu');
  const latest = page.getByRole('row', { name: /cong-lac-dieu-chinh\.csv/ });
  await latest.getByRole('button', { name: /Hoàn tác/ }).click();
  const confirm = page.getByRole('button', { name: /Xác nhận hoàn tác|Đồng ý/ });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await expect(page.getByText(/Đã hoàn tác/).first()).toBeVisible();

  await page.goto('/mot-cua?ky=2022-H1&chi-tieu=on_time_rate');
  await expect(page.getByRole('row', { name: /Cộng Lạc/ })).toContainText('99,9');
  const afterUndo = await dumpDatabase(page);
  expect(afterUndo.periods).toEqual(afterFirst.periods);
  expect(afterUndo.communeList).toEqual(afterFirst.communeList);
});
